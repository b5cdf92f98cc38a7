// Search-as-you-type at Dinsos: names typed letter by letter (from 3 letters) and NIKs digit by digit (from 4
// digits), each distinct keystroke query one `persons.search` call through the dispatch with a signed-in
// session, as the Warga list makes it.
import type { Register } from '../electron/core/register.ts';
import type { Caller } from '../electron/core/context.ts';
import { ADMIN } from './dataset.ts';
import { percentile } from './stats.ts';

/** The Warga list asks for 100-row pages. */
const PAGE = 100;
export const WARM_UP = 10;

export interface SearchResult {
  persons: number;
  queries: number;
  nameMs: number[];
  nikMs: number[];
  p50: number;
  p95: number;
  nameP95: number;
  nikP95: number;
}

/** The keystrokes of typing a name (prefixes from 3 letters, at most 12) and a later word of it (from 3 letters). */
export function nameKeystrokes(name: string): string[] {
  const out: string[] = [];
  for (let n = 3; n <= Math.min(name.length, 12); n++) out.push(name.slice(0, n));
  const second = name.split(' ')[1];
  if (second && second.length >= 3)
    for (let n = 3; n <= Math.min(second.length, 6); n++) out.push(second.slice(0, n));
  return out;
}

/** The keystrokes of typing a NIK from its 4th digit to its 16th. */
export function nikKeystrokes(nik: string): string[] {
  const out: string[] = [];
  for (let n = 4; n <= nik.length; n++) out.push(nik.slice(0, n));
  return out;
}

/** A signed-in caller on the register and the distinct keystroke queries of `samples` persons, ready to time. */
export interface SearchSession {
  persons: number;
  names: string[];
  niks: string[];
  /** One `persons.search` call through the dispatch: its time in ms. */
  search(query: string): Promise<number>;
  close(): Promise<void>;
}

export async function searchSession(reg: Register, samples: number): Promise<SearchSession> {
  const web = (sessionId: string | null): Caller => ({ channel: 'web', sessionId });
  const signIn = await reg.call(web(null), 'auth.signIn', {
    username: ADMIN.username,
    password: ADMIN.password,
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.error.message}`);
  const caller = web(signIn.value.sessionId);
  const sqlite = reg.deps.sqlite;
  const persons = Number(sqlite.prepare('select count(*) from persons where deleted = 0').pluck().get());
  const pick = sqlite.prepare(
    'select name, nik from persons where deleted = 0 and nik is not null order by rowid limit 1 offset ?',
  );
  // Evenly spread over the register, so every office's residents are sampled (deterministic, no PRNG).
  const withNik = Number(
    sqlite.prepare('select count(*) from persons where deleted = 0 and nik is not null').pluck().get(),
  );
  const people = Array.from({ length: samples }, (_, i) => {
    const p = pick.get(Math.floor(((i + 0.5) * withNik) / samples)) as
      { name: string; nik: string } | undefined;
    if (!p) throw new Error('no person with a NIK to sample');
    return p;
  });
  // Each distinct query once: every NIK of the kabupaten starts with the same digits, and timing "3301" forty
  // times over would only repeat one figure (and, on a large register, take many minutes).
  return {
    persons,
    names: [...new Set(people.flatMap((p) => nameKeystrokes(p.name)))],
    niks: [...new Set(people.flatMap((p) => nikKeystrokes(p.nik)))],
    search: async (query) => {
      const t0 = performance.now();
      const r = await reg.call(caller, 'persons.search', { query, limit: PAGE, offset: 0 });
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(`persons.search "${query}": ${r.error.message}`);
      return ms;
    },
    close: async () => {
      await reg.call(caller, 'auth.signOut', {});
    },
  };
}

export function searchFigures(persons: number, nameMs: number[], nikMs: number[]): SearchResult {
  const all = [...nameMs, ...nikMs];
  return {
    persons,
    queries: all.length,
    nameMs,
    nikMs,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    nameP95: percentile(nameMs, 95),
    nikP95: percentile(nikMs, 95),
  };
}

export async function measureSearch(reg: Register, samples: number): Promise<SearchResult> {
  const s = await searchSession(reg, samples);
  for (const q of [...s.names, ...s.niks].slice(0, WARM_UP)) await s.search(q);
  const nameMs: number[] = [];
  const nikMs: number[] = [];
  for (const q of s.names) nameMs.push(await s.search(q));
  for (const q of s.niks) nikMs.push(await s.search(q));
  await s.close();
  return searchFigures(s.persons, nameMs, nikMs);
}
