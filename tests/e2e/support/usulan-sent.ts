// A kecamatan's DTSEN proposals brought to "dikirim ke Dinsos" through the contract (the screens for it run in usulan*.spec.ts).
import { hostCallOk } from './api.ts';
import { dtsenRequest, nik, PETUGAS } from './register-data.ts';
import { sessionOf } from './sync-offices.ts';
import type { RunningHost } from './web-host.ts';

export const USULAN_DESA = '33.01.08.2001';

/** A resident proposed as `usul baru`: who, their NIK and No KK, and the ids the spec needs. */
export interface SentProposal {
  name: string;
  nik: string;
  noKk: string;
  personId: string;
  householdId: string;
  usulanId: string;
}

interface Resident {
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  serial: number;
  noKk: string;
  /** A complaint "tidak terdaftar DTSEN" the proposal comes from. */
  fromComplaint: boolean;
  evidence: ('kk' | 'ktp_el' | 'foto_rumah')[];
}

/**
 * Each resident registered with a household of their own, proposed as usul baru (from a complaint when asked),
 * approved by one musdes held `musdesDay` at the desa and sent to Dinsos, as the kecamatan's petugas.
 */
export async function sentProposals(
  host: RunningHost,
  residents: readonly Resident[],
  musdesDay: string,
): Promise<SentProposal[]> {
  const session = await sessionOf(host, PETUGAS);
  const sent: SentProposal[] = [];
  for (const r of residents) {
    const personNik = nik(r.sex, r.birthDate, r.serial);
    const person = await hostCallOk(
      host,
      'persons.create',
      {
        person: { nik: personNik, name: r.name, sex: r.sex, birthDate: r.birthDate, desaCode: USULAN_DESA },
        newHousehold: { noKk: r.noKk, desaCode: USULAN_DESA, address: `Dusun Kidul RT ${r.serial}` },
      },
      session,
    );
    if (!person.householdId) throw new Error(`${r.name}: no household`);
    const complaint = r.fromComplaint
      ? await dtsenRequest(host, person.id, 'Warga meminta didaftarkan ke DTSEN.', session)
      : null;
    const u = await hostCallOk(
      host,
      'usulan.create',
      {
        householdId: person.householdId,
        caseId: complaint?.id ?? null,
        personIds: [person.id],
        kind: 'usul_baru',
        reason: 'Keluarga miskin belum terdaftar di DTSEN.',
        evidence: r.evidence,
      },
      session,
    );
    await hostCallOk(host, 'usulan.transition', { id: u.id, step: 'siap_musdes' }, session);
    await hostCallOk(
      host,
      'usulan.transition',
      {
        id: u.id,
        step: 'disetujui_musdes',
        session: {
          date: musdesDay,
          place: 'Balai Desa Tritih Wetan',
          chair: 'Kepala Desa',
          participants: 24,
        },
      },
      session,
    );
    await hostCallOk(host, 'usulan.transition', { id: u.id, step: 'dikirim' }, session);
    sent.push({
      name: r.name,
      nik: personNik,
      noKk: r.noKk,
      personId: person.id,
      householdId: person.householdId,
      usulanId: u.id,
    });
  }
  await hostCallOk(host, 'auth.signOut', {}, session);
  return sent;
}
