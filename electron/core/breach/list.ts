// The breach list: whose personal data a lost device, bundle, backup or exported file held, and which categories.
import {
  DATA_CATEGORIES,
  EXPORT_KIND_LABELS,
  type BreachList,
  type BreachPerson,
  type BreachSource,
  type DataCategory,
  type ExportKind,
  type ExportLogEntry,
} from '../../../shared/types/breach.ts';
import { addDays, localDay, startOfDay, zoneOfRegion } from '../../../shared/time/office-zone.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { ExportLogTable } from '../db/tables/export-log.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { CategoryMap, decodeCategories } from './categories.ts';
import { holdingsOf } from './holdings.ts';

export const toLogEntry = (r: ExportLogTable): ExportLogEntry => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  kind: r.kind as ExportKind,
  fileName: r.file_name,
  sha256: r.sha256,
  bundleRef: r.bundle_ref,
  scope: r.scope === 'register' ? 'register' : 'listed',
  personCount: r.person_count,
  username: r.username,
  detail: r.detail,
});

/** Whom one logged file carried: its listed persons, or the whole register as of when it was written. */
async function carriedBy(db: DbOrTrx, e: ExportLogTable, into: CategoryMap): Promise<void> {
  if (e.scope === 'register') {
    const held = await holdingsOf(db, { createdUpTo: e.at }, e.at);
    for (const [id, set] of held.byPerson) into.add(id, [...set]);
    return;
  }
  const rows = await db
    .selectFrom('export_log_persons')
    .select(['person_id', 'categories'])
    .where('export_id', '=', e.id)
    .execute();
  for (const r of rows) into.add(r.person_id, decodeCategories(r.categories));
}

/** Name, NIK, desa, address and phone of each person, for the notice to the data subjects. */
async function describe(db: DbOrTrx, map: CategoryMap): Promise<BreachPerson[]> {
  const ids = [...map.byPerson.keys()];
  const out: BreachPerson[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('persons')
      .leftJoin('households', 'households.id', 'persons.household_id')
      .select([
        'persons.id',
        'persons.name',
        'persons.nik',
        'persons.desa_code',
        'persons.phone',
        'households.address',
        'households.rt',
        'households.rw',
        'households.phone as household_phone',
      ])
      .where('persons.id', 'in', ids.slice(i, i + 500))
      .execute();
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids.slice(i, i + 500)) {
      const r = found.get(id);
      const set = map.byPerson.get(id) ?? new Set<DataCategory>();
      const address = r?.address
        ? [r.address, r.rt ? `RT ${r.rt}` : '', r.rw ? `RW ${r.rw}` : ''].filter(Boolean).join(' ')
        : null;
      out.push({
        id,
        // A person the register no longer holds (erased, or known only to the log) keeps the id alone.
        name: r?.name ?? '(tidak ada lagi di register)',
        nik: r?.nik ?? null,
        desaCode: r?.desa_code ?? null,
        address,
        phone: r?.phone ?? r?.household_phone ?? null,
        categories: DATA_CATEGORIES.filter((c) => set.has(c)),
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
}

const countsOf = (persons: BreachPerson[]): Record<DataCategory, number> => {
  const counts = Object.fromEntries(DATA_CATEGORIES.map((c) => [c, 0])) as Record<DataCategory, number>;
  for (const p of persons) for (const c of p.categories) counts[c]++;
  return counts;
};

async function exportList(db: DbOrTrx, exportId: string, source: BreachSource): Promise<BreachList> {
  const e = await db.selectFrom('export_log').selectAll().where('id', '=', exportId).executeTakeFirst();
  if (!e) throw new CoreError('NOT_FOUND', 'File ekspor tidak ditemukan dalam catatan ekspor register ini.');
  const map = new CategoryMap();
  await carriedBy(db, e, map);
  const persons = await describe(db, map);
  const when = new Date(e.at).toISOString().slice(0, 16).replace('T', ' ');
  return {
    source,
    label: `${EXPORT_KIND_LABELS[e.kind as ExportKind] ?? e.kind}: ${e.file_name} (${when} UTC)`,
    exports: [toLogEntry(e)],
    persons,
    counts: countsOf(persons),
    basis:
      e.scope === 'register'
        ? 'Salinan seluruh register: semua warga yang tercatat pada saat file dibuat.'
        : 'Catatan ekspor register: warga dan kategori data yang dimuat file ini saat dibuat.',
  };
}

async function deviceList(
  db: DbOrTrx,
  s: Extract<BreachSource, { kind: 'device' }>,
  ownId: string,
): Promise<BreachList> {
  if (s.from > s.to) throw new CoreError('VALIDATION', 'Tanggal awal harus sebelum tanggal akhir.');
  const office = await db
    .selectFrom('offices')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', s.officeId)
    .executeTakeFirst();
  if (!office) throw new CoreError('NOT_FOUND', 'Kantor tidak dikenal oleh register ini.');
  const zone = zoneOfRegion(office.region_code);
  const from = startOfDay(s.from, zone);
  const end = startOfDay(addDays(s.to, 1), zone) - 1;
  const map = new CategoryMap();
  // The device's own register: here everything; another office holds what it and the offices under it wrote.
  let origins: string[] | undefined;
  if (office.id !== ownId) {
    const below = await db
      .selectFrom('offices')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('region_code', '=', office.region_code),
          eb('region_code', 'like', `${office.region_code}.%`),
        ]),
      )
      .execute();
    origins = [office.id, ...below.map((o) => o.id)];
  }
  const held = await holdingsOf(
    db,
    { createdUpTo: end, ...(origins ? { originOffices: origins } : {}) },
    end,
  );
  for (const [id, set] of held.byPerson) map.add(id, [...set]);
  // Files this register wrote in the range (only known for this office's own device).
  const logged =
    office.id === ownId
      ? await db
          .selectFrom('export_log')
          .selectAll()
          .where('at', '>=', from)
          .where('at', '<=', end)
          .orderBy('at')
          .execute()
      : [];
  for (const e of logged) await carriedBy(db, e, map);
  const persons = await describe(db, map);
  return {
    source: s,
    label: `Perangkat ${office.name}, ${s.from} s.d. ${s.to}`,
    exports: logged.map(toLogEntry),
    persons,
    counts: countsOf(persons),
    basis:
      `Register kantor ${office.name} per ${localDay(end, zone)} (warga yang tercatat sampai tanggal itu)` +
      (logged.length > 0 ? ` dan ${logged.length} file ekspor/cadangan yang dibuat dalam rentang itu.` : '.'),
  };
}

export async function breachList(db: DbOrTrx, source: BreachSource): Promise<BreachList> {
  const own = await getOwnOffice(db);
  if (!own) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return source.kind === 'export' ? exportList(db, source.exportId, source) : deviceList(db, source, own.id);
}
