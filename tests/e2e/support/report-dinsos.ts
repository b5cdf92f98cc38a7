// Dinsos for the report e2e: its web host, the kecamatan enrolled through the contract, and bundles carried kecamatan → Dinsos.
import { hostCallOk, hostDownload, hostUploadAndImport, type StaffUser } from './api.ts';
import { enrollAtDinsos, sendNetworkFile } from './enrollment.ts';
import { setUpDinsos } from './sync-offices.ts';
import { REPORT_ADMIN } from './report-office.ts';
import { startWebHost, type RunningHost } from './web-host.ts';

export const DINSOS_ADMIN: StaffUser = {
  username: 'admin',
  fullName: 'Admin Dinsos',
  password: 'rahasia-admin-2',
  role: 'admin',
};

const signedIn = async (host: RunningHost, user: { username: string; password: string }) =>
  (await hostCallOk(host, 'auth.signIn', { username: user.username, password: user.password })).sessionId;

/** Dinas Sosial Kabupaten Cilacap on its own host, with the kecamatan enrolled and holding its network file. */
export async function startEnrolledDinsos(kecamatan: RunningHost): Promise<RunningHost> {
  const dinsos = await startWebHost();
  await setUpDinsos(dinsos, DINSOS_ADMIN, []);
  const din = { host: dinsos, admin: DINSOS_ADMIN };
  const kec = { host: kecamatan, admin: REPORT_ADMIN };
  await enrollAtDinsos(kec, din);
  await sendNetworkFile(din, [kec]);
  return dinsos;
}

/** Exports the kecamatan's bundles and imports them at Dinsos (the USB stick); returns how many were applied. */
export async function carryBundles(kecamatan: RunningHost, dinsos: RunningHost): Promise<number> {
  const kec = await signedIn(kecamatan, REPORT_ADMIN);
  const din = await signedIn(dinsos, DINSOS_ADMIN);
  const out = await hostCallOk(kecamatan, 'sync.exportNow', {}, kec);
  let applied = 0;
  for (const f of out.files) {
    const bytes = await hostDownload(kecamatan, f.fileName, kec);
    const run = await hostUploadAndImport(dinsos, f.fileName, bytes, din);
    applied += run.files.filter((r) => r.status === 'applied').length;
  }
  await hostCallOk(kecamatan, 'auth.signOut', {}, kec);
  await hostCallOk(dinsos, 'auth.signOut', {}, din);
  return applied;
}
