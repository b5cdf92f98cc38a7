// Trust between e2e offices through the contract: enrollment at Dinsos, a desa placed under its kecamatan, the network file carried out.
import { hostCallOk } from './api.ts';
import type { RunningHost } from './web-host.ts';

/** An office's host and the admin who acts for it. */
export interface OfficeAdmin {
  host: RunningHost;
  admin: { username: string; password: string };
}

const text = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');

/** Runs `act` with a fresh session of the office's admin, signed out afterwards. */
async function asAdmin<T>(office: OfficeAdmin, act: (session: string) => Promise<T>): Promise<T> {
  const { username, password } = office.admin;
  const { sessionId } = await hostCallOk(office.host, 'auth.signIn', { username, password });
  try {
    return await act(sessionId);
  } finally {
    await hostCallOk(office.host, 'auth.signOut', {}, sessionId);
  }
}

/** The office's enrollment request, accepted at Dinsos (the fingerprints compared by phone are the sync spec's); returns its office id. */
export async function enrollAtDinsos(office: OfficeAdmin, dinsos: OfficeAdmin): Promise<string> {
  const request = await asAdmin(office, (s) => hostCallOk(office.host, 'trust.enrollmentRequest', {}, s));
  const accepted = await asAdmin(dinsos, (s) =>
    hostCallOk(dinsos.host, 'trust.acceptEnrollment', { content: text(request.file.base64) }, s),
  );
  return accepted.officeId;
}

/** Dinsos places a desa Puskesos under its kecamatan office through the contract (the screen: Sinkronisasi → Kantor → Susunan jaringan). */
export async function placeUnder(dinsos: OfficeAdmin, desaId: string, kecamatanId: string): Promise<void> {
  await asAdmin(dinsos, (s) =>
    hostCallOk(dinsos.host, 'trust.setUpstream', { officeId: desaId, upstreamId: kecamatanId }, s),
  );
}

/** Dinsos's current network file, imported at each office. */
export async function sendNetworkFile(dinsos: OfficeAdmin, offices: OfficeAdmin[]): Promise<void> {
  const network = await asAdmin(dinsos, (s) => hostCallOk(dinsos.host, 'trust.networkFile', {}, s));
  for (const office of offices)
    await asAdmin(office, (s) =>
      hostCallOk(office.host, 'trust.importNetwork', { content: text(network.file.base64) }, s),
    );
}
