// The one text rule: control characters, lone surrogates and bidi controls are refused; tab and newlines only in multi-line text.
import { describe, expect, it } from 'vitest';
import { z } from '../../../shared/validation/zod-locale.ts';
import { line, multiline, TEXT_MESSAGES, textProblem } from '../../../shared/validation/text.ts';

describe('textProblem', () => {
  it('accepts ordinary Indonesian text, accents, emoji (a surrogate pair) and bidi marks', () => {
    for (const ok of ['Siti Aminah', 'Jl. Raya No. 1, RT 002/RW 003', 'Bu Dédé 😀', 'محمد\u200F', ''])
      expect(textProblem(ok, 'line')).toBeNull();
  });

  it('refuses NUL, other C0 and C1 controls and DEL in single-line text', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001Bb', 'a\u007Fb', 'a\u0085b', 'a\tb', 'a\nb', 'a\rb'])
      expect(textProblem(bad, 'line')).toBe(TEXT_MESSAGES.line);
  });

  it('allows tab and line breaks in multi-line text, nothing else', () => {
    expect(textProblem('baris 1\r\nbaris 2\n\tmenjorok', 'multiline')).toBeNull();
    for (const bad of ['a\u0000b', 'a\u000Bb', 'a\u000Cb', 'a\u009Fb'])
      expect(textProblem(bad, 'multiline')).toBe(TEXT_MESSAGES.multiline);
  });

  it('refuses lone surrogates wherever they stand', () => {
    for (const bad of ['\uD800', 'a\uD800', 'a\uD800b', '\uDC00a', 'a\uDFFF', '\uDE00\uD83D'])
      expect(textProblem(bad, 'multiline')).toBe(TEXT_MESSAGES.surrogate);
  });

  it('refuses bidi embedding, override and isolate controls', () => {
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(textProblem(`Budi${c}idub`, 'line')).toBe(TEXT_MESSAGES.bidi);
    expect(textProblem('a\u2029b', 'line')).toBeNull();
  });
});

describe('line and multiline schemas', () => {
  it('check after the trim, so a pasted trailing tab or newline is trimmed, not refused', () => {
    const name = line(z.string().trim().min(2));
    expect(name.parse('\tSiti Aminah\n')).toBe('Siti Aminah');
    expect(name.safeParse('Siti\u0000Aminah').error?.issues[0]?.message).toBe(TEXT_MESSAGES.line);
  });

  it('keep the chain usable (nullable, default, transform) and report the message', () => {
    const note = multiline(z.string().trim().max(50)).nullable().default(null);
    expect(note.parse(undefined)).toBeNull();
    expect(note.parse('a\nb')).toBe('a\nb');
    expect(note.safeParse('a\uD800').error?.issues[0]?.message).toBe(TEXT_MESSAGES.surrogate);
  });
});
