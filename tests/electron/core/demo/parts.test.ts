// Pure parts of the demo-data generator: seeded randomness, ids, names, NIK / No KK numbers and calendar helpers.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../electron/core/demo/prng.ts';
import { uuidv7At } from '../../../../electron/core/demo/ids.ts';
import {
  FIRST_FEMALE,
  FIRST_MALE,
  JAVANESE_FEMALE,
  JAVANESE_MALE,
  NAME_TOKENS,
  personName,
} from '../../../../electron/core/demo/names.ts';
import { NumberPool, makeNik, makeNoKk, mobileNumber } from '../../../../electron/core/demo/identity.ts';
import {
  ageOnDay,
  birthDateForAge,
  localDay,
  localWeekday,
  minusMonths,
  officeClock,
  officeHoursOn,
  romanMonth,
} from '../../../../electron/core/demo/dates.ts';
import { checkNik, checkNoKk } from '../../../../shared/validation/nik.ts';
import { normalisePhone } from '../../../../shared/validation/person.ts';

const draws = (seed: string, n = 20): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws('7')).toEqual(draws('7'));
    expect(draws('7')).not.toEqual(draws('8'));
    expect(draws('7').every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('forks independent streams, and int / weighted / pick stay in range', () => {
    const a = createRng('s');
    const b = createRng('s');
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(createRng('s').fork('x').next()).not.toBe(createRng('s').fork('y').next());
    const rng = createRng('range');
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.a).toBeGreaterThan(counts.b * 2);
    expect(() => rng.pick([])).toThrow();
  });
});

describe('uuidv7At', () => {
  it('makes RFC 9562 version-7 ids carrying the given time', () => {
    const ms = Date.parse('2025-06-02T03:04:05.678Z');
    const id = uuidv7At(ms, createRng('id'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(ms);
    expect(uuidv7At(ms, createRng('id'))).toBe(id);
  });
});

describe('generated names', () => {
  it('are built only from the generated parts, and avoid public figures’ mononyms', () => {
    const rng = createRng('names');
    for (let i = 0; i < 3000; i++) {
      const sex = i % 2 ? 'L' : 'P';
      const name = personName(rng, sex, rng.int(1930, 2024));
      for (const token of name.split(' ')) expect(NAME_TOKENS.has(token)).toBe(true);
      expect(name.split(' ').length).toBeLessThanOrEqual(3);
    }
    for (const famous of ['Suharto', 'Sukarno', 'Sudirman', 'Wiranto'])
      expect(NAME_TOKENS.has(famous)).toBe(false);
    expect(JAVANESE_MALE.length).toBeGreaterThan(1000);
    expect(JAVANESE_FEMALE.length).toBeGreaterThan(1000);
    expect(new Set([...FIRST_MALE, ...FIRST_FEMALE]).size).toBeGreaterThan(80);
  });

  it('can carry a family part (the father’s name) as the last part', () => {
    const name = personName(createRng('f'), 'P', 2010, 'Setiawan');
    expect(name.split(' ').at(-1)).toBe('Setiawan');
  });
});

describe('NIK and No KK', () => {
  it('makes NIKs that pass every offline check against the same sex and birth date, with unique serials', () => {
    const rng = createRng('nik');
    const pool = new NumberPool([]);
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const sex = rng.chance(0.5) ? 'L' : 'P';
      const birthDate = birthDateForAge(rng.int(0, 95), '2026-03-02', rng);
      const nik = makeNik(pool, '33.01.08', sex, birthDate, rng);
      const check = checkNik(nik, { sex, birthDate });
      expect(check.errors).toEqual([]);
      expect(check.warnings).toEqual([]);
      expect(check.parsed?.kecamatanCode).toBe('33.01.08');
      expect(nik.slice(12)).not.toBe('0000');
      expect(seen.has(nik)).toBe(false);
      seen.add(nik);
    }
  });

  it('adds 40 to the day for women and never hands out a number already in the register', () => {
    const rng = createRng('nik2');
    expect(makeNik(new NumberPool([]), '73.71.01', 'P', '1990-02-05', rng).slice(0, 12)).toBe('737101450290');
    const taken = Array.from({ length: 300 }, (_, i) => `330108010190${String(i + 1).padStart(4, '0')}`);
    const pool = new NumberPool(taken);
    const fresh = makeNik(pool, '33.01.08', 'L', '1990-01-01', rng);
    expect(taken).not.toContain(fresh);
    expect(pool.has(fresh)).toBe(true);
    const kk = makeNoKk(pool, '33.01.08', '2024-07-15', rng);
    expect(kk).toMatch(/^330108150724\d{4}$/);
    expect(checkNoKk(kk).errors).toEqual([]);
  });

  it('makes mobile numbers in the stored +62 form', () => {
    const rng = createRng('hp');
    for (let i = 0; i < 200; i++) {
      const phone = mobileNumber(rng);
      expect(normalisePhone(phone)).toBe(phone);
    }
  });
});

describe('calendar helpers', () => {
  it('birthDateForAge gives exactly that age, also on 29 February', () => {
    const rng = createRng('age');
    for (const today of ['2026-03-02', '2024-02-29', '2025-12-31']) {
      for (let age = 0; age < 100; age++) expect(ageOnDay(birthDateForAge(age, today, rng), today)).toBe(age);
    }
  });

  it('puts intake on working days in office hours of the office’s zone, and writes Roman months', () => {
    const rng = createRng('hours');
    const wita = officeClock('73.71.01');
    expect(wita.offsetMs).toBe(8 * 3_600_000);
    const saturday = Date.parse('2026-03-07T03:00:00Z');
    for (let i = 0; i < 50; i++) {
      const t = officeHoursOn(wita, saturday, rng);
      expect(localWeekday(wita, t)).toBe(1);
      const hour = new Date(t + wita.offsetMs).getUTCHours();
      expect(hour >= 8 && hour < 15).toBe(true);
      expect(localDay(wita, t)).toBe('2026-03-09');
    }
    expect(romanMonth('2026-03-05')).toBe('III');
    expect(romanMonth('2026-12-01')).toBe('XII');
    expect(new Date(minusMonths(Date.parse('2026-03-31T02:00:00Z'), 1)).toISOString()).toBe(
      '2026-02-28T02:00:00.000Z',
    );
  });
});
