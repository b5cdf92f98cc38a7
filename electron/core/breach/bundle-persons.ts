// Whose personal data a bundle's change stream carried, and which categories: collected record by record as it is written.
import type { DataCategory } from '../../../shared/types/breach.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { ChangeRecord } from '../sync/bundle/change-record.ts';
import { CategoryMap, HEALTH_DESTINATIONS, personRowCategories, ppksCategories } from './categories.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Passes the records through unchanged and notes whom each one is about. Rows that name a person (persons,
 * PPKS, programs, cases) are placed at once; a household or a case's child row (event, referral, follow-up)
 * is resolved to its persons by `resolve` after the bundle is written, from the register as it is then.
 */
export class BundlePersons {
  readonly map = new CategoryMap();
  private readonly households = new Map<string, Set<DataCategory>>();
  private readonly cases = new Map<string, Set<DataCategory>>();
  private readonly usulan = new Map<string, Set<DataCategory>>();

  private readonly atMs: number;

  constructor(atMs: number) {
    this.atMs = atMs;
  }

  *collect(records: Iterable<ChangeRecord>): Generator<ChangeRecord> {
    for (const r of records) {
      this.note(r);
      yield r;
    }
  }

  private later(into: Map<string, Set<DataCategory>>, id: string | null, cats: DataCategory[]): void {
    if (!id) return;
    let set = into.get(id);
    if (!set) into.set(id, (set = new Set()));
    for (const c of cats) set.add(c);
  }

  note(r: ChangeRecord): void {
    const v = r.values;
    switch (r.table) {
      case 'persons':
        this.map.add(r.id, personRowCategories(v, this.atMs));
        if (str(v.household_id)) this.map.add(r.id, ['alamat_kontak']);
        return;
      case 'households':
        this.later(this.households, r.id, ['alamat_kontak', 'sosial_ekonomi']);
        return;
      case 'household_kk_history':
        this.later(this.households, str(v.household_id), ['alamat_kontak']);
        return;
      case 'ppks_assignments': {
        const person = str(v.person_id);
        if (person) this.map.add(person, ppksCategories(String(v.category ?? '')));
        return;
      }
      case 'program_memberships': {
        const person = str(v.person_id);
        if (person) this.map.add(person, ['sosial_ekonomi']);
        return;
      }
      case 'cases':
        for (const p of [str(v.beneficiary_id), str(v.reporter_id)]) if (p) this.map.add(p, ['layanan']);
        return;
      case 'referrals':
        this.later(this.cases, str(v.case_id), [
          'layanan',
          ...(HEALTH_DESTINATIONS.has(String(v.destination ?? '')) ? (['kesehatan'] as const) : []),
        ]);
        return;
      case 'case_events':
      case 'follow_ups':
        this.later(this.cases, str(v.case_id), ['layanan']);
        return;
      // A DTSEN proposal is about the household's socio-economic standing; its steps resolve through it.
      case 'usulan':
        this.later(this.households, str(v.household_id), ['sosial_ekonomi']);
        return;
      case 'usulan_steps':
        this.later(this.usulan, str(v.usulan_id), ['sosial_ekonomi']);
        return;
      default:
    }
  }

  /** Proposals to their household, households to their members and cases to their beneficiary; returns the full map. */
  async resolve(db: DbOrTrx): Promise<CategoryMap> {
    const chunk = <T>(xs: T[]): T[][] => {
      const out: T[][] = [];
      for (let i = 0; i < xs.length; i += 500) out.push(xs.slice(i, i + 500));
      return out;
    };
    for (const ids of chunk([...this.usulan.keys()])) {
      const rows = await db
        .selectFrom('usulan')
        .select(['id', 'household_id'])
        .where('id', 'in', ids)
        .execute();
      for (const u of rows) this.later(this.households, u.household_id, [...(this.usulan.get(u.id) ?? [])]);
    }
    for (const ids of chunk([...this.households.keys()])) {
      const members = await db
        .selectFrom('persons')
        .select(['id', 'household_id'])
        .where('household_id', 'in', ids)
        .execute();
      for (const m of members) this.map.add(m.id, [...(this.households.get(m.household_id ?? '') ?? [])]);
    }
    for (const ids of chunk([...this.cases.keys()])) {
      const rows = await db
        .selectFrom('cases')
        .select(['id', 'beneficiary_id'])
        .where('id', 'in', ids)
        .execute();
      for (const c of rows)
        if (c.beneficiary_id) this.map.add(c.beneficiary_id, [...(this.cases.get(c.id) ?? [])]);
    }
    return this.map;
  }
}
