// persons.search over 200,000 synthetic persons: results equal a brute-force scan, and every search statement is index-driven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { Input } from '../../../../shared/api/contract.ts';
import {
  buildParts,
  buildSearch,
  SEARCH_COUNT_CAP,
  searchPersons,
  type PersonSearch,
} from '../../../../electron/core/persons/search.ts';
import { normalizeName } from '../../../../shared/text/normalize-name.ts';
import { sqliteSql } from '../../../../electron/core/storage/sqlite/sqlite-sql.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  signIn,
  unwrap,
  type TestRegister,
} from '../../../support/register.ts';

const PERSONS = 200_000;
const PER_HOUSEHOLD = 4;
const TODAY = '2026-03-02';

interface Synthetic {
  id: string;
  rowid: number;
  name: string;
  norm: string;
  nik: string;
  noKk: string;
  deleted: boolean;
}

/** Made-up names from syllables without q or z, so the planted "Zulkarnaen Qoyum" matches nothing else. */
const SYLLABLES = [
  'ba',
  'di',
  'ka',
  'lu',
  'ma',
  'ni',
  'ra',
  'sa',
  'ti',
  'wa',
  'ya',
  'ru',
  'go',
  'pe',
  'so',
  'he',
];
const PLANTED = ['Zulkarnaen Qoyum', 'ZULKARNAÉN QOYUM', "Zul'karnaen Qoyum Uji"];

function generate(): Synthetic[] {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const word = (): string => {
    let w = '';
    for (let k = 0, n = 2 + rand(2); k < n; k++) w += SYLLABLES[rand(SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const out: Synthetic[] = [];
  for (let i = 0; i < PERSONS; i++) {
    const name = i < PLANTED.length ? (PLANTED[i] ?? '') : `${word()} ${word()}`;
    const day = 1 + (i % 28) + (i % 2 === 0 ? 40 : 0);
    const month = 1 + (Math.floor(i / 28) % 12);
    const yy = 40 + (Math.floor(i / 336) % 60);
    const kec = String(1 + (i % 20)).padStart(2, '0');
    const nik = `3301${kec}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${yy}${String(1 + (i % 9999)).padStart(4, '0')}`;
    const hh = Math.floor(i / PER_HOUSEHOLD);
    const hex = i.toString(16).padStart(12, '0');
    out.push({
      id: `01900000-0000-7000-8000-${hex}`,
      rowid: i + 1,
      name,
      norm: normalizeName(name),
      nik,
      noKk: `3302${String(hh).padStart(12, '0')}`,
      deleted: i % 1000 === 999,
    });
  }
  return out;
}

let office: TestRegister;
let caller: Caller;
let people: Synthetic[];

function bulkInsert(): void {
  const { sqlite } = office.register.deps;
  const clocks = '{"b":"0000000000001-0000-x","f":{}}';
  const hlc = '0000000000001-0000-x';
  const meta = [
    `'x'`,
    `'2026-03-02T02:00:00.000Z'`,
    `'2026-03-02T02:00:00.000Z'`,
    `'${clocks}'`,
    `'${hlc}'`,
  ].join(', ');
  const household = sqlite.prepare(
    `insert into households (id, origin_office_id, created_at, updated_at, clocks, hlc, no_kk, desa_code, address, assets, deleted)
     values (?, ${meta}, ?, '33.01.08.2001', 'Jl. Uji', '[]', 0)`,
  );
  const person = sqlite.prepare(
    `insert into persons (rowid, id, origin_office_id, created_at, updated_at, clocks, hlc, household_id, nik, name, name_norm, sex,
       disability_types, padan_dukcapil, dtsen_status, desa_code, deleted)
     values (?, ?, ${meta}, ?, ?, ?, ?, 'P', '[]', 'unknown', 'tidak_diketahui', ?, ?)`,
  );
  // A large page cache for the load only: the indexes and the FTS index take far more than the default 2 MB.
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  sqlite.transaction(() => {
    for (let h = 0; h < PERSONS / PER_HOUSEHOLD; h++) {
      household.run(
        `01900000-0000-7000-9000-${h.toString(16).padStart(12, '0')}`,
        `3302${String(h).padStart(12, '0')}`,
      );
    }
    for (const p of people) {
      const hh = Math.floor((p.rowid - 1) / PER_HOUSEHOLD);
      person.run(
        p.rowid,
        p.id,
        `01900000-0000-7000-9000-${hh.toString(16).padStart(12, '0')}`,
        p.nik,
        p.name,
        p.norm,
        `33.01.08.${2001 + (p.rowid % 10)}`,
        p.deleted ? 1 : 0,
      );
    }
  })();
  sqlite.pragma(`cache_size = ${String(cacheSize)}`);
}

beforeAll(async () => {
  // One signed-in user is enough here (any role may search): spare the other users' password hashes.
  office = await openTestRegister();
  unwrap(await office.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
  caller = await signIn(office.register, SETUP_INPUT.admin.username, SETUP_INPUT.admin.password);
  people = generate();
  bulkInsert();
}, 60_000);
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

const search = async (input: Input<'persons.search'>) =>
  unwrap(await office.register.call(caller, 'persons.search', { limit: 50, ...input }));

const live = (): Synthetic[] => people.filter((p) => !p.deleted);
const byName = (a: Synthetic, b: Synthetic): number =>
  a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe('persons.search with 200,000 persons: results', () => {
  it('the data really is there (FTS filled by the triggers)', () => {
    const { sqlite } = office.register.deps;
    expect(sqlite.prepare('select count(*) from persons').pluck().get()).toBe(PERSONS);
    expect(
      sqlite.prepare(`select count(*) from persons_fts where persons_fts match '"karnaen"'`).pluck().get(),
    ).toBe(3);
  });

  it('a rare fragment finds exactly the planted names, accents and case ignored', async () => {
    const r = await search({ query: 'KARNAÉN' });
    expect(r.total).toBe(3);
    expect(new Set(r.rows.map((p) => p.id))).toEqual(new Set(people.slice(0, 3).map((p) => p.id)));
  });

  const rank =
    (q: string) =>
    (p: Synthetic): number =>
      p.norm === q ? 0 : p.norm.startsWith(q) ? 1 : ` ${p.norm}`.includes(` ${q}`) ? 2 : 3;
  const ids = (rows: readonly { id: string }[]): string[] => rows.map((p) => p.id);

  /** Every letter-only fragment of `len` characters in a live name, with how many names hold it per rank. */
  const fragments = (len: number): { q: string; n: number; ranks: number[] }[] => {
    const seen = new Map<string, { q: string; n: number; ranks: number[] }>();
    for (const p of live()) {
      const here = new Set<string>();
      for (let i = 0; i + len <= p.norm.length; i++) here.add(p.norm.slice(i, i + len));
      for (const q of here) {
        if (!/^[a-z]+$/.test(q)) continue;
        const f = seen.get(q) ?? { q, n: 0, ranks: [0, 0, 0, 0] };
        const r = rank(q)(p);
        f.n++;
        f.ranks[r] = (f.ranks[r] ?? 0) + 1;
        seen.set(q, f);
      }
    }
    return [...seen.values()].sort((a, b) => (a.q < b.q ? -1 : 1));
  };

  it('below the cap: the exact total and the ranked order of a brute-force scan (the ranks: search.test.ts)', async () => {
    // 'rusa' has about 2,000 matches: counted under a cap of 5,000 here (the dispatch uses the default).
    const q = 'rusa';
    const expected = live()
      .filter((p) => p.norm.includes(q))
      .sort((a, b) => rank(q)(a) - rank(q)(b) || byName(a, b));
    expect(expected.length).toBeGreaterThan(SEARCH_COUNT_CAP);
    const at = (offset: number) =>
      searchPersons(office.register.deps.db, TODAY, { query: q, limit: 50, offset }, 5_000);
    const r = await at(0);
    expect(r.total).toBe(expected.length);
    expect(r.capped).toBeUndefined();
    expect(ids(r.rows)).toEqual(ids(expected.slice(0, 50)));
    expect(ids((await at(100)).rows)).toEqual(ids(expected.slice(100, 150)));
  });

  it(`a fragment with more than ${SEARCH_COUNT_CAP} matches: capped; prefixes alphabetically, then the rest in register order`, async () => {
    // A fragment with over a thousand matches, of which some dozens begin with it.
    const q = fragments(4).find(
      (f) => f.n > SEARCH_COUNT_CAP && (f.ranks[1] ?? 0) > 20 && (f.ranks[1] ?? 0) < SEARCH_COUNT_CAP - 100,
    )?.q;
    if (!q) throw new Error('no fragment of the right size');
    const matching = live().filter((p) => p.norm.includes(q));
    const prefixes = matching.filter((p) => p.norm.startsWith(q)).sort(byName);
    const rest = matching.filter((p) => !p.norm.startsWith(q)).sort((a, b) => a.rowid - b.rowid);
    const expected = [...prefixes, ...rest].slice(0, SEARCH_COUNT_CAP);
    const r = await search({ query: q });
    expect(r).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(ids(r.rows)).toEqual(ids(expected.slice(0, 50)));
    // A page across the two parts, the last page before the cap, and nothing past it.
    const across = prefixes.length - 10;
    expect(ids((await search({ query: q, offset: across })).rows)).toEqual(
      ids(expected.slice(across, across + 50)),
    );
    const last = await search({ query: q, offset: SEARCH_COUNT_CAP - 20 });
    expect(ids(last.rows)).toEqual(ids(expected.slice(SEARCH_COUNT_CAP - 20)));
    expect((await search({ query: q, offset: SEARCH_COUNT_CAP })).rows).toEqual([]);
  });

  it('a two-letter prefix: capped above the cap, in name order', async () => {
    const expected = live()
      .filter((p) => p.norm.startsWith('ka'))
      .sort(byName);
    expect(expected.length).toBeGreaterThan(SEARCH_COUNT_CAP);
    const r = await search({ query: 'Ka' });
    expect(r).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(ids(r.rows)).toEqual(ids(expected.slice(0, 50)));
    expect(ids((await search({ query: 'Ka', offset: 900 })).rows)).toEqual(ids(expected.slice(900, 950)));
  });

  it('NIK and No KK prefixes equal a brute-force scan; above the cap NIKs come in NIK order', async () => {
    const nikPrefix = people[1001]?.nik.slice(0, 10) ?? '';
    const nikExpected = live().filter((p) => p.nik.startsWith(nikPrefix));
    expect(nikExpected.length).toBeGreaterThan(0);
    expect((await search({ query: nikPrefix })).total).toBe(nikExpected.length);

    const kkPrefix = '33020000000123';
    const kkExpected = live().filter((p) => p.noKk.startsWith(kkPrefix));
    const r = await search({ query: kkPrefix, limit: 500 });
    expect(r.total).toBe(kkExpected.length);
    expect(new Set(ids(r.rows))).toEqual(new Set(ids(kkExpected)));

    /** Persons whose `field` starts with `prefix`, in that field's order then by id, against the first page. */
    const inFieldOrder = async (field: 'nik' | 'noKk', prefix: string): Promise<void> => {
      const expected = live()
        .filter((p) => p[field].startsWith(prefix))
        .sort((a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id < b.id ? -1 : 1));
      expect(expected.length).toBeGreaterThan(SEARCH_COUNT_CAP);
      const page = await search({ query: prefix });
      expect(page).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
      expect(ids(page.rows)).toEqual(ids(expected.slice(0, 50)));
    };
    await inFieldOrder('nik', '330101');
    // No NIK starts with 3302, but over a thousand No KK do: household members in No KK order.
    await inFieldOrder('noKk', '33020000000');
  });

  it('a list without search text counts exactly, however many match (the Beranda figures link to it)', async () => {
    const r = await search({ query: '', desaCode: '33.01.08.2004' });
    expect(r.total).toBe(live().filter((p) => p.rowid % 10 === 3).length);
    expect(r.total).toBeGreaterThan(SEARCH_COUNT_CAP);
    expect(r.capped).toBeUndefined();
  });

  it('a desa filter combines with the name search', async () => {
    const expected = live().filter((p) => p.norm.includes('rusa') && p.rowid % 10 === 3);
    expect((await search({ query: 'rusa', desaCode: '33.01.08.2004' })).total).toBe(expected.length);
  });
});

describe('persons.search with 200,000 persons: query plans', () => {
  const plan = (s: { sql: string; params: unknown[] }): string[] =>
    (
      office.register.deps.sqlite.prepare(`explain query plan ${s.sql}`).all(...s.params) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
  const statements = (input: Partial<PersonSearch>) => {
    const s = buildSearch({ query: '', limit: 50, offset: 0, ...input }, TODAY, sqliteSql);
    return { mode: s.mode, page: plan(s.page), count: plan(s.count) };
  };
  /** A plan line that reads every row of persons (with or without walking an index). */
  const fullScan = (lines: string[]): string[] => lines.filter((d) => /^SCAN (p|persons|m)\b/.test(d));

  it('names of 3+ letters are looked up in the FTS table', () => {
    const s = statements({ query: 'rusa' });
    expect(s.mode).toBe('name');
    for (const lines of [s.page, s.count]) {
      expect(lines.some((d) => /persons_fts VIRTUAL TABLE/.test(d))).toBe(true);
      expect(fullScan(lines)).toEqual([]);
    }
  });

  it('1–2 letters use the name_norm index range', () => {
    const s = statements({ query: 'ka' });
    expect(s.mode).toBe('prefix');
    for (const lines of [s.page, s.count]) {
      expect(lines.some((d) => /INDEX persons_name_norm \(name_norm>\? AND name_norm<\?\)/.test(d))).toBe(
        true,
      );
      expect(fullScan(lines)).toEqual([]);
    }
  });

  it('digits use the NIK and No KK indexes', () => {
    const s = statements({ query: '330105' });
    expect(s.mode).toBe('number');
    for (const lines of [s.page, s.count]) {
      expect(lines.some((d) => /INDEX persons_nik \(nik>\? AND nik<\?\)/.test(d))).toBe(true);
      expect(lines.some((d) => /INDEX households_no_kk \(no_kk>\? AND no_kk<\?\)/.test(d))).toBe(true);
      expect(fullScan(lines)).toEqual([]);
    }
  });

  it('the capped parts stream from an index, with and without filters', () => {
    const filters = { desaCode: '33.01.08', caseStatus: 'TERBUKA', overdue: true };
    const inputs = [{ query: 'rusa' }, { query: 'ka' }, { query: '330105' }, { query: 'rusa', ...filters }];
    for (const input of inputs) {
      const parts = buildParts({ limit: 50, offset: 0, ...input }, TODAY, sqliteSql);
      if (!parts) throw new Error('a typed query has parts');
      for (const p of [parts.a, parts.b]) {
        if (!p) continue;
        const lines = plan({
          sql: `select p.id from ${p.from} where ${p.where} order by ${p.order} limit 50`,
          params: p.params,
        });
        expect(fullScan(lines)).toEqual([]);
        // Without filters, streamed in the index's order: no sort of every match before the first row.
        // (Only ties on the last term are sorted. With selective filters SQLite may start from them.)
        if (input === inputs[3]) continue;
        expect(lines.filter((d) => /USE TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
      }
    }
    expect(buildParts({ query: '', limit: 50, offset: 0 }, TODAY, sqliteSql)).toBeNull();
  });

  it('filters keep the name search index-driven', () => {
    const s = statements({
      query: 'rusa',
      desaCode: '33.01.08',
      ppksCategory: 'PPKS-24',
      caseStatus: 'TERBUKA',
      overdue: true,
    });
    for (const lines of [s.page, s.count]) {
      expect(lines.some((d) => /persons_fts VIRTUAL TABLE/.test(d))).toBe(true);
      expect(fullScan(lines)).toEqual([]);
    }
  });
});
