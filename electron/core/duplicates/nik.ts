// NIK facts duplicate finding needs: one edit apart (a typo or two swapped digits), and the birth date and sex it encodes.

const NIK16 = /^\d{16}$/;

/** Whether a NIK has the 16 digits the one-edit rules and the masked blocking keys work on. */
export const isNik16 = (nik: string | null): nik is string => nik !== null && NIK16.test(nik);

export type NikEdit = 'sama' | 'substitusi' | 'transposisi';

/**
 * How two NIKs differ (one-edit rules only between 16-digit NIKs): 'sama' when equal, 'substitusi' when exactly one digit differs,
 * 'transposisi' when two adjacent digits are swapped; null otherwise (or when a NIK is missing).
 */
export function nikEdit(a: string | null, b: string | null): NikEdit | null {
  if (!a || !b) return null;
  if (a === b) return 'sama';
  if (!NIK16.test(a) || !NIK16.test(b)) return null;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      diff.push(i);
      if (diff.length > 2) return null;
    }
  }
  if (diff.length === 1) return 'substitusi';
  const [i, j] = diff as [number, number];
  return j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 'transposisi' : null;
}

export interface NikBirth {
  /** MM-DD of the birth date the NIK encodes (DDMMYY at digits 7–12, 40 added to the day for women). */
  monthDay: string;
  /** Two-digit year: the century is ambiguous. */
  yy: string;
  sex: 'L' | 'P';
}

/** The birth day, month, two-digit year and sex a 16-digit NIK encodes; null when those digits are no date. */
export function nikBirth(nik: string | null): NikBirth | null {
  if (!isNik16(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const month = nik.slice(8, 10);
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31 || Number(month) < 1 || Number(month) > 12) return null;
  return { monthDay: `${month}-${String(day).padStart(2, '0')}`, yy: nik.slice(10, 12), sex };
}

/** Whether the NIK's encoded date and sex agree with a recorded birth date (TTTT-BB-HH, or null) and sex. */
export function nikAgrees(nik: string | null, birthDate: string | null, sex: string): boolean {
  const b = nikBirth(nik);
  if (!b) return false;
  if (b.sex !== sex) return false;
  if (!birthDate) return true;
  return birthDate.slice(5) === b.monthDay && birthDate.slice(2, 4) === b.yy;
}
