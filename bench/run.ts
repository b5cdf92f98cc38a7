#!/usr/bin/env node
// `npm run bench [-- --scale small|medium|full]`: builds or reuses the kabupaten dataset, measures import,
// re-import, export, search, reports, the duplicate scan and its recall, batch erasure, encryption's cost, import memory, attachments in sync, the PouchDB peer and app start, each
// beside its baseline and target; prints the table, writes bench/results/<date>-<scale>.json and, at full scale, docs/performance.md.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  appStartMeasures,
  cipherMeasures,
  duplicatesMeasures,
  exportMeasures,
  importMeasures,
  peerMeasure,
  reportMeasures,
  rssMeasure,
  searchMeasures,
  uiDuringImportMeasure,
} from './measures.ts';
import { CHROMIUM, measureAppStart, rendererBuilt, type AppStart } from './app-start.ts';
import { parseBenchArgs, UsageError } from './args.ts';
import { CIPHER_ROUNDS, measureCipherCost } from './cipher-measure.ts';
import { ROOT } from './cli.ts';
import { dataset } from './dataset.ts';
import { measureExport } from './export-measure.ts';
import { bundleRecords, importAll, rawInsert, sqliteOf } from './import-measure.ts';
import { machine } from './machine.ts';
import type { Measure } from './measure.ts';
import { withBench } from './open.ts';
import { measurePeer } from './pouch-measure.ts';
import { measureReports } from './reports-measure.ts';
import { measureDuplicates } from './duplicates-measure.ts';
import { ERASE_BATCH, erasureMeasure, measureErasure } from './erasure-measure.ts';
import {
  ATTACHMENT_SCALE,
  attachmentsMeasures,
  DAY_SCANS,
  measureAttachments,
} from './attachments-measure.ts';
import { SEEDED_SHARE, seededTruth } from '../electron/core/demo/seeded-pairs.ts';
import { updatePerformanceDoc, writeResultJson, type RunResult } from './results.ts';
import { measureImportRss } from './rss-measure.ts';
import { measureSearch } from './search-measure.ts';
import { measureSpreadsheet, SPREADSHEET_ROWS, spreadsheetMeasures } from './spreadsheet-measure.ts';
import { textTable } from './table.ts';
import { measureUiDuringImport } from './ui-during-import.ts';
import { workspace } from './workspace.ts';

/** The month the report measures ask for: the last full month before the data's "now" (scales.ts DATA_NOW). */
const REPORT_MONTH = '2026-10';

const log = (msg: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

async function appStart(dinsos: string, runs: number, noBrowser: boolean): Promise<AppStart[] | string> {
  if (noBrowser) return 'skipped (--no-browser)';
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not installed`;
  if (!rendererBuilt()) {
    log('out/renderer belum ada: npm run -s build');
    const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0 || !rendererBuilt()) return 'renderer build failed (npm run -s build)';
  }
  return measureAppStart(dinsos, runs);
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  const started = performance.now();
  const date = new Date().toISOString();
  const scale = args.scale;
  log(`skala ${scale.name}: ${scale.offices} kecamatan × ${scale.persons} warga, benih ${args.seed}`);
  const ds = await dataset(args.cacheDir, scale, args.seed, args.fresh);
  if (args.datasetOnly) {
    log(
      `data siap di ${ds.root} (${ds.reused ? 'dari cache' : `dibangun dalam ${ds.builtInSeconds.toFixed(0)} s`})`,
    );
    return 0;
  }
  const ws = workspace();
  log(`direktori kerja ${ws.dir}`);
  const measures: Measure[] = [];
  const details: Record<string, unknown> = {};
  try {
    const bundles = ds.offices.map((o) => o.bundle);
    const senders = await Promise.all(bundles.map(bundleRecords));
    const largest = ds.offices.reduce((a, b) => (b.bundleBytes > a.bundleBytes ? b : a));
    const largestId = senders[ds.offices.indexOf(largest)]?.officeId ?? '';

    const dinsos = ws.copy(ds.dinsos, 'dinsos');
    log(`impor pertama ${bundles.length} paket…`);
    const inDinsos = await withBench(dinsos, async (reg) => {
      const first = await importAll(reg, bundles, 'applied');
      log(`  ${first.records} data dalam ${(first.ms / 1000).toFixed(1)} s; impor ulang…`);
      const again = await importAll(reg, bundles, 'already_applied');
      log('pencarian…');
      const search = await measureSearch(reg, scale.searchSamples);
      log('laporan…');
      const reports = await measureReports(reg, largestId, REPORT_MONTH);
      log('pindai data ganda…');
      const truth = await seededTruth(
        args.seed,
        ds.offices.map((o) => o.regionCode),
        scale.persons,
        SEEDED_SHARE,
      );
      const duplicates = await measureDuplicates(reg, truth).catch((err: unknown) => ({
        error: err instanceof Error ? err.message : String(err),
      }));
      log(`penghapusan data pribadi: ${ERASE_BATCH} sekaligus vs satu per satu…`);
      const erasure = await measureErasure(reg).catch((err: unknown) => ({
        error: err instanceof Error ? err.message : String(err),
      }));
      return { first, again, search, reports, duplicates, erasure };
    });
    log('baseline INSERT…');
    const rawDir = ws.copy(ds.dinsos, 'raw');
    const raw = rawInsert(
      sqliteOf(dinsos),
      sqliteOf(rawDir),
      senders.map((s) => s.officeId),
    );
    rmSync(rawDir, { recursive: true, force: true });
    if (raw.records !== inDinsos.first.records) {
      log(`  perhatian: baseline ${raw.records} baris, impor ${inDinsos.first.records} data`);
    }
    measures.push(...importMeasures(inDinsos.first, inDinsos.again, raw, bundles.length));

    log('ekspor…');
    const exp = await measureExport(
      ws.copy(largest.dir, 'export-office'),
      ds.dinsos,
      ws.sub('export-out'),
      3,
    );
    measures.push(...exportMeasures(exp, largest.name));
    measures.push(...searchMeasures(inDinsos.search));
    measures.push(...reportMeasures(inDinsos.reports, largest.name));
    measures.push(...duplicatesMeasures(inDinsos.duplicates));
    measures.push(erasureMeasure(inDinsos.erasure));

    const rounds = CIPHER_ROUNDS[scale.name];
    log(
      `biaya enkripsi: impor + pencarian, register terenkripsi vs polos berdampingan, ${rounds} putaran (proses anak)…`,
    );
    const cipher = await measureCipherCost(ws, ds.dinsos, bundles, scale.searchSamples, rounds, log);
    measures.push(...cipherMeasures(cipher));

    log('panggilan UI selama impor (inti di worker)…');
    const ui = await measureUiDuringImport(ws.copy(ds.dinsos, 'dinsos-ui'), bundles);
    measures.push(uiDuringImportMeasure(ui, bundles.length));

    log('RSS impor paket terbesar (proses anak)…');
    const rss = await measureImportRss(ws.copy(ds.dinsos, 'dinsos-rss'), largest.bundle);
    measures.push(rssMeasure(rss, largest.bundleBytes));

    const sheetRows = SPREADSHEET_ROWS[scale.name];
    log(`impor Excel ${sheetRows} baris: baca polos, uji, impor (proses anak)…`);
    const spreadsheet = await measureSpreadsheet(
      ws.copy(largest.dir, 'spreadsheet-office'),
      largest.regionCode,
      sheetRows,
      ws.sub('spreadsheet'),
    );
    measures.push(...spreadsheetMeasures(spreadsheet));

    log(
      `lampiran: ${ATTACHMENT_SCALE[scale.name].files} file dalam beberapa paket, lalu ${DAY_SCANS} pindaian sehari (RSS: proses anak)…`,
    );
    const attachments = await measureAttachments(
      ws,
      largest.dir,
      ds.dinsos,
      largest.bundle,
      scale.name,
    ).catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
    measures.push(...attachmentsMeasures(attachments, scale.name));

    log('pembanding PouchDB…');
    const peer = await measurePeer(
      ws.copy(ds.peer.dir, 'peer'),
      ws.copy(ds.dinsos, 'dinsos-peer'),
      ws.sub('peer-out'),
    );
    measures.push(peerMeasure(peer));

    log('mulai aplikasi (web host + Chromium)…');
    const starts = await appStart(dinsos, scale.appStarts, args.noBrowser);
    measures.push(...appStartMeasures(starts, inDinsos.search.persons));

    Object.assign(details, {
      import: { first: inDinsos.first, again: inDinsos.again, raw },
      export: exp,
      search: inDinsos.search,
      encryptionCost: cipher,
      reports: inDinsos.reports,
      duplicates: inDinsos.duplicates,
      erasure: inDinsos.erasure,
      rss,
      spreadsheet,
      attachments,
      uiDuringImport: { during: ui.during, p95: ui.p95, runMs: ui.runMs, answers: ui.answers.length },
      peer,
      appStart: starts,
      bundles: ds.offices.map((o, i) => ({
        office: o.name,
        bytes: o.bundleBytes,
        records: senders[i]?.records,
      })),
    });
  } finally {
    if (args.keep) log(`berkas kerja disimpan di ${ws.dir}`);
    else ws.remove();
  }

  const result: RunResult = {
    date,
    scale: scale.name,
    seed: args.seed,
    dataset: {
      key: ds.key,
      offices: scale.offices,
      personsPerOffice: scale.persons,
      reused: ds.reused,
      builtInSeconds: ds.builtInSeconds,
    },
    machine: machine(ds.root),
    measures,
    details,
    durationSeconds: (performance.now() - started) / 1000,
  };
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  process.stdout.write(`\n${textTable(measures)}\n\n`);
  log(`hasil: ${writeResultJson(resultsDir, result)}`);
  if (scale.name === 'full' && updatePerformanceDoc(join(ROOT, 'docs/performance.md'), result)) {
    log('tabel docs/performance.md diperbarui');
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `Benchmark gagal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  }
}
