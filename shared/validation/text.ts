// The one text rule for every string of the contract: no control characters, broken Unicode or bidi overrides.
import type { z } from './zod-locale.ts';

/*
 * Refused, not cleaned: a register of personal data must store what the clerk typed or nothing, and a
 * caller that bypasses the forms (web host, CLI, a crafted request) is told why instead of having its
 * text silently changed. No keyboard produces these characters; they arrive by pasting from a PDF or
 * by forging a request, and stored they break exports, the referral letter, bundles and the audit log:
 * - C0 and C1 control characters (NUL, ESC, …, U+007F–U+009F); a multi-line field (notes, reasons,
 *   descriptions, a trust file's JSON) keeps tab, line feed and carriage return;
 * - lone UTF-16 surrogates (not a character at all: they cannot be written as UTF-8 and turn into
 *   U+FFFD on the way out, so what is stored is not what is exported);
 * - bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a name
 *   or a note read differently from what it is ("Trojan Source"). Bahasa Indonesia never needs them;
 *   right-to-left script typed normally still works (the marks U+200E/U+200F are allowed).
 */
export type TextKind = 'line' | 'multiline';

const MULTILINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

const isControl = (c: number, kind: TextKind): boolean =>
  (c < 0x20 || (c >= 0x7f && c <= 0x9f)) && !(kind === 'multiline' && MULTILINE_ALLOWED.has(c));
const isBidiControl = (c: number): boolean => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export const TEXT_MESSAGES = {
  line: 'Teks tidak boleh berisi karakter kontrol (NUL, tab, baris baru, …).',
  multiline: 'Teks tidak boleh berisi karakter kontrol (selain tab dan baris baru).',
  surrogate: 'Teks berisi karakter Unicode yang rusak; ketik ulang bagian itu.',
  bidi: 'Teks tidak boleh berisi karakter pengubah arah tulisan (U+202A–U+202E, U+2066–U+2069).',
} as const;

/** The first problem with a text, in Bahasa Indonesia, or null when it is acceptable. */
export function textProblem(value: string, kind: TextKind): string | null {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isControl(c, kind)) return TEXT_MESSAGES[kind];
    if (isBidiControl(c)) return TEXT_MESSAGES.bidi;
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(value.charCodeAt(i + 1))) return TEXT_MESSAGES.surrogate;
      i++;
    } else if (isLowSurrogate(c)) return TEXT_MESSAGES.surrogate;
  }
  return null;
}

const withRule = <T extends z.ZodString>(schema: T, kind: TextKind): T =>
  schema.check((ctx) => {
    const message = textProblem(ctx.value, kind);
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });

/**
 * A single-line text field (names, codes, search text, paths): applied last in the string chain
 * (`line(z.string().trim().max(60))`), so the trim has already removed a pasted trailing tab or newline.
 */
export const line = <T extends z.ZodString>(schema: T): T => withRule(schema, 'line');

/** A multi-line text field (notes, reasons, descriptions): tab and line breaks allowed. */
export const multiline = <T extends z.ZodString>(schema: T): T => withRule(schema, 'multiline');
