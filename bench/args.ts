// Command-line flags of `npm run bench`: scale, seed, cache directory, fresh regeneration, keeping the work files.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isScaleName, SCALES, type Scale } from './scales.ts';

export interface BenchArgs {
  scale: Scale;
  seed: string;
  cacheDir: string;
  fresh: boolean;
  keep: boolean;
  /** Skip the Chromium app-start measure (e.g. no renderer build available). */
  noBrowser: boolean;
  /** Build (or check) the cached dataset and stop, measuring nothing. */
  datasetOnly: boolean;
}

export const USAGE =
  'npm run bench -- [--scale small|medium|full] [--seed S] [--cache-dir DIR] [--fresh] [--keep] [--no-browser] [--dataset-only]';

export class UsageError extends Error {}

export function parseBenchArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        scale: { type: 'string', default: 'small' },
        seed: { type: 'string', default: 'bench-1' },
        'cache-dir': { type: 'string' },
        fresh: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        'no-browser': { type: 'boolean', default: false },
        'dataset-only': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(`Argumen tidak valid: ${(err as Error).message}\n${USAGE}`);
  }
  const v = parsed.values;
  const scaleName = v.scale ?? 'small';
  if (!isScaleName(scaleName)) throw new UsageError(`--scale harus small, medium atau full.\n${USAGE}`);
  const seed = (v.seed ?? 'bench-1').trim();
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(seed)) {
    throw new UsageError('--seed hanya huruf, angka, titik, garis bawah dan tanda hubung (maks. 40).');
  }
  return {
    scale: SCALES[scaleName],
    seed,
    cacheDir: v['cache-dir'] ?? env.PUSKESOS_BENCH_CACHE ?? join(tmpdir(), 'puskesos-bench-cache'),
    fresh: v.fresh ?? false,
    keep: v.keep ?? false,
    noBrowser: v['no-browser'] ?? false,
    datasetOnly: v['dataset-only'] ?? false,
  };
}
