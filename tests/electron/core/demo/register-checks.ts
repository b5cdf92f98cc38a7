// Invariants of a register filled by the demo-data generator, each returning the problems found (empty = fine).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { NAME_TOKENS } from '../../../../electron/core/demo/names.ts';
import {
  localDay,
  officeClock,
  romanMonth,
  addDays,
  ageOnDay,
} from '../../../../electron/core/demo/dates.ts';
import { checkNik, checkNoKk } from '../../../../shared/validation/nik.ts';
import { normalizeName } from '../../../../shared/text/normalize-name.ts';
import {
  canTransition,
  isCaseStatus,
  isFinalStatus,
  requiresReason,
  type CaseStatus,
} from '../../../../shared/reference/case-status.ts';
import { checkCaseClassification, SERVICE_CHANNELS } from '../../../../shared/reference/complaints.ts';
import { DESTINATIONS } from '../../../../shared/reference/destinations.ts';
import { hasCode } from '../../../../shared/reference/list.ts';
import { checkPpksEligibility } from '../../../../shared/reference/ppks.ts';
import type { Role } from '../../../../shared/api/roles.ts';
import type { PersonsTable } from '../../../../electron/core/db/tables/persons.ts';
import type { CasesTable } from '../../../../electron/core/db/tables/cases.ts';
import type { CaseEventsTable } from '../../../../electron/core/db/tables/case-events.ts';
import type { ReferralsTable } from '../../../../electron/core/db/tables/referrals.ts';
import type { FollowUpsTable } from '../../../../electron/core/db/tables/follow-ups.ts';

const all = <T>(db: BetterSqlite3.Database, sql: string): T[] => db.prepare(sql).all() as T[];
const kecOfNik = (nik: string): string => `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;

/** Persons: well-formed NIKs consistent with sex, birth date and region; generated names; desa in the area. */
export function personProblems(db: BetterSqlite3.Database, desaCodes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const niks = new Set<string>();
  for (const p of all<PersonsTable>(db, 'select * from persons')) {
    if (!desaCodes.has(p.desa_code)) out.push(`${p.id}: desa ${p.desa_code} outside the office area`);
    for (const t of p.name.split(' '))
      if (!NAME_TOKENS.has(t)) out.push(`${p.id}: name part ${t} not generated`);
    if (p.name_norm !== normalizeName(p.name)) out.push(`${p.id}: name_norm`);
    if (p.nik === null) continue;
    const sex = p.sex === 'P' ? 'P' : 'L';
    const check = checkNik(p.nik, { sex, birthDate: p.birth_date });
    if (check.errors.length + check.warnings.length > 0)
      out.push(`${p.id}: NIK ${p.nik} ${JSON.stringify(check)}`);
    if (kecOfNik(p.nik) !== p.desa_code.slice(0, 8)) out.push(`${p.id}: NIK kecamatan ≠ desa's kecamatan`);
    if (niks.has(p.nik)) out.push(`${p.id}: duplicate NIK ${p.nik}`);
    niks.add(p.nik);
  }
  return out;
}

/** Households: one kepala keluarga among 1–7 members, unique valid No KK. */
export function householdProblems(db: BetterSqlite3.Database): string[] {
  const out: string[] = [];
  const members = all<{ id: string; n: number; heads: number; no_kk: string | null }>(
    db,
    `select h.id, h.no_kk, count(p.id) as n, sum(p.relationship = 'KEPALA_KELUARGA') as heads
     from households h left join persons p on p.household_id = h.id group by h.id`,
  );
  const kks = new Set<string>();
  for (const h of members) {
    if (h.n < 1 || h.n > 7) out.push(`${h.id}: ${h.n} members`);
    if (h.heads !== 1) out.push(`${h.id}: ${h.heads} kepala keluarga`);
    if (h.no_kk === null) continue;
    if (checkNoKk(h.no_kk).errors.length > 0) out.push(`${h.id}: No KK ${h.no_kk}`);
    if (kks.has(h.no_kk)) out.push(`${h.id}: duplicate No KK`);
    kks.add(h.no_kk);
  }
  return out;
}

/** PPKS categories hold the age, sex and disability rules on their `since` date. */
export function ppksProblems(db: BetterSqlite3.Database): string[] {
  const rows = all<{
    id: string;
    category: string;
    since: string;
    sex: string;
    birth_date: string;
    disability_types: string;
  }>(
    db,
    `select a.id, a.category, a.since, p.sex, p.birth_date, p.disability_types
     from ppks_assignments a join persons p on p.id = a.person_id`,
  );
  return rows.flatMap((r) => {
    const check = checkPpksEligibility(r.category, {
      age: ageOnDay(r.birth_date, r.since),
      sex: r.sex === 'P' ? 'P' : 'L',
      disabilityTypes: JSON.parse(r.disability_types) as string[],
    });
    return check.ok ? [] : [`${r.id}: ${check.messages.join(' ')}`];
  });
}

/** At most one running (aktif / diusulkan) membership per person and program; periods in order. */
export function programProblems(db: BetterSqlite3.Database): string[] {
  const out = all<{ person_id: string; program: string; n: number }>(
    db,
    `select person_id, program, count(*) as n from program_memberships
     where deleted = 0 and status in ('aktif', 'diusulkan') group by person_id, program having n > 1`,
  ).map((r) => `${r.person_id}: ${r.n} running ${r.program}`);
  const dup = all<{ person_id: string; category: string }>(
    db,
    `select person_id, category from ppks_assignments where deleted = 0 and active = 1
     group by person_id, category having count(*) > 1`,
  );
  out.push(...dup.map((r) => `${r.person_id}: ${r.category} active twice`));
  const periods = all<{ id: string }>(
    db,
    `select id from program_memberships where period_end < period_start
     or (status = 'nonaktif' and period_end is null) or (status = 'aktif' and period_end is not null)`,
  );
  return [...out, ...periods.map((r) => `${r.id}: period`)];
}

/** Every household's current No KK is the latest entry of its KK history. */
export function kkHistoryProblems(db: BetterSqlite3.Database): string[] {
  return all<{ id: string }>(
    db,
    `select h.id from households h where h.no_kk is not null and h.no_kk <> (
       select k.no_kk from household_kk_history k where k.household_id = h.id order by k.valid_from desc, k.rowid desc limit 1)
     or (h.no_kk is not null and not exists (select 1 from household_kk_history k where k.household_id = h.id))`,
  ).map((r) => `${r.id}: No KK not in its history`);
}

const STATUS_EVENT_TYPES: Record<string, (from: string, to: string) => boolean> = {
  transisi: (_from, to) => to !== 'DIRUJUK',
  rujukan: (_from, to) => to === 'DIRUJUK',
  hasil_rujukan: (from, to) => from === 'DIRUJUK' && to === 'MENUNGGU_TINDAK_LANJUT',
};

function eventChainProblems(c: CasesTable, events: CaseEventsTable[], nowIso: string): string[] {
  const out: string[] = [];
  const [first] = events;
  if (!first || first.type !== 'dibuat' || first.to_status !== 'DITERIMA' || first.at !== c.received_at) {
    return [`${c.case_number}: does not start with a 'dibuat' event at intake`];
  }
  let status: string = 'DITERIMA';
  let lastChange = first.at;
  for (const e of events.slice(1)) {
    if (e.at < lastChange || e.at > nowIso) out.push(`${c.case_number}: event ${e.id} out of time order`);
    if (e.to_status === null) continue;
    const from = e.from_status ?? '';
    const allowedType = STATUS_EVENT_TYPES[e.type];
    if (!allowedType?.(from, e.to_status)) out.push(`${c.case_number}: ${e.type} ${from}→${e.to_status}`);
    if (from !== status) out.push(`${c.case_number}: event from ${from} but case was ${status}`);
    if (!isCaseStatus(from) || !isCaseStatus(e.to_status)) continue;
    const check = canTransition(from, e.to_status, e.actor_role as Role);
    if (!check.ok) out.push(`${c.case_number}: ${check.message}`);
    if (requiresReason(e.to_status) && !e.reason) out.push(`${c.case_number}: ${e.to_status} without reason`);
    status = e.to_status;
    lastChange = e.at;
  }
  if (status !== c.status) out.push(`${c.case_number}: events end in ${status}, case is ${c.status}`);
  const final = isCaseStatus(c.status) && isFinalStatus(c.status as CaseStatus);
  if (final ? c.closed_at !== lastChange : c.closed_at !== null)
    out.push(`${c.case_number}: closed_at ${c.closed_at}`);
  return out;
}

/** Cases, their events, referrals and follow-ups agree with the state machine and with each other. */
export function caseProblems(db: BetterSqlite3.Database, regionCode: string, nowMs: number): string[] {
  const clock = officeClock(regionCode);
  const nowIso = new Date(nowMs).toISOString();
  const today = localDay(clock, nowMs);
  const out: string[] = [];
  const group = <T extends { case_id: string }>(rows: T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.case_id, [...(m.get(r.case_id) ?? []), r]);
    return m;
  };
  const events = group(all<CaseEventsTable>(db, 'select * from case_events order by case_id, at, rowid'));
  const referrals = group(
    all<ReferralsTable>(db, 'select * from referrals where deleted = 0 order by letter_date, rowid'),
  );
  const followUps = group(all<FollowUpsTable>(db, 'select * from follow_ups where deleted = 0'));
  const persons = new Map(
    all<{ id: string; desa_code: string }>(db, 'select id, desa_code from persons where deleted = 0').map(
      (p) => [p.id, p.desa_code],
    ),
  );
  const letters = new Set<string>();
  for (const c of all<CasesTable>(db, 'select * from cases')) {
    const n = /^(.+)\/(\d{4})\/(\d{5})$/.exec(c.case_number);
    if (!n || n[1] !== regionCode || Number(n[2]) !== c.case_year || Number(n[3]) !== c.case_seq) {
      out.push(`${c.case_number}: number does not match year ${c.case_year} / seq ${c.case_seq}`);
    }
    if (String(c.case_year) !== localDay(clock, Date.parse(c.received_at)).slice(0, 4))
      out.push(`${c.case_number}: year`);
    for (const m of checkCaseClassification({
      kind: c.kind,
      subKind: c.sub_kind,
      category: c.category,
      subCategory: c.sub_category,
    })) {
      out.push(`${c.case_number}: ${m}`);
    }
    if (!hasCode(SERVICE_CHANNELS, c.channel)) out.push(`${c.case_number}: channel ${c.channel}`);
    if ((c.fast_track === 1) !== (c.fast_track_reason !== null))
      out.push(`${c.case_number}: fast-track reason`);
    if (persons.get(c.beneficiary_id) !== c.desa_code)
      out.push(`${c.case_number}: beneficiary deleted or in another desa`);
    if (c.reporter_id && !persons.has(c.reporter_id))
      out.push(`${c.case_number}: reporter missing or deleted`);
    out.push(...eventChainProblems(c, events.get(c.id) ?? [], nowIso));
    const final = isFinalStatus(c.status as CaseStatus);
    const refs = referrals.get(c.id) ?? [];
    const fus = followUps.get(c.id) ?? [];
    const referEvents = (events.get(c.id) ?? []).filter((e) => e.type === 'rujukan');
    if (referEvents.length !== refs.length)
      out.push(`${c.case_number}: ${refs.length} referrals, ${referEvents.length} events`);
    for (const [i, r] of refs.entries()) {
      const m = /^(\d{3,})\/RUJ\/(.+)\/([IVX]+)\/(\d{4})$/.exec(r.letter_number);
      if (
        !m ||
        m[2] !== regionCode ||
        m[3] !== romanMonth(r.letter_date) ||
        m[4] !== r.letter_date.slice(0, 4)
      ) {
        out.push(`${c.case_number}: letter ${r.letter_number} (${r.letter_date})`);
      }
      const key = `${r.letter_date.slice(0, 4)}/${m?.[1]}`;
      if (letters.has(key)) out.push(`${c.case_number}: duplicate letter ${r.letter_number}`);
      letters.add(key);
      const event = referEvents[i];
      if (event && localDay(clock, Date.parse(event.at)) !== r.letter_date)
        out.push(`${r.letter_number}: letter date ≠ event day`);
      if (!hasCode(DESTINATIONS, r.destination)) out.push(`${r.letter_number}: destination ${r.destination}`);
      if ((r.outcome === null) !== (r.outcome_date === null)) out.push(`${r.letter_number}: outcome date`);
      if (r.outcome_date && (r.outcome_date < r.letter_date || r.outcome_date > today))
        out.push(`${r.letter_number}: outcome date range`);
      const finalOutcome = r.outcome === 'DITERIMA' || r.outcome === 'DITOLAK';
      if ((r.status === 'SELESAI') !== (finalOutcome || final))
        out.push(`${r.letter_number}: status ${r.status} / ${r.outcome}`);
      const own = fus.filter((f) => f.referral_id === r.id);
      if (!own.some((f) => f.due_date === addDays(r.letter_date, 14)))
        out.push(`${r.letter_number}: no follow-up 14 days on`);
      if (r.status === 'SELESAI' && own.some((f) => f.done_date === null))
        out.push(`${r.letter_number}: open follow-up`);
      if (r.status === 'TERKIRIM' && own.filter((f) => f.done_date === null).length !== 1) {
        out.push(`${r.letter_number}: an open referral needs exactly one open follow-up`);
      }
    }
    if (final && fus.some((f) => f.done_date === null))
      out.push(`${c.case_number}: closed with open follow-ups`);
    for (const f of fus)
      if (f.done_date !== null && f.done_date > today)
        out.push(`${c.case_number}: follow-up done in the future`);
  }
  return out;
}
