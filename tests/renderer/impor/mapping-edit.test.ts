// The Impor data screen's mapping helpers: choices per column, a field chosen twice, templates over a file's headers, paging.
import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  duplicateFields,
  fieldOfColumn,
  importableCount,
  mappingOf,
  problemPage,
  templateForHeaders,
  withDesaChoice,
} from '../../../renderer/src/impor/mapping-edit.ts';
import { DESA_AS_ERROR, type ImportMapping, type ImportRowResult } from '../../../shared/types/imports.ts';

const HEADERS = ['No. NIK', 'NAMA', 'JK', '', 'Desa'];
const SUGGESTED: ImportMapping = {
  kind: 'persons',
  columns: { nik: 'NO NIK', name: 'NAMA', desa: 'DESA' },
  updateGroups: ['alamat'],
};

describe('mapping per column', () => {
  it('reads the field of each column, comparing headers as the core does', () => {
    expect(fieldOfColumn(SUGGESTED, 'no. nik')).toBe('nik');
    expect(fieldOfColumn(SUGGESTED, '')).toBeNull();
    expect(choicesOf(SUGGESTED, HEADERS)).toEqual(['nik', 'name', null, null, 'desa']);
  });

  it('builds the mapping from the choices, keeping update groups, first column winning a field chosen twice', () => {
    const m = mappingOf(HEADERS, ['nik', 'name', 'sex', 'notes', 'nik'], SUGGESTED);
    expect(m).toEqual({
      kind: 'persons',
      columns: { nik: 'No. NIK', name: 'NAMA', sex: 'JK' },
      updateGroups: ['alamat'],
    });
    expect([...duplicateFields(['nik', 'name', 'sex', null, 'nik'])]).toEqual(['nik']);
    expect(duplicateFields(['nik', null, null, 'desa']).size).toBe(0);
  });

  it("lays a template over a file's headers, dropping columns the file lacks", () => {
    const template: ImportMapping = {
      kind: 'persons',
      columns: { nik: 'NIK', name: 'nama', phone: 'NO HP' },
      desaNames: { kampungantah: '33.01.08.2004' },
    };
    expect(templateForHeaders(template, ['NIK', 'NAMA'])).toEqual({
      kind: 'persons',
      columns: { nik: 'NIK', name: 'NAMA' },
      desaNames: { kampungantah: '33.01.08.2004' },
    });
  });
});

describe('counts and pages', () => {
  it('counts new, matched and warning rows as importable', () => {
    expect(importableCount({ new: 3, match: 2, warning: 1 })).toBe(6);
  });

  it('pages problem rows, clamping the page into range', () => {
    const rows: ImportRowResult[] = Array.from({ length: 53 }, (_, i) => ({
      line: i + 2,
      cls: 'error',
      notes: ['Nama wajib diisi.'],
    }));
    expect(problemPage(rows, 1).pages).toBe(3);
    expect(problemPage(rows, 3).rows.map((r) => r.line)).toEqual([52, 53, 54]);
    expect(problemPage(rows, 9).rows[0]?.line).toBe(52);
    expect(problemPage([], 1)).toEqual({ rows: [], pages: 1 });
  });
});

describe('desa names mapped by hand', () => {
  it('sets, replaces and clears one name, keeping the rest of the mapping', () => {
    const one = withDesaChoice(SUGGESTED, 'kampungantah', '33.01.08.2004');
    expect(one).toEqual({ ...SUGGESTED, desaNames: { kampungantah: '33.01.08.2004' } });
    const two = withDesaChoice(one, 'dukuhentah', DESA_AS_ERROR);
    expect(two.desaNames).toEqual({ kampungantah: '33.01.08.2004', dukuhentah: 'galat' });
    expect(withDesaChoice(two, 'kampungantah', null).desaNames).toEqual({ dukuhentah: 'galat' });
    expect(withDesaChoice(one, 'kampungantah', null)).toEqual(SUGGESTED);
  });
});
