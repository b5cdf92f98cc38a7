// Runs @doyensec/electronegativity (the Electron security linter) over a folder and returns its findings, offline.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Finding {
  id: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: 'CERTAIN' | 'FIRM' | 'TENTATIVE';
  file: string;
  line: number;
  manualReview: boolean;
  description: string;
}

export interface Audit {
  findings: Finding[];
  /** Files it could not parse (and so did not check). */
  errors: { file: string; message: string }[];
}

interface RawIssue {
  id: string;
  severity: { name: Finding['severity'] };
  confidence: { name: Finding['confidence'] };
  file: string;
  location: { line: number };
  manualReview: boolean;
  description: string;
}
interface RawResult {
  issues: RawIssue[];
  errors: { file: string; message: string }[];
}
type Run = (options: Record<string, unknown>) => Promise<RawResult>;

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The Electron version the app ships (electronegativity's checks depend on its defaults). */
export const electronVersion = (): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
    .version;

/**
 * Loads electronegativity with its HTTP client replaced by one that fails at once: at every run it asks a web
 * server for fresh translations of its messages (and waits seconds for DNS where there is no network). The audit
 * needs no network; its English messages ship in the package.
 */
function load(): Run {
  const main = require.resolve('@doyensec/electronegativity');
  const gotPath = require.resolve('got', { paths: [dirname(main)] });
  const offline = (): Promise<never> =>
    Promise.reject(new Error('offline: the audit does not use the network'));
  const stub = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  require.cache[gotPath] = stub;
  return require(main) as Run;
}

/**
 * Audits `input`. The one check that needs the network (AvailableSecurityFixesGlobalCheck: Electron's release list)
 * is left out, so the audit runs the same offline; docs/security.md says how the Electron version is kept current.
 */
export async function audit(input: string): Promise<Audit> {
  const run = load();
  const log = console.log;
  console.log = () => undefined; // it prints a line when it cannot fetch fresh translations (offline)
  try {
    const result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    return {
      findings: result.issues.map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file,
        line: i.location.line,
        manualReview: i.manualReview,
        description: i.description,
      })),
      errors: result.errors.map((e) => ({ file: e.file, message: e.message })),
    };
  } finally {
    console.log = log;
  }
}

/**
 * The app's Electron-facing code in one folder, as the app is: main process, preload, renderer (with its
 * index.html and CSP). The global checks (CSP, navigation limits, permission handler) look at all of it at once.
 */
export async function auditApp(): Promise<Audit> {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const part of ['electron/main', 'electron/preload', 'renderer']) {
      cpSync(join(root, part), join(dir, part), { recursive: true });
    }
    return await audit(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
