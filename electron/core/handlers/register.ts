// Handlers for the register: persons, households, duplicates, PPKS, programs and reference lists.
import type { HandlerContext, Handlers } from '../context.ts';
import { checkDuplicates } from '../persons/duplicates.ts';
import { changeKk, createHousehold, loadHousehold, updateHousehold } from '../persons/households.ts';
import { loadPersonDetail } from '../persons/person-detail.ts';
import { createPerson, updatePerson } from '../persons/persons.ts';
import { assignPpks, endPpks } from '../persons/ppks.ts';
import { addProgram, updateProgram } from '../persons/programs.ts';
import { scopeOf } from '../persons/scope.ts';
import { searchPersons } from '../persons/search.ts';
import { householdMembers } from '../persons/summaries.ts';
import { listReference, updateReference } from '../reference/reference-repo.ts';
import { seedReference } from '../reference/seed.ts';
import type { Household, PersonDetail, PersonSummary } from '../../../shared/types/register.ts';

type RegisterHandlers = Pick<
  Handlers,
  | 'persons.search'
  | 'persons.get'
  | 'persons.checkDuplicates'
  | 'persons.create'
  | 'persons.update'
  | 'households.get'
  | 'households.create'
  | 'households.update'
  | 'households.changeKk'
  | 'ppks.assign'
  | 'ppks.end'
  | 'programs.add'
  | 'programs.update'
  | 'reference.list'
  | 'reference.update'
>;

/** The person as stored now; names them as the audit subject (views and changes land in their history). */
async function person(ctx: HandlerContext, id: string): Promise<PersonDetail> {
  ctx.subject('person', id);
  const s = await scopeOf(ctx);
  return loadPersonDetail(ctx.db, s.today, id);
}

async function household(ctx: HandlerContext, id: string): Promise<Household & { members: PersonSummary[] }> {
  ctx.subject('household', id);
  const s = await scopeOf(ctx);
  return { ...(await loadHousehold(ctx.db, id)), members: await householdMembers(ctx.db, s.today, id) };
}

/** Column names only: the audit note never carries personal data. */
const changedNote = (columns: string[]): string =>
  columns.length > 0 ? `ubah: ${columns.join(', ')}` : 'tidak ada perubahan';

export const registerHandlers: RegisterHandlers = {
  'persons.search': async (ctx, input) => {
    const s = await scopeOf(ctx);
    return searchPersons(ctx.db, s.today, input);
  },

  'persons.get': (ctx, input) => person(ctx, input.id),

  'persons.checkDuplicates': async (ctx, input) => {
    const s = await scopeOf(ctx);
    return checkDuplicates(ctx.db, s.today, input);
  },

  'persons.create': async (ctx, input) => {
    const id = await createPerson(await scopeOf(ctx), input);
    ctx.note(
      [
        input.newHousehold ? 'dengan keluarga baru' : null,
        input.person.nik ? null : 'tanpa NIK',
        input.confirmNotDuplicate ? 'dikonfirmasi bukan duplikat' : null,
      ]
        .filter(Boolean)
        .join(', ') || 'orang baru',
    );
    return person(ctx, id);
  },

  'persons.update': async (ctx, input) => {
    ctx.subject('person', input.id);
    ctx.note(changedNote(await updatePerson(await scopeOf(ctx), input.id, input.changes)));
    return person(ctx, input.id);
  },

  'households.get': (ctx, input) => household(ctx, input.id),

  'households.create': async (ctx, input) => {
    const id = await createHousehold(await scopeOf(ctx), input);
    ctx.subject('household', id);
    return loadHousehold(ctx.db, id);
  },

  'households.update': async (ctx, input) => {
    ctx.subject('household', input.id);
    ctx.note(changedNote(await updateHousehold(await scopeOf(ctx), input.id, input.changes)));
    return loadHousehold(ctx.db, input.id);
  },

  'households.changeKk': async (ctx, input) => {
    ctx.subject('household', input.id);
    await changeKk(await scopeOf(ctx), input);
    ctx.note('ganti No KK');
    return loadHousehold(ctx.db, input.id);
  },

  'ppks.assign': async (ctx, input) => {
    ctx.subject('person', input.personId);
    await assignPpks(await scopeOf(ctx), input);
    ctx.note(`PPKS ${input.category}`);
    return person(ctx, input.personId);
  },

  'ppks.end': async (ctx, input) => {
    const personId = await endPpks(await scopeOf(ctx), input.id);
    ctx.note('akhiri PPKS');
    return person(ctx, personId);
  },

  'programs.add': async (ctx, input) => {
    ctx.subject('person', input.personId);
    await addProgram(await scopeOf(ctx), input);
    ctx.note(`program ${input.program} ${input.status}`);
    return person(ctx, input.personId);
  },

  'programs.update': async (ctx, input) => {
    const personId = await updateProgram(await scopeOf(ctx), input);
    ctx.note(`status program ${input.status}`);
    return person(ctx, personId);
  },

  'reference.list': async (ctx, input) => {
    await seedReference(ctx.db, ctx.deps.now());
    return listReference(ctx.db, input.list);
  },

  'reference.update': async (ctx, input) => {
    await seedReference(ctx.db, ctx.deps.now());
    ctx.subject('reference', `${input.list}:${input.code}`);
    const entry = await updateReference(ctx.db, input, ctx.deps.now());
    ctx.note(
      [
        input.label !== undefined ? 'ubah label' : null,
        input.active !== undefined ? `aktif=${input.active}` : null,
      ]
        .filter(Boolean)
        .join(', '),
    );
    return entry;
  },
};
