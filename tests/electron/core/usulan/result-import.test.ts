// The result import's cancel inside the file: rows already recorded are rolled back with the transaction, nothing stays.
import { describe, expect, it } from 'vitest';
import { officeClock } from '../../../../electron/core/cases/office-clock.ts';
import { callOffice } from '../../../../electron/core/office/call-office.ts';
import type { RawCell } from '../../../../electron/core/imports/read.ts';
import { createControl, OperationCancelled } from '../../../../electron/core/operations/control.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { importResult } from '../../../../electron/core/usulan/result-import.ts';
import { makeNoKk } from '../../../support/persons.ts';
import { kecamatanAndDinsos } from '../../../support/usulan.ts';
import { forwardedProposals } from '../../../support/usulan-result.ts';

const net = kecamatanAndDinsos();
const text = (t: string | number): RawCell => ({ text: String(t), kind: 'text' });

describe('importResult with a control', () => {
  it('a cancel after rows were recorded throws OperationCancelled and the transaction leaves no step', async () => {
    const ids = await forwardedProposals(net, [2401, 2402]);
    const rows = [
      ['NIK', 'No KK', 'Hasil', 'Desil'],
      ['', makeNoKk(2401), 'diterima', 5],
      ['', makeNoKk(2402), 'ditolak', ''],
      ...Array.from({ length: 40 }, (_, i) => ['', makeNoKk(2500 + i), 'diterima', 1]),
    ].map((r) => r.map(text));
    const phases: [string, number][] = [];
    // Cancel once the first 25 rows (both matches among them) are recorded.
    const control = createControl((p) => {
      phases.push([p.phase, p.done]);
      if (p.done >= 25) control.cancel();
    });
    const deps = net.dinsos.register.deps;
    const run = deps.db.transaction().execute(async (trx) => {
      const clock = await officeClock({ ...callOffice(trx), deps });
      const work = {
        db: trx,
        w: createWriter(trx, clock.officeId, deps.now),
        clock,
        actor: { name: 'Verifikator Uji', role: 'petugas' as const },
      };
      return importResult(work, rows, { effectiveDate: '2026-05-01', dryRun: false, control });
    });
    await expect(run).rejects.toBeInstanceOf(OperationCancelled);
    expect(phases).toEqual([
      ['cocokkan', 0],
      ['cocokkan', 25],
    ]);
    expect(control.stopped).toBe(true);
    const results = await deps.db
      .selectFrom('usulan_steps')
      .select('step')
      .where('usulan_id', 'in', ids)
      .where('step', 'in', ['hasil_diterima', 'hasil_ditolak'])
      .execute();
    expect(results).toEqual([]);
  });
});
