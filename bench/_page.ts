import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
const db = new BetterSqlite3('/tmp/h6prof/kec/puskesos.sqlite', { readonly: true });
const cur = db.prepare(
  `select id, local_seq from case_events where local_seq > ? and local_seq <= ? and 1 = 1 and (local_seq > ? or (local_seq = ? and id > ?)) order by local_seq, id limit 500`,
);
const nxt = db.prepare(
  `select id, local_seq, rowid as r from case_events where local_seq > ? and local_seq <= ? and 1 = 1 and (local_seq, rowid) > (?, ?) order by local_seq, rowid limit 500`,
);
for (const [name, run] of [
  [
    'id',
    () => {
      let c = { s: 0, id: '' },
        n = 0;
      for (;;) {
        const rows = cur.all(0, 1e9, c.s, c.s, c.id) as { id: string; local_seq: number }[];
        n += rows.length;
        const l = rows.at(-1);
        if (!l || rows.length < 500) return n;
        c = { s: l.local_seq, id: l.id };
      }
    },
  ],
  [
    'rowid',
    () => {
      let c = { s: 0, r: 0 },
        n = 0;
      for (;;) {
        const rows = nxt.all(0, 1e9, c.s, c.r) as { r: number; local_seq: number }[];
        n += rows.length;
        const l = rows.at(-1);
        if (!l || rows.length < 500) return n;
        c = { s: l.local_seq, r: l.r };
      }
    },
  ],
] as const) {
  const t0 = performance.now();
  const n = run();
  const t1 = process.cpuUsage();
  console.log(name, n, Math.round(performance.now() - t0), 'ms', t1.user / 1000);
}
