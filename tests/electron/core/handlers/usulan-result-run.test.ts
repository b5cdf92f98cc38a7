// usulan.importResultRun: Dinsos's result import as an operation (read, match with progress, all or nothing on cancel).
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { makeNoKk } from '../../../support/persons.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { startAndFollow } from '../../../support/run-operation.ts';
import { kecamatanAndDinsos } from '../../../support/usulan.ts';
import { forwardedProposals, importResultAs, stageResultFile } from '../../../support/usulan-result.ts';

const net = kecamatanAndDinsos();

/** The states of the proposals at Dinsos. */
async function states(ids: readonly string[]): Promise<string[]> {
  const petugas = await as(net.dinsos, 'petugas');
  const out: string[] = [];
  for (const id of ids) out.push(unwrap(await net.dinsos.register.call(petugas, 'usulan.get', { id })).state);
  return out;
}

/** 30 rows: the two forwarded proposals first (accepted, refused), then 28 rows naming no household. */
const rowsFor = (): (string | number)[][] => [
  ['', makeNoKk(2201), 'diterima', 4, ''],
  ['', makeNoKk(2202), 'ditolak', '', 'Tidak memenuhi kriteria (uji)'],
  ...Array.from({ length: 28 }, (_, i) => ['', makeNoKk(2300 + i), 'diterima', 2, '']),
];

describe('usulan.importResultRun', () => {
  it('cancelled at its first safe point: nothing recorded, result null, audited as cancelled', async () => {
    const ids = await forwardedProposals(net, [2201, 2202]);
    const file = await stageResultFile(net.dinsos, rowsFor());
    const events = await startAndFollow(
      net.dinsos.register,
      await as(net.dinsos, 'koordinator'),
      'usulan.importResultRun',
      { file, effectiveDate: '2026-05-01', dryRun: false },
      true,
    );
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { result: null } });
    expect(await states(ids)).toEqual(['diteruskan', 'diteruskan']);

    // Run to its end: the file is read, then matched every 25 rows and at the last, and both recorded.
    const koordinator = await as(net.dinsos, 'koordinator');
    const done = await startAndFollow(net.dinsos.register, koordinator, 'usulan.importResultRun', {
      file,
      effectiveDate: '2026-05-01',
      dryRun: false,
    });
    const progress = done.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    expect(progress.map((p) => [p.phase, p.done, p.total])).toEqual([
      ['baca', 0, null],
      ['cocokkan', 0, 30],
      ['cocokkan', 25, 30],
      ['cocokkan', 30, 30],
    ]);
    expect(done.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { result: { dryRun: false, matched: 2, errors: 28 } },
    });
    expect(await states(ids)).toEqual(['hasil_diterima', 'hasil_ditolak']);
    const audit = await net.dinsos.register.deps.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'usulan.importResultRun')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([
      'impor hasil DTSEN dibatalkan: tidak ada hasil yang dicatat',
      'impor hasil DTSEN: 2 cocok, 28 galat',
    ]);
  });

  it('is the petugas and koordinator of Dinsos: refused to the pengamat, and at a kecamatan', async () => {
    const file = await stageResultFile(net.dinsos, rowsFor(), 'hasil-peran.xlsx');
    const pengamat = await as(net.dinsos, 'pengamat');
    const refused = await net.dinsos.register.call(pengamat, 'operations.start', {
      name: 'usulan.importResultRun',
      input: { file, effectiveDate: '2026-05-01' },
    });
    errorOf(refused, 'FORBIDDEN');
    const atKecamatan = errorOf(
      await importResultAs(net.k1, 'petugas', { file, effectiveDate: '2026-05-01' }),
      'FORBIDDEN',
    );
    expect(atKecamatan.message).toBe('Hasil pemutakhiran pusat diimpor oleh Dinas Sosial.');
  });
});
