// The demo-data generator on real registers: valid, consistent data; deterministic per seed; later runs add and edit.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoSummary } from '../../../../electron/core/demo/generate.ts';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import { listRegions } from '../../../../electron/core/regions/regions.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { maxDesilFor } from '../../../../shared/reference/programs.ts';
import { caseCreateInput } from '../../../../shared/api/methods/cases.ts';
import { householdFields, personFields } from '../../../../shared/api/methods/register-inputs.ts';
import {
  NO_SESSION,
  SETUP_INPUT,
  T0,
  openTestRegister,
  removeTempDirs,
  tempDir,
  unwrap,
} from '../../../support/register.ts';
import {
  caseProblems,
  householdProblems,
  kkHistoryProblems,
  personProblems,
  ppksProblems,
  programProblems,
} from './register-checks.ts';

const DAY = 86_400_000;
const open: Register[] = [];
afterAll(async () => {
  for (const r of open) await r.close();
  removeTempDirs();
});

/** A set-up office register in its own directory, closed (so it can be copied). */
async function setUpDir(
  setup:
    | typeof SETUP_INPUT
    | {
        officeType: 'dinsos';
        regionCode: string;
        name: string;
        address: string;
        admin: typeof SETUP_INPUT.admin;
      } = SETUP_INPUT,
): Promise<string> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', setup));
  await t.register.close();
  rmSync(join(t.dataDir, 'puskesos.lock'), { force: true });
  return t.dataDir;
}

function copyDir(dir: string): string {
  const to = join(tempDir(), 'register');
  cpSync(dir, to, { recursive: true });
  return to;
}

async function reopen(dataDir: string, ms: number): Promise<Register> {
  const { register } = await openTestRegister({ dataDir, mode: 'existing', clock: { ms } });
  open.push(register);
  return register;
}

const digestOf = (r: Register): string => registerDigest(r.deps.sqlite).register;
const count = (r: Register, sql: string): number => r.deps.sqlite.prepare(sql).pluck().get() as number;

async function areaDesa(kecamatan: string[]): Promise<Set<string>> {
  const lists = await Promise.all(kecamatan.map((k) => listRegions('desa', k)));
  return new Set(lists.flat().map((d) => d.code));
}

describe('first run on a new kecamatan register', () => {
  let reg: Register;
  let summary: DemoSummary;
  let base: string;
  beforeAll(async () => {
    base = await setUpDir();
    reg = await reopen(copyDir(base), T0);
    summary = await generateDemoData(reg.deps, { persons: 2000, seed: 42 });
  });

  it('adds the requested persons in households, and cases at about 5,000 a year per 40,000 persons', () => {
    expect(summary.persons).toBe(2000);
    expect(count(reg, 'select count(*) from persons')).toBe(2000);
    expect(summary.households).toBe(count(reg, 'select count(*) from households'));
    expect(summary.cases).toBeGreaterThan(440);
    expect(summary.cases).toBeLessThan(560);
    expect(summary.referrals).toBeGreaterThan(50);
    expect(summary.followUps).toBeGreaterThanOrEqual(summary.referrals);
    expect(summary.edited + summary.deleted).toBe(0);
    expect(summary.periodEnd).toBe(new Date(T0).toISOString());
    expect(summary.periodStart.slice(0, 10)).toBe('2024-03-02');
  });

  it('writes persons and households that pass the NIK, name and region rules', async () => {
    const desa = await areaDesa(['33.01.08']);
    expect(personProblems(reg.deps.sqlite, desa)).toEqual([]);
    expect(householdProblems(reg.deps.sqlite)).toEqual([]);
    const noNik = count(reg, 'select count(*) from persons where nik is null') / 2000;
    expect(noNik).toBeGreaterThan(0.04);
    expect(noNik).toBeLessThan(0.12);
    const withKk = count(reg, 'select count(*) from households where no_kk is not null') / summary.households;
    expect(withKk).toBeGreaterThan(0.85);
    expect(count(reg, `select count(*) from persons where disability_types <> '[]'`)).toBeGreaterThan(15);
    expect(count(reg, `select count(*) from persons where birth_date <= '1966-03-02'`)).toBeGreaterThan(100);
  });

  it('writes records the register forms would accept', () => {
    const persons = reg.deps.sqlite.prepare('select * from persons limit 300').all() as Record<
      string,
      string | null
    >[];
    for (const p of persons) {
      const parsed = personFields.safeParse({
        householdId: p.household_id,
        nik: p.nik,
        name: p.name,
        sex: p.sex,
        birthPlace: p.birth_place,
        birthDate: p.birth_date,
        relationship: p.relationship,
        religion: p.religion,
        maritalStatus: p.marital_status,
        education: p.education,
        occupation: p.occupation,
        disabilityTypes: JSON.parse(p.disability_types ?? '[]'),
        padanDukcapil: p.padan_dukcapil,
        dtsenStatus: p.dtsen_status,
        phone: p.phone,
        desaCode: p.desa_code,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const households = reg.deps.sqlite.prepare('select * from households limit 100').all() as Record<
      string,
      string | number | null
    >[];
    for (const h of households) {
      const camel = Object.fromEntries(
        Object.entries(h).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), v]),
      );
      const parsed = householdFields.safeParse({
        ...camel,
        floorAreaM2: h.floor_area_m2,
        assets: JSON.parse(String(h.assets)),
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const cases = reg.deps.sqlite.prepare('select * from cases limit 300').all() as Record<
      string,
      string | number | null
    >[];
    for (const c of cases) {
      const parsed = caseCreateInput.safeParse({
        kind: c.kind,
        subKind: c.sub_kind,
        category: c.category,
        subCategory: c.sub_category,
        channel: c.channel,
        fastTrack: c.fast_track === 1,
        fastTrackReason: c.fast_track_reason,
        beneficiaryId: c.beneficiary_id,
        reporterId: c.reporter_id,
        reporterName: c.reporter_name,
        description: c.description,
        assignedTo: c.assigned_to,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('moves cases only along the state machine, with an event per step and consistent referrals and follow-ups', () => {
    expect(caseProblems(reg.deps.sqlite, '33.01.08', T0)).toEqual([]);
    const seqs = reg.deps.sqlite
      .prepare('select case_year, max(case_seq) as max, count(*) as n from cases group by case_year')
      .all() as {
      max: number;
      n: number;
    }[];
    for (const s of seqs) expect(s.max).toBe(s.n);
  });

  it('spreads statuses realistically: old cases mostly closed, recent ones often open; some follow-ups overdue', () => {
    const share = (where: string): number =>
      count(
        reg,
        `select avg(status in ('SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN')) from cases where ${where}`,
      );
    expect(share(`received_at < '2025-09-01'`)).toBeGreaterThan(0.95);
    expect(share(`received_at > '2026-01-01'`)).toBeLessThan(0.9);
    expect(count(reg, `select count(distinct kind || coalesce(sub_kind, '')) from cases`)).toBe(4);
    expect(
      count(reg, `select count(*) from follow_ups where done_date is null and due_date < '2026-03-02'`),
    ).toBeGreaterThan(0);
    expect(count(reg, `select count(*) from cases where fast_track = 1`)).toBeGreaterThan(20);
    expect(
      count(reg, `select count(distinct outcome) from referrals where status = 'SELESAI'`),
    ).toBeGreaterThanOrEqual(2);
    for (const label of ['Diterima program', 'Ditolak', 'Dalam proses', 'Tidak ada respons']) {
      const recorded = `select count(*) from case_events where type = 'hasil_rujukan' and note like '%: ${label}.%'`;
      expect(count(reg, recorded)).toBeGreaterThan(0);
    }
  });

  it('assigns PPKS within their rules and active programs within the desil ceilings', () => {
    expect(ppksProblems(reg.deps.sqlite)).toEqual([]);
    expect(programProblems(reg.deps.sqlite)).toEqual([]);
    expect(kkHistoryProblems(reg.deps.sqlite)).toEqual([]);
    const rows = reg.deps.sqlite
      .prepare(
        `select m.program, h.dtsen_desil as desil from program_memberships m join persons p on p.id = m.person_id
         join households h on h.id = p.household_id where m.status = 'aktif'`,
      )
      .all() as { program: string; desil: number | null }[];
    expect(rows.length).toBeGreaterThan(300);
    for (const r of rows) {
      const max = maxDesilFor(r.program, '2026-03-02');
      if (max !== null) expect(r.desil ?? 99).toBeLessThanOrEqual(max);
    }
  });

  it('is deterministic: the same seed on a copy of the same register gives the same digest, another seed does not', async () => {
    const again = await reopen(copyDir(base), T0);
    await generateDemoData(again.deps, { persons: 2000, seed: 42 });
    expect(digestOf(again)).toBe(digestOf(reg));
    const other = await reopen(copyDir(base), T0);
    await generateDemoData(other.deps, { persons: 2000, seed: 43 });
    expect(digestOf(other)).not.toBe(digestOf(reg));
  });

  describe('a later run on the same register', () => {
    let before: {
      digest: string;
      hlc: string;
      latest: string;
      persons: number;
      cases: number;
      maxSeq: number;
      maxRowid: number;
      letters: number;
    };
    let second: DemoSummary;
    let copyForDeterminism: string;
    beforeAll(async () => {
      const s = reg.deps.sqlite;
      before = {
        digest: digestOf(reg),
        hlc: s
          .prepare(`select max(hlc) from (select hlc from persons union all select hlc from cases)`)
          .pluck()
          .get() as string,
        latest: s
          .prepare(
            `select max(t) from (select max(received_at) as t from cases union all select max(at) from case_events
              union all select max(created_at) from persons)`,
          )
          .pluck()
          .get() as string,
        persons: count(reg, 'select count(*) from persons'),
        maxRowid: count(reg, 'select max(rowid) from cases'),
        cases: count(reg, 'select count(*) from cases'),
        maxSeq: count(reg, `select max(case_seq) from cases where case_year = 2026`),
        letters: count(reg, 'select count(*) from referrals'),
      };
      await reg.close();
      rmSync(join(reg.deps.paths.dir, 'puskesos.lock'), { force: true });
      copyForDeterminism = copyDir(reg.deps.paths.dir);
      reg = await reopen(reg.deps.paths.dir, T0 + 30 * DAY);
      second = await generateDemoData(reg.deps, { persons: 200, seed: 42 });
    });

    it('adds a new period of activity after the latest records', () => {
      expect(second.periodStart).toBe(before.latest);
      expect(count(reg, 'select count(*) from persons')).toBe(before.persons + 200);
      expect(second.cases).toBeGreaterThan(5);
      expect(count(reg, 'select count(*) from cases')).toBe(before.cases + second.cases);
      const firstNew = `select min(case_seq) from cases where case_year = 2026 and rowid > ${before.maxRowid}`;
      expect(count(reg, firstNew)).toBe(before.maxSeq + 1);
      expect(count(reg, 'select count(*) from referrals')).toBe(before.letters + second.referrals);
    });

    it('edits and tombstones a share of existing records through the writer, so their clocks move on', () => {
      expect(second.edited).toBeGreaterThan(50);
      expect(second.deleted).toBeGreaterThan(0);
      expect(digestOf(reg)).not.toBe(before.digest);
      const newer = (table: string) =>
        count(
          reg,
          `select count(*) from ${table} where hlc > '${before.hlc}' and created_at <= '2026-03-02T02:00:00.000Z'`,
        );
      expect(newer('persons') + newer('households')).toBeGreaterThan(20);
      expect(newer('cases')).toBeGreaterThan(0);
      const tombstoned = reg.deps.sqlite
        .prepare(
          `select clocks, hlc from (select clocks, hlc, deleted from persons union all
            select clocks, hlc, deleted from program_memberships union all
            select clocks, hlc, deleted from ppks_assignments) where deleted = 1 limit 1`,
        )
        .get() as { clocks: string; hlc: string };
      expect((JSON.parse(tombstoned.clocks) as { f: Record<string, string> }).f.deleted).toBe(tombstoned.hlc);
      expect(tombstoned.hlc > before.hlc).toBe(true);
    });

    it('keeps every invariant after the edits', async () => {
      expect(caseProblems(reg.deps.sqlite, '33.01.08', T0 + 30 * DAY)).toEqual([]);
      expect(personProblems(reg.deps.sqlite, await areaDesa(['33.01.08']))).toEqual([]);
      expect(householdProblems(reg.deps.sqlite)).toEqual([]);
      expect(ppksProblems(reg.deps.sqlite)).toEqual([]);
      expect(programProblems(reg.deps.sqlite)).toEqual([]);
      expect(kkHistoryProblems(reg.deps.sqlite)).toEqual([]);
    });

    it('is deterministic too: the same seed on a copy of the same register gives the same digest', async () => {
      const copy = await reopen(copyForDeterminism, T0 + 30 * DAY);
      await generateDemoData(copy.deps, { persons: 200, seed: 42 });
      expect(digestOf(copy)).toBe(digestOf(reg));
    });
  });
});

describe('a Dinsos register', () => {
  it('spreads persons over the kecamatan of its kabupaten and numbers cases with its own region code', async () => {
    const dir = await setUpDir({
      ...SETUP_INPUT,
      officeType: 'dinsos',
      regionCode: '33.01',
      name: 'Dinas Sosial Kabupaten Cilacap',
    });
    const reg = await reopen(dir, T0);
    const s = await generateDemoData(reg.deps, { persons: 400, months: 6, seed: 'dinsos' });
    const kecamatan = (await listRegions('kecamatan', '33.01')).map((k) => k.code);
    expect(count(reg, `select count(distinct substr(desa_code, 1, 8)) from persons`)).toBeGreaterThan(5);
    expect(personProblems(reg.deps.sqlite, await areaDesa(kecamatan))).toEqual([]);
    expect(caseProblems(reg.deps.sqlite, '33.01', T0)).toEqual([]);
    expect(s.cases).toBeGreaterThan(10);
    expect(count(reg, `select count(*) from cases where case_number not like '33.01/%'`)).toBe(0);
    // Dinsos files no monthly report of its own; the kecamatan do.
    expect(s.reportsFinalized).toEqual([]);
    expect(count(reg, 'select count(*) from monthly_reports')).toBe(0);
  });

  it('refuses a register whose office is not set up yet', async () => {
    const t = await openTestRegister();
    open.push(t.register);
    await expect(generateDemoData(t.register.deps, { persons: 10 })).rejects.toThrow(
      'Kantor belum disiapkan',
    );
  });
});
