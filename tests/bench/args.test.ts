// `npm run bench` flags: the scale picks the dataset size; bad flags are refused with a clear Indonesian message.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, UsageError } from '../../bench/args.ts';

describe('parseBenchArgs', () => {
  it('defaults to the small scale and takes --scale, --seed and the cache directory from the environment', () => {
    const a = parseBenchArgs([], { PUSKESOS_BENCH_CACHE: '/tmp/cache-x' });
    expect(a.scale.name).toBe('small');
    expect(a.cacheDir).toBe('/tmp/cache-x');
    const f = parseBenchArgs(['--scale', 'full', '--seed', 's2', '--fresh'], {});
    expect(f.scale).toMatchObject({ name: 'full', offices: 24, persons: 40_000 });
    expect(f.seed).toBe('s2');
    expect(f.fresh).toBe(true);
    expect(f.datasetOnly).toBe(false);
    expect(parseBenchArgs(['--dataset-only'], {}).datasetOnly).toBe(true);
  });

  it('refuses an unknown scale, a bad seed and unknown flags', () => {
    expect(() => parseBenchArgs(['--scale', 'huge'], {})).toThrow(/--scale harus small, medium atau full/);
    expect(() => parseBenchArgs(['--seed', '../x'], {})).toThrow(UsageError);
    expect(() => parseBenchArgs(['--fast'], {})).toThrow(/Argumen tidak valid/);
  });
});
