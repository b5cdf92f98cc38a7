// Attachments in sync (issue 19): the first full sync over several bundles, a day's 50 scans exported, their import's RSS.
import { statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSyncPolicy } from '../electron/core/attachments/sync-policy.ts';
import { hasBlob } from '../electron/core/attachments/blob-store.ts';
import { findStoreKeys, storeRoot } from '../electron/core/attachments/store-key.ts';
import { sealToFile } from '../electron/core/sync/bundle/seal-file.ts';
import type { Register } from '../electron/core/register.ts';
import { addSyntheticScans, applyAt, bundleTo, identityOf, type SyntheticFile } from './attachments-pair.ts';
import { measure, notMeasured, type Measure } from './measure.ts';
import { median } from './stats.ts';
import { openBench } from './open.ts';
import { measureImportRss } from './rss-measure.ts';
import type { ScaleName } from './scales.ts';
import type { Workspace } from './workspace.ts';

/** The office's store and the mean stored size per scale: "10,000 attachments (about 3 GB)" at full scale. */
export const ATTACHMENT_SCALE: Record<ScaleName, { files: number; meanBytes: number }> = {
  small: { files: 300, meanBytes: 100 * 1024 },
  medium: { files: 1_000, meanBytes: 200 * 1024 },
  full: { files: 10_000, meanBytes: 300 * 1024 },
};

/** A day's new scans at one office (the figure). */
export const DAY_SCANS = 50;
const MIB = 1024 * 1024;
/** Days of new scans exported (the median counts). */
const DAYS = 3;
/** The first full sync is drained within this many bundles, or the row says why not. */
const MAX_ROUNDS = 40;

export interface AttachmentsResult {
  files: number;
  storeBytes: number;
  budgetBytes: number;
  /** First full sync: bundles it took, the most file bytes one carried, files still missing at Dinsos after it. */
  firstBundles: number;
  largestFilesBytes: number;
  missingAtDinsos: number;
  /** The day's bundle: export time, its size, and the baseline (read the same plaintext + zstd + age). */
  dayBytes: number;
  /** The day's bundle file (records, files, headers). */
  dayBundleBytes: number;
  exportMs: number;
  rawMs: number;
  importMs: number;
  importMaxRss: number;
  /** The child's RSS before the import (the opened register). */
  importRssBefore: number;
}

/** Files the office sent in bundle `sequence` to `peer` (recorded by the export), summed. */
const sentBytes = (office: Register, peer: string, sequence: number): number =>
  Number(
    office.deps.sqlite
      .prepare(
        `select coalesce(sum(size), 0) from (select distinct s.content_hash, a.size from attachment_sent s
           join attachments a on a.content_hash = s.content_hash
          where s.peer_office_id = ? and s.bundle_sequence = ?)`,
      )
      .pluck()
      .get(peer, sequence),
  );

/** The raw baseline: read the plaintext files from disk and push them through zstd + age to one recipient. */
async function rawSeal(files: readonly SyntheticFile[], boxPublicKey: string, out: string): Promise<number> {
  async function* plain(): AsyncGenerator<Uint8Array> {
    for (const f of files) yield await readFile(f.plainPath);
  }
  const t0 = performance.now();
  await sealToFile(out, plain(), [boxPublicKey]);
  const ms = performance.now() - t0;
  await rm(out, { force: true });
  return ms;
}

/** Of the office's files, how many Dinsos does not hold (its row missing, or the file still to come). */
async function missingAt(
  dinsos: Register,
  officeId: string,
  store: readonly SyntheticFile[],
): Promise<number> {
  const keys = await findStoreKeys(dinsos.deps.db);
  const root = storeRoot(dinsos.deps.paths.dir);
  const rows = new Set(
    dinsos.deps.sqlite
      .prepare(
        `select content_hash from attachments
          where origin_office_id = ? and deleted = 0 and removed_at is null`,
      )
      .pluck()
      .all(officeId) as string[],
  );
  return store.filter((f) => !rows.has(f.hash) || !keys || !hasBlob(root, keys, f.hash)).length;
}

/**
 * Copies of one dataset office and the (empty) Dinsos: Dinsos imports the office's first bundle and sets a
 * budget of a quarter of the store (so the first full sync needs several bundles); the office adds its store of
 * synthetic scans and drains it to Dinsos bundle by bundle (each acknowledged), then adds a day's 50 scans and
 * exports the bundle that carries them (timed beside the raw baseline); a child process imports it (peak RSS).
 */
export async function measureAttachments(
  ws: Workspace,
  officeDir: string,
  dinsosDir: string,
  officeBundle: string,
  scale: ScaleName,
): Promise<AttachmentsResult> {
  const { files: count, meanBytes } = ATTACHMENT_SCALE[scale];
  const officePath = ws.copy(officeDir, 'att-office');
  const dinsosPath = ws.copy(dinsosDir, 'att-dinsos');
  const out = ws.sub('att-out');
  const office = await openBench(officePath);
  let dinsos: Register | null = await openBench(dinsosPath);
  try {
    const me = await identityOf(office);
    const dinsosId = (await identityOf(dinsos)).officeId;
    const dinsosBox = (await identityOf(dinsos)).keys.box.publicKey;
    await applyAt(dinsos, officeBundle);
    const store = await addSyntheticScans(office, count, meanBytes, join(out, 'plain'), 0);
    const storeBytes = store.reduce((n, f) => n + f.size, 0);
    // A quarter of the store (several bundles), never less than twice a day's scans (they go in one bundle).
    const budgetBytes = Math.ceil(Math.max(MIB, storeBytes / 4, DAY_SCANS * 2 * meanBytes) / MIB) * MIB;
    await writeSyncPolicy(
      dinsos.deps.db,
      { id: dinsosId, type: 'dinsos' },
      { bundleBudgetBytes: budgetBytes, metadataOnlyKinds: [] },
      dinsos.deps.now(),
    );
    let round = 0;
    const ack = async (): Promise<void> => {
      const back = await bundleTo(dinsos as Register, me.officeId, join(out, `ack-${round}`));
      if (back) await applyAt(office, back);
    };
    await ack(); // the policy and the acknowledgement of the office's first bundle
    let firstBundles = 0;
    let largestFilesBytes = 0;
    for (round = 1; round <= MAX_ROUNDS; round++) {
      const b = await bundleTo(office, dinsosId, join(out, `first-${round}`));
      if (!b) break;
      const seq = Number(
        office.deps.sqlite
          .prepare('select max(sequence) from bundles_out where peer_office_id = ?')
          .pluck()
          .get(dinsosId),
      );
      largestFilesBytes = Math.max(largestFilesBytes, sentBytes(office, dinsosId, seq));
      firstBundles += 1;
      await applyAt(dinsos, b);
      await ack();
    }
    const missingAtDinsos = await missingAt(dinsos, me.officeId, store);

    // Three days, each export timed between two raw baselines; the first two are applied and acknowledged, the
    // last one's import is measured in a child process. Medians, since the machine is shared.
    const exports: number[] = [];
    const raws: number[] = [];
    let dayBundle: string | null = null;
    let dayBytes = 0;
    for (let d = 1; d <= DAYS; d++) {
      const first = count + (d - 1) * DAY_SCANS;
      const day = await addSyntheticScans(office, DAY_SCANS, meanBytes, join(out, `plain-${d}`), first);
      dayBytes = day.reduce((n, f) => n + f.size, 0);
      const rawBefore = await rawSeal(day, dinsosBox, join(out, 'raw-1.age'));
      const t0 = performance.now();
      dayBundle = await bundleTo(office, dinsosId, join(out, `day-${d}`));
      exports.push(performance.now() - t0);
      raws.push((rawBefore + (await rawSeal(day, dinsosBox, join(out, 'raw-2.age')))) / 2);
      if (!dayBundle) throw new Error("no bundle for the day's scans");
      if (d === DAYS) break;
      round += 1;
      await applyAt(dinsos, dayBundle);
      await ack();
    }
    if (!dayBundle) throw new Error("no bundle for the day's scans");
    await dinsos.close();
    dinsos = null;
    const rss = await measureImportRss(dinsosPath, dayBundle);
    return {
      files: count,
      storeBytes,
      budgetBytes,
      firstBundles,
      largestFilesBytes,
      missingAtDinsos,
      dayBytes,
      dayBundleBytes: statSync(dayBundle).size,
      exportMs: median(exports),
      rawMs: median(raws),
      importMs: rss.ms,
      importMaxRss: rss.maxRss,
      importRssBefore: rss.rssBefore,
    };
  } finally {
    await office.close();
    if (dinsos) await dinsos.close();
  }
}

const mb = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MB`;

/** Three rows: the day's export against the raw baseline, its import's peak RSS, the first full sync complete. */
export function attachmentsMeasures(r: AttachmentsResult | { error: string }, scale: ScaleName): Measure[] {
  const { files } = ATTACHMENT_SCALE[scale];
  const exportLabel = `export of the bundle carrying a day's ${DAY_SCANS} new scans (office with ${files} attachments)`;
  const rssLabel = `peak RSS importing that bundle at Dinsos`;
  const firstLabel = `first full sync of ${files} attachments within the bundle budget: files missing at Dinsos`;
  const exportTarget = { on: 'ratio', op: '>=', value: 0.5 } as const;
  const rssTarget = { on: 'figure', op: '<', value: 300 * MIB, unit: 'bytes' } as const;
  const firstTarget = { on: 'figure', op: '<=', value: 0, unit: 'count' } as const;
  if ('error' in r) {
    return [
      notMeasured('attachments-export', exportLabel, r.error, exportTarget),
      notMeasured('attachments-import-rss', rssLabel, r.error, rssTarget),
      notMeasured('attachments-first-sync', firstLabel, r.error, firstTarget),
    ];
  }
  const overBudget = r.largestFilesBytes > r.budgetBytes;
  return [
    measure({
      id: 'attachments-export',
      label: exportLabel,
      figure: { value: r.exportMs, unit: 'ms' },
      baseline: { value: r.rawMs, unit: 'ms' },
      baselineLabel: 'the same bytes read from disk + zstd + age, same run (medians of 3 days)',
      ratioOf: 'baseline/figure',
      target: exportTarget,
      note: `${mb(r.dayBytes)} of scans, bundle file ${mb(r.dayBundleBytes)}; store ${mb(r.storeBytes)}; ratio = raw time / export time`,
    }),
    measure({
      id: 'attachments-import-rss',
      label: rssLabel,
      figure: { value: r.importMaxRss, unit: 'bytes' },
      baseline: { value: r.dayBytes, unit: 'bytes' },
      baselineLabel: 'the scans it carries',
      target: rssTarget,
      note: `child process maxRSS; ${mb(r.importRssBefore)} before import; import ${(r.importMs / 1000).toFixed(1)} s`,
    }),
    measure({
      id: 'attachments-first-sync',
      label: firstLabel,
      figure: { value: r.missingAtDinsos + (overBudget ? 1 : 0), unit: 'count' },
      target: firstTarget,
      note:
        `${r.firstBundles} bundles under a ${mb(r.budgetBytes)} budget for ${mb(r.storeBytes)}; the most one carried ` +
        `${mb(r.largestFilesBytes)}${overBudget ? ' (OVER the budget, counted as 1)' : ''}`,
    }),
  ];
}
