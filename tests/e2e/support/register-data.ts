// Synthetic staff and residents for the register e2e: NIKs built from the Dukcapil rules, generic made-up names.
import type { RunningHost } from './web-host.ts';
import { hostCallOk, type StaffUser } from './api.ts';

/** The office's staff in the register e2e. */
export const ADMIN: StaffUser = {
  username: 'admin',
  fullName: 'Admin Kecamatan',
  password: 'rahasia-admin-1',
  role: 'admin',
};
export const PETUGAS: StaffUser = {
  username: 'petugas1',
  fullName: 'Rina Petugas',
  password: 'rahasia-petugas-1',
  role: 'petugas',
};
export const KOORD: StaffUser = {
  username: 'koord1',
  fullName: 'Bambang Koordinator',
  password: 'rahasia-koord-1',
  role: 'koordinator',
};
export const VIEWER: StaffUser = {
  username: 'pengamat1',
  fullName: 'Tono Pengamat',
  password: 'rahasia-pengamat-1',
  role: 'pengamat',
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A NIK issued in Kec. Jeruklegi (33.01.08): DD (+40 for women) MM YY and a serial. */
export function nik(sex: 'L' | 'P', birth: string, serial: number): string {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  return `330108${pad(sex === 'P' ? d + 40 : d)}${pad(m)}${pad(y % 100)}${pad(serial, 4)}`;
}

const PEOPLE: readonly [string, 'L' | 'P', string, string][] = [
  ['Budi Hartono', 'L', '1975-03-14', '33.01.08.2001'],
  ['Siti Aminah', 'P', '1982-11-02', '33.01.08.2002'],
  ['Agus Prasetyo', 'L', '1968-07-22', '33.01.08.2003'],
  ['Dewi Lestari', 'P', '1990-01-30', '33.01.08.2004'],
  ['Joko Susilo', 'L', '1955-09-09', '33.01.08.2005'],
  ['Wati Rahmawati', 'P', '1979-05-17', '33.01.08.2006'],
  ['Slamet Riyadi', 'L', '1948-12-25', '33.01.08.2001'],
  ['Yuliana Sari', 'P', '2001-04-04', '33.01.08.2003'],
  ['Heru Wibowo', 'L', '1986-08-19', '33.01.08.2002'],
  ['Nur Hidayah', 'P', '1993-02-11', '33.01.08.2005'],
];

/** Registers a few households and persons as a petugas, so lists and counts show realistic rows. */
export async function seedResidents(host: RunningHost, username: string, password: string): Promise<void> {
  const session = await hostCallOk(host, 'auth.signIn', { username, password });
  for (const [i, [name, sex, birth, desa]] of PEOPLE.entries()) {
    await hostCallOk(
      host,
      'persons.create',
      {
        person: { nik: nik(sex, birth, 100 + i), name, sex, birthDate: birth, desaCode: desa },
        newHousehold: {
          noKk: `33010820${pad(i + 1, 2)}180${pad(i, 3)}`,
          desaCode: desa,
          address: `Dusun Krajan No. ${i + 3}`,
        },
      },
      session.sessionId,
    );
  }
  await hostCallOk(host, 'auth.signOut', {}, session.sessionId);
}

/** A request "tidak terdaftar DTSEN" (Layanan, Data) about `beneficiaryId`, made in person, as `sessionId`. */
export const dtsenRequest = (
  host: RunningHost,
  beneficiaryId: string,
  description: string,
  sessionId: string,
) =>
  hostCallOk(
    host,
    'cases.create',
    {
      kind: 'LAYANAN',
      category: 'DATA',
      subCategory: 'DATA_TIDAK_TERDAFTAR',
      channel: 'DATANG_LANGSUNG',
      beneficiaryId,
      description,
    },
    sessionId,
  );
