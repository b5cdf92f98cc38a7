// Formula-injection guard: every trigger character is neutralised with a leading apostrophe, other texts untouched.
import { describe, expect, it } from 'vitest';
import { NEUTRALISER, neutraliseFormula } from '../../../../../electron/core/reports/render/cell-safety.ts';

describe('neutraliseFormula', () => {
  it('prefixes texts that start with = + - @ tab or carriage return', () => {
    for (const t of ['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(t)).toBe(`${NEUTRALISER}${t}`);
    }
    expect(NEUTRALISER).toBe("'");
  });

  it('leaves other texts alone, including a trigger later in the text', () => {
    for (const t of ['Sukamaju', '3301080101900001', 'a=b', ' =x', '', "'sudah"])
      expect(neutraliseFormula(t)).toBe(t);
  });
});
