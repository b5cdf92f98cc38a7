// Field rules shared by the UI forms and the core: usernames, passwords, names, region codes.
import { z } from './zod-locale.ts';
import { line, multiline } from './text.ts';

export const username = z
  .string()
  .trim()
  .min(3, 'Nama pengguna minimal 3 karakter.')
  .max(32, 'Nama pengguna maksimal 32 karakter.')
  .regex(/^[a-z0-9._-]+$/i, 'Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.');

export const password = line(
  z.string().min(8, 'Kata sandi minimal 8 karakter.').max(200, 'Kata sandi terlalu panjang.'),
);

export const personName = line(
  z.string().trim().min(2, 'Nama minimal 2 karakter.').max(120, 'Nama terlalu panjang.'),
);

export const officeName = line(
  z.string().trim().min(3, 'Nama kantor minimal 3 karakter.').max(160, 'Nama kantor terlalu panjang.'),
);

/** The office address on letterheads: a multi-line field. */
export const address = multiline(
  z.string().trim().min(5, 'Alamat minimal 5 karakter.').max(300, 'Alamat terlalu panjang.'),
);

/** Kemendagri dotted codes: 33, 33.01, 33.01.08, 33.01.08.2003. */
export const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kode wilayah tidak valid (contoh: 33.01.08).');

export const uuid = z.string().uuid('ID tidak valid.');
