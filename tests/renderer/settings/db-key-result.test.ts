// The rotation's result message counts re-encrypted files by place from the names security.rotateDbKey returns.
import { describe, expect, it } from 'vitest';
import { rekeyedFiles } from '../../../renderer/src/settings/db-key-result.ts';

describe('rekeyedFiles', () => {
  it('counts local backups, set-aside files and a pending restore', () => {
    expect(
      rekeyedFiles([
        'backups/puskesos-harian-20260302-0800.sqlite',
        'backups/puskesos-manual-20260302-0900.sqlite',
        'disisihkan/sebelum-pemulihan-20260301.sqlite',
        'pemulihan/tertunda.sqlite',
      ]),
    ).toEqual({ backups: 2, setAside: 1, staged: true });
  });

  it('is the register alone when no copy needed a new key', () => {
    expect(rekeyedFiles([])).toEqual({ backups: 0, setAside: 0, staged: false });
  });
});
