// The Indonesian UI keeps one word for one thing (docs/glossary.md): none of the glossary's "not" words appears.
import { describe, expect, it } from 'vitest';
import { id } from '../../../renderer/src/i18n/id.ts';

/** Every string of a message tree with its dotted key. */
function strings(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

/** The glossary's "not" column: the synonym that must not be used, and the word to use instead. */
const NOT_WORDS: Array<[RegExp, string]> = [
  [/\bpenduduk\b/i, 'warga'],
  [/\bklien\b/i, 'warga'],
  [/\brumah tangga\b/i, 'keluarga'],
  [/\btiket\b/i, 'kasus'],
  [/\breferral\b/i, 'rujukan'],
  [/\bsurat pengantar\b/i, 'surat rujukan'],
  [/\bfollow[- ]?up\b/i, 'tindak lanjut'],
  [/\bmonitoring\b/i, 'tindak lanjut'],
  [/\b(19|20)?\d{2}-\d{2}-\d{2}\b/, 'a four-digit year'],
];

describe('Indonesian UI words (docs/glossary.md)', () => {
  const all = strings(id);

  it('reads the whole message tree', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it.each(NOT_WORDS.map(([re, use]) => [re.source, re, use] as const))('never says %s', (_name, re, use) => {
    const found = all
      .filter(([, text]) => re.test(text))
      .map(([key, text]) => `${key}: ${text} (use "${use}")`);
    expect(found).toEqual([]);
  });
});
