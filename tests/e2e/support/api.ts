// Direct contract calls for e2e set-up (office, users) from the test process, and from the page's own session.
import type { Page } from '@playwright/test';
import type { Input, Method, Output } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/api/result.ts';
import type { ImportRunResult, StagedBundle } from '../../../shared/types/sync.ts';
import type { RunningHost } from './web-host.ts';

/** Calls the web host as a separate client (its own session, not the page's). */
export async function hostCall<M extends Method>(
  host: RunningHost,
  method: M,
  input: Input<M>,
  sessionId: string | null = null,
): Promise<Result<Output<M>>> {
  const res = await fetch(`${host.origin}/api/call`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-puskesos-token': host.token,
      ...(sessionId ? { 'x-puskesos-session': sessionId } : {}),
    },
    body: JSON.stringify({ method, input }),
  });
  return (await res.json()) as Result<Output<M>>;
}

export async function hostCallOk<M extends Method>(
  host: RunningHost,
  method: M,
  input: Input<M>,
  sessionId: string | null = null,
): Promise<Output<M>> {
  const r = await hostCall(host, method, input, sessionId);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export interface StaffUser {
  username: string;
  fullName: string;
  password: string;
  role: 'admin' | 'petugas' | 'koordinator' | 'tksk' | 'pengamat';
}

/** What `setup.complete` needs of an office besides its admin. */
export type OfficeSetup = Omit<Input<'setup.complete'>, 'admin' | 'recoverOfficeId'>;

/** Kecamatan Jeruklegi (Cilacap), the office most specs set up. */
export const JERUKLEGI: OfficeSetup = {
  officeType: 'kecamatan',
  regionCode: '33.01.08',
  name: 'Kecamatan Jeruklegi',
  address: 'Jl. Raya Jeruklegi No. 1, Jeruklegi, Cilacap',
};

/** Sets up an office (by default Kecamatan Jeruklegi) and its users without the wizard (the foundation spec covers it). */
export async function setUpOffice(
  host: RunningHost,
  admin: StaffUser,
  staff: StaffUser[],
  office: OfficeSetup = JERUKLEGI,
): Promise<void> {
  await hostCallOk(host, 'setup.complete', {
    ...office,
    admin: { username: admin.username, fullName: admin.fullName, password: admin.password },
  });
  const session = await hostCallOk(host, 'auth.signIn', {
    username: admin.username,
    password: admin.password,
  });
  for (const u of staff) {
    await hostCallOk(
      host,
      'users.create',
      { username: u.username, fullName: u.fullName, role: u.role, password: u.password },
      session.sessionId,
    );
  }
  await hostCallOk(host, 'auth.signOut', {}, session.sessionId);
}

/** Calls the contract from inside the page with the signed-in user's own session, as a tampering user would. */
export async function pageCall<M extends Method>(
  page: Page,
  host: RunningHost,
  method: M,
  input: Input<M>,
): Promise<Result<Output<M>>> {
  return page.evaluate(
    async ({ token, method, input }) => {
      const res = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-puskesos-token': token,
          'x-puskesos-session': sessionStorage.getItem('puskesos.sessionId') ?? '',
        },
        body: JSON.stringify({ method, input }),
      });
      return (await res.json()) as Result<Output<M>>;
    },
    { token: host.token, method, input },
  );
}

/**
 * Carries a bundle into a host the way the Terima panel does: streamed to POST /api/upload, then imported by name
 * with the sync.importRun operation (followed by long polling). Returns what the run did with it.
 */
/** An outbox bundle streamed from the web host's GET /api/download, as the Sinkronisasi screen's Unduh gets it. */
export async function hostDownload(host: RunningHost, fileName: string, sessionId: string): Promise<Buffer> {
  const res = await fetch(`${host.origin}/api/download?name=${encodeURIComponent(fileName)}`, {
    headers: { 'x-puskesos-token': host.token, 'x-puskesos-session': sessionId },
  });
  if (!res.ok) throw new Error(`download ${fileName}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

export async function hostUploadAndImport(
  host: RunningHost,
  fileName: string,
  bytes: Buffer,
  sessionId: string,
): Promise<ImportRunResult> {
  const res = await fetch(`${host.origin}/api/upload?name=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/octet-stream',
      'x-puskesos-token': host.token,
      'x-puskesos-session': sessionId,
    },
    body: new Uint8Array(bytes),
  });
  const staged = (await res.json()) as Result<StagedBundle>;
  if (!staged.ok) throw new Error(`upload ${fileName}: ${staged.error.message}`);
  const { id } = await hostCallOk(
    host,
    'operations.start',
    { name: 'sync.importRun', input: { files: [staged.value.fileName] } },
    sessionId,
  );
  for (let after = 0; ;) {
    const view = await hostCallOk(host, 'operations.poll', { id, after, waitMs: 5_000 }, sessionId);
    after = view.cursor;
    const final = view.events.find((e) => e.kind === 'final');
    if (final?.kind === 'final') {
      if (final.state === 'failed') throw new Error(`import ${fileName}: ${final.error.message}`);
      if (!('files' in final.result)) throw new Error('not an inbox run');
      return final.result;
    }
  }
}
