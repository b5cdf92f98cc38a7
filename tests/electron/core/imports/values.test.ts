// Identifier, sex and relationship rules of the importer: NIK / No KK only as exact text, formula-looking text kept as text.
import { describe, expect, it } from 'vitest';
import {
  parseIdentifier,
  parseRelationship,
  parseSex,
  textOf,
} from '../../../../electron/core/imports/values.ts';

describe('identifiers are text', () => {
  it('takes a text cell as typed and refuses numbers and scientific notation with the Excel fix', () => {
    expect(parseIdentifier({ text: "'3301 0841 0590 0001", kind: 'text' }, 'NIK')).toEqual({
      ok: true,
      value: '3301084105900001',
    });
    const num = parseIdentifier({ text: '3301084105900000', kind: 'number', num: 3301084105900000 }, 'NIK');
    expect(num).toMatchObject({ ok: false });
    expect(num.ok ? '' : num.reason).toMatch(/hanya 15 digit yang tepat.*Format Cells → Text/);
    const sci = parseIdentifier({ text: '3,30108E+15', kind: 'text' }, 'No KK');
    expect(sci.ok ? '' : sci.reason).toMatch(/^No KK tertulis sebagai notasi ilmiah/);
    expect(parseIdentifier({ text: '12345', kind: 'text' }, 'NIK')).toMatchObject({ ok: false });
    expect(parseIdentifier({ text: '', kind: 'empty' }, 'NIK')).toEqual({ ok: true, value: null });
  });
  it('reads sex, relationship and keeps formula-looking text as text', () => {
    expect([parseSex({ text: 'Laki-laki', kind: 'text' }), parseSex({ text: 'pr', kind: 'text' })]).toEqual([
      { ok: true, value: 'L' },
      { ok: true, value: 'P' },
    ]);
    expect(parseSex({ text: 'X', kind: 'text' })).toMatchObject({ ok: false });
    expect(parseRelationship({ text: 'Kepala Keluarga', kind: 'text' })).toEqual({
      ok: true,
      value: 'KEPALA_KELUARGA',
    });
    expect(parseRelationship({ text: '3', kind: 'text' })).toEqual({ ok: true, value: 'ISTRI' });
    expect(textOf({ text: '=HYPERLINK("http://x")', kind: 'text' })).toBe('=HYPERLINK("http://x")');
    expect(textOf({ text: "'+62812", kind: 'text' })).toBe('+62812');
  });
});
