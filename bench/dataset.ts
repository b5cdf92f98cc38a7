// Builds (or reuses from the cache) the benchmark's offices: one Dinsos and N kecamatan registers made by
// `puskesos demo-data`, enrolled the way a real network is (enroll request/accept, network export/import),
// plus each office's first bundle to Dinsos. Cached under <cache-dir>/<scale>-<seed>-<code hash>/.
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { regionIndex } from '../electron/core/regions/regions.ts';
import { cliChild, cliHere, pool, ROOT } from './cli.ts';
import { DATA_NOW, KABUPATEN, kecamatanCode, MAX_OFFICES, type Scale } from './scales.ts';

export const ADMIN = { username: 'admin', password: 'bench-admin-rahasia-1' } as const;

export interface OfficeData {
  name: string;
  regionCode: string;
  /** Data directory (absolute). */
  dir: string;
  /** Its first bundle to Dinsos (absolute). */
  bundle: string;
  bundleBytes: number;
  persons: number;
}

export interface Dataset {
  key: string;
  root: string;
  /** Dinsos with every office enrolled and an empty register (copied before each use). */
  dinsos: string;
  offices: OfficeData[];
  /** The extra office whose register the PouchDB comparison moves. */
  peer: OfficeData;
  /** Seconds the build took (0 when reused from the cache). */
  builtInSeconds: number;
  reused: boolean;
}

interface Manifest {
  key: string;
  dinsos: string;
  offices: OfficeData[];
  peer: OfficeData;
  builtInSeconds: number;
}

/** Sources whose change makes cached registers or bundles stale: generator, schema, writer and bundle format. */
const KEY_SOURCES = [
  'electron/core/demo',
  'electron/core/db/migrations',
  'electron/core/sync/bundle',
  'electron/core/sync/export.ts',
  'electron/core/sync/writer.ts',
  'bench/dataset.ts',
  'bench/scales.ts',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => filesUnder(join(path, f)));
}

export function cacheKey(scale: Scale, seed: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(scale));
  for (const f of KEY_SOURCES.flatMap((s) => filesUnder(join(ROOT, s)))) {
    h.update(relative(ROOT, f));
    h.update(readFileSync(f, 'utf8'));
  }
  return `${scale.name}-${seed}-${h.digest('hex').slice(0, 12)}`;
}

const log = (msg: string): void => {
  process.stderr.write(`[bench] ${msg}\n`);
};

async function kecamatanNames(n: number): Promise<{ code: string; name: string }[]> {
  const idx = await regionIndex();
  return Array.from({ length: n }, (_, i) => {
    const code = kecamatanCode(i);
    return { code, name: `Puskesos Kecamatan ${idx.byCode.get(code)?.name ?? code}` };
  });
}

const initOffice = (dir: string, type: string, region: string, name: string, pw: string) =>
  cliHere(
    'init',
    ...['--data-dir', dir, '--office-type', type, '--region', region, '--name', name],
    ...['--admin', ADMIN.username, '--admin-password-file', pw],
  );

/** Enrolls each office with Dinsos and gives each Dinsos's network file, through the same CLI a clerk uses. */
async function enrollAll(root: string, dinsos: string, dirs: readonly string[]): Promise<void> {
  const files = join(root, 'trust');
  mkdirSync(files, { recursive: true });
  for (const [i, dir] of dirs.entries()) {
    const req = join(files, `request-${i}.json`);
    await cliHere('enroll', 'request', '--data-dir', dir, '--out', req);
    await cliHere('enroll', 'accept', '--data-dir', dinsos, req);
  }
  const net = join(files, 'network.json');
  await cliHere('network', 'export', '--data-dir', dinsos, '--out', net);
  for (const dir of dirs) await cliHere('network', 'import', '--data-dir', dir, net);
}

/**
 * demo-data, then the office's first bundle to Dinsos, in a child process per step. The kecamatan seed duplicates
 * (`--ganda`: residents registered again at the next kecamatan, the truth in seeded-pairs.ts); the peer does not.
 */
async function fillOffice(
  root: string,
  o: OfficeData,
  seed: string,
  months: number,
  seeded: boolean,
): Promise<OfficeData> {
  const started = performance.now();
  await cliChild(
    'demo-data',
    ...['--data-dir', o.dir, '--persons', String(o.persons), '--months', String(months)],
    ...['--seed', seed, '--now', DATA_NOW, ...(seeded ? ['--ganda'] : [])],
  );
  const out = join(root, 'export-tmp', relative(root, o.dir));
  mkdirSync(out, { recursive: true });
  await cliChild('bundle', 'export', '--data-dir', o.dir, '--out-dir', out);
  const [file] = readdirSync(out).filter((f) => f.endsWith('.pksb'));
  if (!file) throw new Error(`no bundle exported from ${o.dir}`);
  renameSync(join(out, file), o.bundle);
  const bundleBytes = statSync(o.bundle).size;
  log(
    `${o.name}: ${o.persons} warga, paket ${(bundleBytes / 1048576).toFixed(1)} MiB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { ...o, bundleBytes };
}

async function build(
  root: string,
  scale: Scale,
  seed: string,
): Promise<Omit<Manifest, 'key' | 'builtInSeconds'>> {
  if (scale.offices > MAX_OFFICES) throw new Error(`at most ${MAX_OFFICES} kecamatan in ${KABUPATEN}`);
  mkdirSync(join(root, 'bundles'), { recursive: true });
  const pw = join(root, 'pw.txt');
  writeFileSync(pw, `${ADMIN.password}\n`, { mode: 0o600 });
  const dinsos = join(root, 'dinsos');
  await initOffice(dinsos, 'dinsos', KABUPATEN, 'Dinas Sosial Kabupaten Cilacap (benchmark)', pw);
  const names = await kecamatanNames(scale.offices);
  const offices: OfficeData[] = names.map((n, i) => ({
    name: n.name,
    regionCode: n.code,
    dir: join(root, `kec-${String(i + 1).padStart(2, '0')}`),
    bundle: join(root, 'bundles', `kec-${String(i + 1).padStart(2, '0')}.pksb`),
    bundleBytes: 0,
    persons: scale.persons,
  }));
  const peer: OfficeData = {
    name: 'Kantor pembanding PouchDB',
    regionCode: kecamatanCode(0),
    dir: join(root, 'peer'),
    bundle: join(root, 'bundles', 'peer.pksb'),
    bundleBytes: 0,
    persons: scale.peerPersons,
  };
  for (const o of [...offices, peer]) await initOffice(o.dir, 'kecamatan', o.regionCode, o.name, pw);
  await enrollAll(
    root,
    dinsos,
    [...offices, peer].map((o) => o.dir),
  );
  log(`${offices.length + 1} kantor terdaftar di Dinsos; membuat data contoh…`);
  const parallel = Math.max(1, Math.min(2, cpus().length));
  const filled = await pool(
    parallel,
    [...offices, peer].map((o) => () => fillOffice(root, o, seed, scale.months, o !== peer)),
  );
  rmSync(join(root, 'export-tmp'), { recursive: true, force: true });
  const last = filled.pop();
  if (!last) throw new Error('no offices');
  return { dinsos, offices: filled, peer: last };
}

const rel = (root: string, o: OfficeData): OfficeData => ({
  ...o,
  dir: relative(root, o.dir),
  bundle: relative(root, o.bundle),
});
const abs = (root: string, o: OfficeData): OfficeData => ({
  ...o,
  dir: join(root, o.dir),
  bundle: join(root, o.bundle),
});

/** The cached dataset for this scale and seed, built first when missing, stale or `fresh` is asked for. */
export async function dataset(
  cacheDir: string,
  scale: Scale,
  seed: string,
  fresh: boolean,
): Promise<Dataset> {
  const key = cacheKey(scale, seed);
  const root = join(cacheDir, key);
  const manifestFile = join(root, 'dataset.json');
  if (fresh) rmSync(root, { recursive: true, force: true });
  if (!existsSync(manifestFile)) {
    mkdirSync(cacheDir, { recursive: true });
    const building = `${root}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    log(`membangun data ${key} di ${building}`);
    const started = performance.now();
    const made = await build(building, scale, seed);
    const builtInSeconds = (performance.now() - started) / 1000;
    const manifest = {
      key,
      dinsos: relative(building, made.dinsos),
      offices: made.offices.map((o) => rel(building, o)),
      peer: rel(building, made.peer),
      builtInSeconds,
    };
    writeFileSync(join(building, 'dataset.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(root, { recursive: true, force: true });
    renameSync(building, root);
    return { ...fromManifest(root, manifest), reused: false };
  }
  log(`memakai data tersimpan ${root}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  return { ...fromManifest(root, manifest), reused: true };
}

function fromManifest(root: string, m: Manifest): Omit<Dataset, 'reused'> {
  return {
    key: m.key,
    root,
    dinsos: join(root, m.dinsos),
    offices: m.offices.map((o) => abs(root, o)),
    peer: abs(root, m.peer),
    builtInSeconds: m.builtInSeconds,
  };
}
