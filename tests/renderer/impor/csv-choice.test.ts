// The CSV reading choice of the Impor data screen: select values to an override and back, "as detected" left out.
import { describe, expect, it } from 'vitest';
import {
  AUTO,
  csvOptionsOf,
  sameCsvOptions,
  selectValuesOf,
} from '../../../renderer/src/impor/csv-choice.ts';

describe('CSV reading choice', () => {
  it('turns the selects into an override, leaving "as detected" out so the core detects it', () => {
    expect(csvOptionsOf(AUTO, AUTO)).toEqual({});
    expect(csvOptionsOf('windows-1252', 'semicolon')).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(csvOptionsOf('utf-16le', 'tab')).toEqual({ encoding: 'utf-16le', delimiter: '\t' });
    expect(csvOptionsOf('latin-9', 'pipe')).toEqual({ delimiter: '|' });
  });

  it('shows an override in the selects and compares two overrides', () => {
    expect(selectValuesOf(undefined)).toEqual({ encoding: AUTO, delimiter: AUTO });
    expect(selectValuesOf({ delimiter: '\t' })).toEqual({ encoding: AUTO, delimiter: 'tab' });
    expect(sameCsvOptions(undefined, {})).toBe(true);
    expect(sameCsvOptions({ delimiter: ';' }, {})).toBe(false);
    expect(sameCsvOptions({ encoding: 'utf-8', delimiter: ',' }, { delimiter: ',', encoding: 'utf-8' })).toBe(
      true,
    );
  });
});
