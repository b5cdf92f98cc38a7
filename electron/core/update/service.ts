// The update service: checks the Dinsos URL or a verified update folder through the driver, tracks progress and the user's agreement.
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import type {
  UpdateFolderAccepted,
  UpdatePhase,
  UpdateSource,
  UpdateStatus,
} from '../../../shared/types/updates.ts';
import type { OperationControl } from '../operations/control.ts';
import type { UpdateDriver } from './driver.ts';
import { startFeedServer, type FeedServer } from './feed-server.ts';
import { installOnQuit, shouldCheckUrl, type UrlCheckDecision } from './policy.ts';
import { UpdateRefused } from './refusal.ts';
import { dinsosSignKey, getLastUrlCheck, getUpdateSettings, putLastUrlCheck } from './update-settings.ts';
import { verifyUpdateFolder } from './update-folder.ts';

export interface UpdateServiceOptions {
  core: CoreDeps;
  driver: UpdateDriver;
  /** Where verified copies of an update folder are kept while electron-updater downloads them. */
  stagingRoot: string;
  platform?: string;
}

export interface UpdateService {
  /** `db`: the call's transaction when asked from inside one (the register has a single connection). */
  status(db?: DbOrTrx): Promise<UpdateStatus>;
  /** Verifies the folder, serves it on 127.0.0.1 and lets electron-updater check and download it. */
  /**
   * Verifies and stages the folder (progress per file, cancel between files with a control), then serves it to
   * the updater; past the verification cancel is refused.
   */
  checkFolder(dir: string, control?: OperationControl): Promise<UpdateFolderAccepted>;
  /** Checks the Dinsos URL now (the "Periksa sekarang" button); the daily rule is for `tick`. */
  checkUrl(): Promise<UpdateStatus>;
  /** The periodic check: at most daily, only online, never during data entry. */
  tick(facts: { online: boolean; idleSeconds: number }): Promise<UrlCheckDecision>;
  /** The user agrees (or no longer agrees) to install the downloaded version when the app quits. */
  agree(on: boolean): Promise<UpdateStatus>;
  close(): Promise<void>;
}

export function createUpdateService(o: UpdateServiceOptions): UpdateService {
  const { core, driver } = o;
  let phase: UpdatePhase = driver.unsupportedReason ? 'tidak_didukung' : 'siaga';
  let available: string | null = null;
  let source: UpdateSource | null = null;
  let sourceLabel: string | null = null;
  let progress: number | null = null;
  let message: string | null = null;
  let downloaded: string | null = null;
  let agreed: string | null = null;
  let feed: FeedServer | null = null;
  let busy = false;

  const applyInstallRule = (): void =>
    driver.setInstallOnQuit(installOnQuit({ downloadedVersion: downloaded, agreedVersion: agreed }));
  applyInstallRule();

  driver.onEvent((e) => {
    if (e.type === 'progress') {
      if (phase !== 'siap') phase = 'mengunduh';
      progress = Math.max(0, Math.min(100, Math.round(e.percent)));
    } else if (e.type === 'downloaded') {
      phase = 'siap';
      downloaded = e.version;
      available = e.version;
      progress = 100;
      message = `Versi ${e.version} sudah diunduh dan diperiksa. Setujui pemasangan saat aplikasi ditutup.`;
      applyInstallRule();
    } else {
      phase = 'gagal';
      progress = null;
      message = `Pembaruan gagal: ${e.message}`;
    }
  });

  const requireSupported = (): void => {
    if (driver.unsupportedReason) throw new UpdateRefused('UNSUPPORTED', driver.unsupportedReason);
  };

  async function runCheck(
    url: string,
    from: UpdateSource,
    label: string,
    differential: boolean,
  ): Promise<void> {
    phase = 'memeriksa';
    source = from;
    sourceLabel = label;
    progress = null;
    message = null;
    try {
      const found = await driver.check({ url, differential });
      if (found) {
        available = found;
        if (downloaded !== found) phase = 'mengunduh';
        else phase = 'siap';
      } else {
        phase = 'terbaru';
        message = `Tidak ada versi yang lebih baru dari ${core.appVersion}.`;
      }
    } catch (err) {
      phase = 'gagal';
      message = `Pemeriksaan pembaruan gagal: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (busy) throw new UpdateRefused('BUSY', 'Pemeriksaan pembaruan lain sedang berjalan. Tunggu sebentar.');
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  }

  const service: UpdateService = {
    async status(db = core.db) {
      const settings = await getUpdateSettings(db);
      const last = await getLastUrlCheck(db);
      return {
        currentVersion: core.appVersion,
        phase,
        unsupportedReason: driver.unsupportedReason,
        availableVersion: available,
        source,
        sourceLabel,
        progressPercent: progress,
        message,
        installOnQuit: installOnQuit({ downloadedVersion: downloaded, agreedVersion: agreed }),
        url: settings.url,
        lastUrlCheckAt: last === null ? null : new Date(last).toISOString(),
      };
    },

    checkFolder: (dir, control) =>
      exclusive(async () => {
        requireSupported();
        const verified = await verifyUpdateFolder({
          dir,
          dinsosSignPublicKey: await dinsosSignKey(core.db),
          currentVersion: core.appVersion,
          stagingRoot: o.stagingRoot,
          platform: o.platform,
          ...(control ? { control } : {}),
        });
        control?.pointOfNoReturn();
        await feed?.close();
        feed = await startFeedServer(verified.stagedDir, verified.files);
        // The folder is served whole: differential download would need range requests the feed does not serve.
        await runCheck(feed.url, 'folder', dir, false);
        const m = verified.manifest;
        return {
          version: m.version,
          files: m.files.length,
          signerName: m.signer.name,
          signerFingerprint: m.signer.fingerprint,
          status: await service.status(),
        };
      }),

    checkUrl: () =>
      exclusive(async () => {
        requireSupported();
        const { url } = await getUpdateSettings(core.db);
        if (!url) throw new UpdateRefused('NO_URL', 'Alamat pembaruan dari Dinas Sosial belum diisi.');
        await putLastUrlCheck(core.db, core.now());
        await runCheck(url, 'url', url, true);
        return service.status();
      }),

    async tick(facts) {
      if (driver.unsupportedReason || busy || phase === 'mengunduh' || phase === 'siap') {
        return { check: false, why: 'checked_today' };
      }
      const { url } = await getUpdateSettings(core.db);
      const decision = shouldCheckUrl({
        now: core.now(),
        url,
        lastCheckAt: await getLastUrlCheck(core.db),
        ...facts,
      });
      if (decision.check && url) await service.checkUrl();
      return decision;
    },

    async agree(on) {
      if (on && (phase !== 'siap' || downloaded === null)) {
        throw new UpdateRefused(
          'NOTHING_DOWNLOADED',
          'Belum ada pembaruan yang selesai diunduh untuk dipasang.',
        );
      }
      agreed = on ? downloaded : null;
      applyInstallRule();
      return service.status();
    },

    async close() {
      await feed?.close();
      feed = null;
    },
  };
  return service;
}

const services = new WeakMap<CoreDeps, UpdateService>();

/** The desktop app attaches its update service to the register it opened; the web host and CLI attach none. */
export const attachUpdateService = (core: CoreDeps, service: UpdateService): void => {
  services.set(core, service);
};
export const updateServiceOf = (core: CoreDeps): UpdateService | null => services.get(core) ?? null;
