// Contacts, residents served (new / returning, sex, age group, disability, PPKS) and cases received, per desa.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { DesaFigures } from '../../../shared/types/reports.ts';
import { ageGroup, bump } from './figures.ts';
import type { ReportPeriod } from './period.ts';
import { caseInScope } from './scope.ts';
import { linkedIdentity } from '../duplicates/identity.ts';
import type { OfficeTally } from './office-breakdown.ts';

interface ReceivedRow {
  desa_code: string;
  office: string;
  kind: string;
  category: string;
  person: string;
  sex: string | null;
  birth_date: string | null;
  disability_types: string | null;
}

const hasDisability = (json: string | null): boolean => {
  if (!json) return false;
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) && v.length > 0;
  } catch {
    return false;
  }
};

/** Fills `served` and the received-case figures of each desa (created on demand by `at`) and of each recording office. */
export async function addServedFigures(
  db: DbOrTrx,
  office: OfficeInfo,
  p: ReportPeriod,
  at: (desaCode: string) => DesaFigures,
  byOffice: OfficeTally,
): Promise<void> {
  const inMonth = sql`c.deleted = 0 and c.received_at >= ${p.fromIso} and c.received_at < ${p.toIso} and ${caseInScope('c', office)}`;
  const received = await sql<ReceivedRow>`
    select c.desa_code, c.origin_office_id as office, c.kind, c.category, c.beneficiary_id as person, ps.sex,
      ps.birth_date, ps.disability_types
    from cases c left join persons ps on ps.id = c.beneficiary_id
    where ${inMonth}
    order by c.received_at, c.id`.execute(db);

  const returning = new Set(
    (
      await sql<{ person: string }>`
        select distinct c.beneficiary_id as person from cases c
        where c.deleted = 0 and c.received_at < ${p.fromIso} and ${caseInScope('c', office)}
          and c.beneficiary_id in (select c.beneficiary_id from cases c where ${inMonth})`.execute(db)
    ).rows.map((r) => r.person),
  );

  const ppks = new Map<string, Set<string>>();
  const ppksRows = await sql<{ person: string; category: string }>`
    select a.person_id as person, a.category from ppks_assignments a
    where a.deleted = 0 and a.active = 1
      and a.person_id in (select c.beneficiary_id from cases c where ${inMonth})`.execute(db);
  for (const r of ppksRows.rows) {
    const set = ppks.get(r.person) ?? new Set<string>();
    set.add(r.category);
    ppks.set(r.person, set);
  }

  // A resident with records at two offices, linked by a Dinsos 'sama' decision, is one person served.
  const identity = await linkedIdentity(db);
  const returningIdentities = new Set([...returning].map(identity));
  const seen = new Set<string>();
  for (const r of received.rows) {
    const byCase = at(r.desa_code);
    byCase.served.contacts += 1;
    byCase.cases.received += 1;
    bump(byCase.cases.receivedByKind, r.kind);
    bump(byCase.cases.receivedByCategory, r.category);
    byOffice(r.office).casesReceived += 1;
    const who = identity(r.person);
    if (seen.has(who)) continue;
    // The person counts once, in the desa of their first case of the month.
    seen.add(who);
    const s = at(r.desa_code).served;
    s.persons += 1;
    if (returningIdentities.has(who)) s.returningPersons += 1;
    else s.newPersons += 1;
    if (r.sex === 'L' || r.sex === 'P') s.bySex[r.sex] += 1;
    s.byAgeGroup[ageGroup(r.birth_date, p.lastDay)] += 1;
    if (hasDisability(r.disability_types)) s.withDisability += 1;
    for (const cat of ppks.get(r.person) ?? []) bump(s.byPpks, cat);
  }
}
