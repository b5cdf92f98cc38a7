// The name an uploaded spreadsheet is staged under: what the contract's staged-file rule accepts.
import { describe, expect, it } from 'vitest';
import { stagedName } from '../../../shared/text/staged-name.ts';

const CONTRACT_RULE = /^[A-Za-z0-9][A-Za-z0-9._() -]*\.(xlsx|csv)$/i;

describe('stagedName', () => {
  it('keeps an ordinary name and lower-cases the extension', () => {
    expect(stagedName('Data Warga (Maret).XLSX')).toBe('Data Warga (Maret).xlsx');
  });

  it('replaces characters the contract refuses and never starts with punctuation', () => {
    for (const raw of ['_Daftar#PKH 2026!.csv', '..\\warga.csv', 'Désa–Tritih.xlsx', '.csv']) {
      const name = stagedName(raw);
      expect(name).toMatch(CONTRACT_RULE);
    }
    expect(stagedName('.csv')).toBe('berkas.csv');
  });

  it('refuses other file types', () => {
    expect(stagedName('warga.xls')).toBeNull();
    expect(stagedName('warga.ods')).toBeNull();
  });
});
