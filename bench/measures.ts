// Turns the raw figures of a run into the table's rows, each with its baseline, ratio and the issue's target.
import { measure, notMeasured, type Measure } from './measure.ts';
import type { AppStart } from './app-start.ts';
import type { CipherCost, CipherRun } from './cipher-measure.ts';
import type { ExportResult } from './export-measure.ts';
import type { ImportRun } from './import-measure.ts';
import type { PeerResult } from './pouch-measure.ts';
import type { ReportsResult, Timed } from './reports-measure.ts';
import type { RssResult } from './rss-measure.ts';
import type { SearchResult } from './search-measure.ts';
import type { UiDuringImport } from './ui-during-import.ts';
import type { DuplicatesResult } from './duplicates-measure.ts';
import { median } from './stats.ts';

const MB = 1_000_000;
const n = (x: number): string => Math.round(x).toLocaleString('en-US');

export function importMeasures(
  first: ImportRun,
  again: ImportRun,
  raw: ImportRun,
  bundles: number,
): Measure[] {
  return [
    measure({
      id: 'import',
      label: `Dinsos imports ${bundles} first bundles`,
      figure: { value: first.records / (first.ms / 1000), unit: 'records/s' },
      baseline: { value: raw.records / (raw.ms / 1000), unit: 'records/s' },
      baselineLabel: 'plain prepared INSERT, one transaction',
      target: { on: 'ratio', op: '>=', value: 0.5 },
      note: `${n(first.records)} records in ${(first.ms / 1000).toFixed(1)} s; raw ${n(raw.records)} rows in ${(raw.ms / 1000).toFixed(1)} s`,
    }),
    measure({
      id: 'reimport',
      label: `re-import of the same ${bundles} bundles`,
      figure: { value: again.ms, unit: 'ms' },
      baseline: { value: first.ms, unit: 'ms' },
      baselineLabel: 'first import',
      target: { on: 'ratio', op: '<', value: 0.05 },
      note: 'every bundle "already applied"',
    }),
  ];
}

/** Issue 18: encryption may cost at most 15 % (time, encrypted against plain, same run). */
export const CIPHER_COST_LIMIT = 1.15;

/** Each round's ratio (encrypted / plain), in run order: how much the noise moves a single comparison. */
export function roundRatios(runs: readonly CipherRun[], f: (r: CipherRun) => number): number[] {
  const enc = runs.filter((r) => r.mode === 'encrypted');
  const plain = runs.filter((r) => r.mode === 'plain');
  return enc.slice(0, plain.length).map((e, i) => f(e) / f(plain[i] as CipherRun));
}

export function cipherMeasures(c: CipherCost): Measure[] {
  const target = { on: 'ratio', op: '<=', value: CIPHER_COST_LIMIT } as const;
  const of = (mode: CipherRun['mode'], f: (r: CipherRun) => number): number =>
    median(c.runs.filter((r) => r.mode === mode).map(f));
  const rounds = roundRatios(c.runs, (r) => r.importMs).length;
  const how = (f: (r: CipherRun) => number, per: string): string =>
    `median of ${rounds} rounds, the two registers side by side in child processes, interleaved ${per}; ` +
    `round ratios ${roundRatios(c.runs, f)
      .map((r) => r.toFixed(2))
      .join(', ')}`;
  const first = c.runs[0];
  const importMs = (r: CipherRun): number => r.importMs;
  const p95 = (r: CipherRun): number => r.searchP95;
  const cpu = (r: CipherRun): number => r.importCpuMs;
  // The children's CPU time moves less with other processes' load than wall time: a hint where the cost lies.
  const cpuRatio = of('encrypted', cpu) / of('plain', cpu);
  return [
    measure({
      id: 'cipher-import',
      label: 'encryption cost: Dinsos import',
      figure: { value: of('encrypted', importMs), unit: 'ms' },
      baseline: { value: of('plain', importMs), unit: 'ms' },
      baselineLabel: 'the same import into a plain register',
      target,
      note: `${n(first?.records ?? 0)} records; ${how(importMs, 'bundle by bundle')}; CPU-time ratio ${cpuRatio.toFixed(2)}`,
    }),
    measure({
      id: 'cipher-search-p95',
      label: 'encryption cost: search p95',
      figure: { value: of('encrypted', p95), unit: 'ms' },
      baseline: { value: of('plain', p95), unit: 'ms' },
      baselineLabel: 'the same queries on the plain register',
      target,
      note: `${n(first?.queries ?? 0)} queries a round; ${how(p95, 'query by query')}`,
    }),
  ];
}

export function exportMeasures(e: ExportResult, office: string): Measure[] {
  return [
    measure({
      id: 'export-time',
      label: `export of one kecamatan's full bundle: time`,
      figure: { value: e.ms, unit: 'ms' },
      baseline: { value: e.rawMs, unit: 'ms' },
      baselineLabel: 'zstd-3 + age of the same bytes in memory',
      target: { on: 'ratio', op: '<=', value: 2 },
      note: `${office}: ${n(e.records)} records, ${(e.plainBytes / MB).toFixed(1)} MB NDJSON; median of runs`,
    }),
    measure({
      id: 'export-size',
      label: `export of one kecamatan's full bundle: size`,
      figure: { value: e.bytes, unit: 'bytes' },
      baseline: { value: e.rawBytes, unit: 'bytes' },
      baselineLabel: 'zstd-3 + age of the same bytes',
      note: 'bundle = signed header + the same compressed, encrypted payload',
    }),
  ];
}

export function searchMeasures(s: SearchResult): Measure[] {
  const size = `${n(s.persons)} persons, ${s.queries} distinct keystroke queries (${s.nameMs.length} name, ${s.nikMs.length} NIK)`;
  return [
    measure({
      id: 'search-p50',
      label: 'search-as-you-type at Dinsos: p50',
      figure: { value: s.p50, unit: 'ms' },
      note: size,
    }),
    measure({
      id: 'search-p95',
      label: 'search-as-you-type at Dinsos: p95',
      figure: { value: s.p95, unit: 'ms' },
      target: { on: 'figure', op: '<', value: 30, unit: 'ms' },
      note: size,
    }),
    measure({
      id: 'search-name-p95',
      label: '  of which names (≥ 3 letters): p95',
      figure: { value: s.nameP95, unit: 'ms' },
    }),
    measure({
      id: 'search-nik-p95',
      label: '  of which NIK prefixes (≥ 4 digits): p95',
      figure: { value: s.nikP95, unit: 'ms' },
    }),
  ];
}

function timed(id: string, label: string, t: Timed | null, limitMs: number, note: string): Measure {
  const target = { on: 'figure', op: '<', value: limitMs, unit: 'ms' } as const;
  if (t === null) return notMeasured(id, label, 'not measured: feature missing', target);
  if ('error' in t) return notMeasured(id, label, `not measured: ${t.error}`, target);
  return measure({ id, label, figure: { value: t.ms, unit: 'ms' }, target, note });
}

export function reportMeasures(r: ReportsResult | null, office: string): Measure[] {
  const month = r?.month ?? '';
  return [
    timed(
      'report-monthly',
      'monthly report, one kecamatan (at Dinsos)',
      r?.monthly ?? null,
      1000,
      `${office}, ${month}; median of 3`,
    ),
    timed(
      'report-recap',
      'kabupaten recap (at Dinsos)',
      r?.recap ?? null,
      3000,
      `${month}${r?.recapReports ? `, ${n(r.recapReports.finalized)} of ${n(r.recapReports.offices)} kecamatan reports signed and verified` : ''}; median of 3`,
    ),
  ];
}

export function uiDuringImportMeasure(u: UiDuringImport, bundles: number): Measure {
  const during = u.answers.filter((a) => a.duringRun);
  const max = during.reduce((m, a) => Math.max(m, a.ms), 0);
  return measure({
    id: 'ui-during-import',
    label: 'UI calls answered during a Dinsos import run: p95',
    figure: { value: u.p95, unit: 'ms' },
    target: { on: 'figure', op: '<', value: 100, unit: 'ms' },
    note: `${n(during.length)} persons.search / dashboard.summary answers (reader worker) while the writer worker imported ${bundles} bundles in ${(u.runMs / 1000).toFixed(1)} s; max ${n(max)} ms`,
  });
}

export function rssMeasure(r: RssResult, bundleBytes: number): Measure {
  return measure({
    id: 'import-rss',
    label: 'peak RSS importing the largest bundle',
    figure: { value: r.maxRss, unit: 'bytes' },
    baseline: { value: bundleBytes, unit: 'bytes' },
    baselineLabel: 'bundle size',
    target: { on: 'figure', op: '<', value: 300 * 1024 * 1024, unit: 'bytes' },
    note: `child process maxRSS; ${(r.rssBefore / MB).toFixed(0)} MB before import; ${n(r.records)} records`,
  });
}

export function peerMeasure(p: PeerResult): Measure {
  return measure({
    id: 'peer',
    label: `${n(p.records)} records moved to another store: export + import`,
    figure: { value: p.oursMs, unit: 'ms' },
    baseline: { value: p.pouchMs, unit: 'ms' },
    baselineLabel: 'PouchDB replicate, memory adapter',
    ratioOf: 'baseline/figure',
    target: { on: 'ratio', op: '>=', value: 10 },
    note: `export ${(p.exportMs / 1000).toFixed(1)} s + import ${(p.importMs / 1000).toFixed(1)} s; ratio = times faster`,
  });
}

export function appStartMeasures(starts: AppStart[] | string, persons: number): Measure[] {
  const target = { on: 'figure', op: '<', value: 1500, unit: 'ms' } as const;
  const label = 'app start: first usable screen (web host + Chromium)';
  if (typeof starts === 'string') return [notMeasured('app-start', label, `not measured: ${starts}`, target)];
  const pick = (f: (a: AppStart) => number): number => median(starts.map(f));
  return [
    measure({
      id: 'app-start',
      label,
      figure: { value: pick((s) => s.totalMs), unit: 'ms' },
      target,
      note: `median of ${starts.length} cold starts, Dinsos register of ${n(persons)} persons`,
    }),
    measure({
      id: 'app-start-host',
      label: '  of which web host ready',
      figure: { value: pick((s) => s.hostMs), unit: 'ms' },
    }),
    measure({
      id: 'app-start-form',
      label: '  of which sign-in form shown',
      figure: { value: pick((s) => s.signInFormMs), unit: 'ms' },
    }),
    measure({
      id: 'app-start-beranda',
      label: '  of which sign-in → Beranda counts',
      figure: { value: pick((s) => s.berandaMs), unit: 'ms' },
    }),
  ];
}

/** Issue 17: the full scan < 60 s at 960,000 residents; recall and precision on the seeded duplicates. */
export function duplicatesMeasures(d: DuplicatesResult | { error: string }): Measure[] {
  const scanTarget = { on: 'figure', op: '<', value: 60_000, unit: 'ms' } as const;
  if ('error' in d) return [notMeasured('duplicates-scan', 'duplicate scan from scratch at Dinsos', `not measured: ${d.error}`, scanTarget)];
  const q = d.quality;
  const ratioRow = (id: string, label: string, found: number, of: number, min: number, note: string): Measure =>
    of === 0
      ? notMeasured(id, label, 'not measured: no seeded pair of this kind in the register', { on: 'ratio', op: '>=', value: min })
      : measure({
          id,
          label,
          figure: { value: found, unit: 'count' },
          baseline: { value: of, unit: 'count' },
          baselineLabel: 'seeded pairs',
          target: { on: 'ratio', op: '>=', value: min },
          note,
        });
  return [
    measure({
      id: 'duplicates-scan',
      label: 'duplicate scan from scratch at Dinsos',
      figure: { value: d.scanMs, unit: 'ms' },
      baseline: { value: d.readMs, unit: 'ms' },
      baselineLabel: 'plain read of the same person columns',
      target: scanTarget,
      note: `${n(d.persons)} records; ${n(d.comparisons)} pairs compared, ${n(d.found)} candidates, ${d.oversizedBlocks} oversized blocks skipped`,
    }),
    ratioRow(
      'duplicates-recall-nik',
      'duplicates: recall, equal NIK and NIK typo',
      q.found.nik_sama + q.found.nik_typo,
      q.seeded.nik_sama + q.seeded.nik_typo,
      0.99,
      `equal NIK ${q.found.nik_sama}/${q.seeded.nik_sama}, NIK typo ${q.found.nik_typo}/${q.seeded.nik_typo}`,
    ),
    ratioRow('duplicates-recall-tanpa-nik', 'duplicates: recall, without NIK', q.found.tanpa_nik, q.seeded.tanpa_nik, 0.9, 'name, birth date and sex only'),
    ratioRow(
      'duplicates-precision',
      'duplicates: precision among the top-ranked candidates',
      Math.round(q.precisionTop * q.top),
      q.top,
      0.95,
      `the ${n(q.top)} best-scored of ${n(q.candidates)} candidates (as many as pairs were seeded)`,
    ),
    measure({
      id: 'duplicates-blocking',
      label: 'duplicates: pairs brute force finds that blocking misses',
      figure: { value: d.sample.missed, unit: 'count' },
      target: { on: 'figure', op: '<', value: 1, unit: 'count' },
      note: `sample of ${n(d.sample.persons)} records (the seeded first): brute force ${n(d.sample.brute)} pairs in ${(d.sample.bruteMs / 1000).toFixed(1)} s`,
    }),
  ];
}
