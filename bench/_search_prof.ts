import BetterSqlite3 from 'better-sqlite3';
import { buildSearch } from '../electron/core/persons/search.ts';
const db = new BetterSqlite3(process.argv[2]!, { readonly: true });
const p = db
  .prepare('select name, nik from persons where nik is not null order by rowid limit 1 offset ?')
  .get(Number(process.argv[3] ?? 100000)) as { name: string; nik: string };
const qs = [
  p.name.slice(0, 3),
  p.name.slice(0, 5),
  p.name.slice(0, 8),
  p.nik.slice(0, 4),
  p.nik.slice(0, 6),
  p.nik.slice(0, 8),
  p.nik.slice(0, 10),
  p.nik.slice(0, 12),
  p.nik,
];
for (const q of qs) {
  const s = buildSearch({ query: q, limit: 100, offset: 0 }, '2026-11-01');
  const t0 = performance.now();
  const ids = db.prepare(s.page.sql).all(...s.page.params);
  const t1 = performance.now();
  const c = db.prepare(s.count.sql).get(...s.count.params) as { n: number };
  const t2 = performance.now();
  console.log(
    JSON.stringify(q).padEnd(22),
    s.mode.padEnd(7),
    'page',
    (t1 - t0).toFixed(1).padStart(8),
    'ms  count',
    (t2 - t1).toFixed(1).padStart(8),
    'ms  matches',
    c.n,
    'rows',
    ids.length,
  );
}
