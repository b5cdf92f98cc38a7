// Dotted: a one-line summary without stray separators when parts are missing.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Dotted } from '../../../renderer/src/ui/Dotted.tsx';

const text = (parts: Parameters<typeof Dotted>[0]['parts']): string =>
  renderToStaticMarkup(createElement(Dotted, { parts }));

describe('Dotted', () => {
  it('separates the parts with a middle dot', () => {
    expect(text(['NIK —', '12 Agu 1985', 'Brebeg'])).toBe('NIK — · 12 Agu 1985 · Brebeg');
  });

  it('leaves out empty parts: a resident without birth date shows no stray dots', () => {
    expect(text(['NIK —', '', 'Brebeg'])).toBe('NIK — · Brebeg');
    expect(text([null, undefined, false, 'Brebeg'])).toBe('Brebeg');
    expect(text(['', ''])).toBe('');
  });
});
