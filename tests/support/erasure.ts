// Test helpers for erasure: a resident with NIK, name and address in every place, and a scan of a register's bytes.
import { existsSync, statSync } from 'node:fs';
import type { Register } from '../../electron/core/register.ts';
import { normalizeName } from '../../shared/text/normalize-name.ts';
import { caseIn } from './cases.ts';
import { asRole, DESA_A, makeNik, makeNoKk, newPerson } from './persons.ts';
import { openRegisterFile } from './raw-db.ts';
import { unwrap, type TestOffice } from './register.ts';

export interface Resident {
  personId: string;
  householdId: string;
  caseId: string;
  /** The strings that identify them: NIK, No KK, name (as typed and normalised), address. */
  secrets: string[];
}

const NAMES = [
  'Sutiyem Rahasiawati',
  'Mbok Darsinah Wiryopranoto',
  'Kasminah Tjokrodiharjo',
  'Ponirah Sastrowardoyo',
];

/** A resident living alone, with a closed case whose story names them; `n` makes the values unique. */
export async function residentWithCase(office: TestOffice, n: number, named?: string): Promise<Resident> {
  const petugas = await asRole(office, 'petugas');
  const call = office.register.call;
  const address = `Jl. Kenanga Rahasia Gang ${n} No. 7${n}`;
  const noKk = makeNoKk(9000 + n);
  const hh = unwrap(await call(petugas, 'households.create', { noKk, desaCode: DESA_A, address }));
  const name = named ?? NAMES[n % NAMES.length] ?? 'Warga Rahasia';
  const birthDate = `19${50 + n}-04-12`;
  const nik = makeNik(birthDate, 'P', 7000 + n);
  const p = unwrap(
    await call(petugas, 'persons.create', newPerson({ name, nik, sex: 'P', birthDate, householdId: hh.id })),
  );
  const c = await caseIn(office, 'SELESAI_DI_FO', p.id, {
    description: `Ibu ${name} di ${address} meminta bantuan.`,
  });
  return {
    personId: p.id,
    householdId: hh.id,
    caseId: c.id,
    secrets: [nik, noKk, name, normalizeName(name), address],
  };
}

/**
 * Every page of the register file as SQLite sees it through the key (the main file plus any WAL frames),
 * decrypted: serialize() copies each page whole, free space and freelist pages included, so a deleted value
 * still lying in a page is found. The WAL's own size is returned too (0 or absent after a checkpoint).
 */
export function decryptedPages(register: Register): { pages: Buffer; walBytes: number } {
  const file = register.deps.paths.db;
  const wal = `${file}-wal`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  const reader = openRegisterFile(file, { readonly: true });
  try {
    return { pages: reader.serialize(), walBytes };
  } finally {
    reader.close();
  }
}

/** The secrets found in `bytes` (UTF-8, as SQLite stores text here). */
export const secretsIn = (bytes: Buffer, secrets: readonly string[]): string[] =>
  secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));

/** The NIK as a clerk may type it in a note: groups of four digits. */
export const spacedNik = (nik: string): string => nik.replace(/(\d{4})(?=\d)/g, '$1 ');
