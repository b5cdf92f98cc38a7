// Child process of the spreadsheet measure: one phase (bare exceljs read, dry run, or commit + raw INSERT) with its time and peak RSS as JSON.
import { resourceUsage } from 'node:process';
import ExcelJS from 'exceljs';
import { getOwnOfficeId } from '../electron/core/office/office-repo.ts';
import { runImport } from '../electron/core/imports/run.ts';
import { SPREADSHEET_MAPPING } from './spreadsheet-file.ts';
import type { Register } from '../electron/core/register.ts';
import { openBench } from './open.ts';

const [phase, dataDir, file] = process.argv.slice(2);
if (!phase || !dataDir || !file) {
  process.stderr.write('usage: node bench/spreadsheet-child.ts read|dry|commit DATA_DIR FILE.xlsx\n');
  process.exit(2);
}

const ACTOR = { userId: null, username: 'system (bench)', role: 'system', device: 'bench' };

/** The baseline: exceljs's streaming reader over every row of every sheet, each cell's value touched. */
async function bareRead(): Promise<{ rows: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file ?? '', {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader)
    for await (const row of ws) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  return { rows: cells > 0 ? rows : 0 };
}

/**
 * The same rows written again with a plain prepared INSERT, in one transaction, into the register's own tables
 * (same schema, indexes and triggers, as the bundle import's baseline): the batch's residents and households
 * are taken out, inserted again and timed, then everything is rolled back.
 */
function rawInsert(
  sqlite: Register['deps']['sqlite'],
  batchId: string,
): { rows: number; ms: number; cpuMs: number } {
  const ofBatch = `id in (select entity_id from import_batch_items where batch_id = ? and entity_table = ?)`;
  const tables = ['households', 'persons'];
  sqlite.exec('begin');
  try {
    const data = tables.map(
      (table) =>
        sqlite.prepare(`select * from "${table}" where ${ofBatch}`).raw().all(batchId, table) as unknown[][],
    );
    for (const table of ['persons', 'household_kk_history', 'households'])
      sqlite
        .prepare(
          table === 'household_kk_history'
            ? `delete from household_kk_history where household_id in (select entity_id from import_batch_items where batch_id = ? and entity_table = 'households')`
            : `delete from "${table}" where ${ofBatch}`,
        )
        .run(...(table === 'household_kk_history' ? [batchId] : [batchId, table]));
    const inserts = tables.map((table) => {
      const cols = (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => `"${c.name}"`);
      return sqlite.prepare(
        `insert into "${table}" (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`,
      );
    });
    const t0 = performance.now();
    const c0 = cpuMs();
    data.forEach((rows, i) => {
      for (const r of rows) inserts[i]?.run(r);
    });
    const ms = performance.now() - t0;
    return { rows: data.reduce((n, rows) => n + rows.length, 0), ms, cpuMs: cpuMs() - c0 };
  } finally {
    sqlite.exec('rollback');
  }
}

/** This process's CPU time (user + system) in ms: on a shared machine a fairer ratio than wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

let peak = process.memoryUsage.rss();
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 10);
const t0 = performance.now();
const c0 = cpuMs();
let out: Record<string, unknown>;
if (phase === 'read') {
  out = { ...(await bareRead()), cpuMs: cpuMs() - c0 };
} else {
  const reg = await openBench(dataDir);
  try {
    const officeId = (await getOwnOfficeId(reg.deps.db)) ?? '';
    // Timed from here: opening the register (key derivation, migrations check) is not the import's work.
    const start = performance.now();
    const cpuStart = cpuMs();
    // The commit's write phase starts at its first row (its progress); before that it reads and classifies.
    let writing: number | null = null;
    let writingCpu: number | null = null;
    const o = await runImport(reg.deps, officeId, ACTOR, {
      path: file,
      mapping: SPREADSHEET_MAPPING,
      template: null,
      dryRunOnly: phase === 'dry',
      progress:
        phase === 'dry'
          ? undefined
          : () => {
              writing ??= performance.now();
              writingCpu ??= cpuMs();
            },
    });
    const end = performance.now();
    const ms = end - start;
    const cpuEnd = cpuMs();
    out = {
      counts: o.plan.counts,
      ms,
      writeMs: end - (writing ?? start),
      cpuMs: cpuEnd - cpuStart,
      writeCpuMs: cpuEnd - (writingCpu ?? cpuStart),
    };
    // The import's own peak, before the baseline below reads every written row back into this process.
    out.importMaxRss = resourceUsage().maxRSS * 1024;
    if (o.commit) {
      out.created = o.commit.created + o.commit.householdsCreated;
      out.raw = rawInsert(reg.deps.sqlite, o.commit.batchId);
    }
  } finally {
    await reg.close();
  }
}
const ms = typeof out.ms === 'number' ? out.ms : performance.now() - t0;
clearInterval(timer);
const maxRss = typeof out.importMaxRss === 'number' ? out.importMaxRss : resourceUsage().maxRSS * 1024;
const withBaselineMaxRss = resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ ...out, ms, peakSampled: Math.max(peak, process.memoryUsage.rss()), maxRss, withBaselineMaxRss })}\n`,
);
