// Dinsos for the report e2e: its web host, the kecamatan enrolled through the contract, and bundles carried kecamatan → Dinsos.
import { hostCallOk, hostDownload, hostUploadAndImport, type StaffUser } from './api.ts';
import { joinNetwork, sessionOf, setUpDinsos } from './sync-offices.ts';
import { REPORT_ADMIN } from './report-office.ts';
import { startWebHost, type RunningHost } from './web-host.ts';

export const DINSOS_ADMIN: StaffUser = {
  username: 'admin',
  fullName: 'Admin Dinsos',
  password: 'rahasia-admin-2',
  role: 'admin',
};

/** Dinas Sosial Kabupaten Cilacap on its own host (with `staff` beside its admin), the kecamatan enrolled and holding its network file. */
export async function startEnrolledDinsos(
  kecamatan: RunningHost,
  staff: StaffUser[] = [],
): Promise<RunningHost> {
  const dinsos = await startWebHost();
  await setUpDinsos(dinsos, DINSOS_ADMIN, staff);
  await joinNetwork(kecamatan, REPORT_ADMIN, dinsos, DINSOS_ADMIN);
  return dinsos;
}

/** Exports the kecamatan's bundles and imports them at Dinsos (the USB stick); returns how many were applied. */
export async function carryBundles(kecamatan: RunningHost, dinsos: RunningHost): Promise<number> {
  const kec = await sessionOf(kecamatan, REPORT_ADMIN);
  const din = await sessionOf(dinsos, DINSOS_ADMIN);
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
