// reports.exportRun / recapExportRun and reports.finalize through the dispatch: files, phases, cancel, audit entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../../electron/core/context.ts';
import { runMonthlyExport } from '../../../../electron/core/handlers/report-runs.ts';
import { createControl } from '../../../../electron/core/operations/control.ts';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { exportReport } from '../../../support/report-export.ts';
import { startAndFollow } from '../../../support/run-operation.ts';
import { callOffice } from '../../../../electron/core/office/call-office.ts';

let office: TestOffice;
const MONTH = '2026-03';

beforeAll(async () => {
  office = await openSetUpOffice();
  await caseIn(office, 'SELESAI_DI_FO', await insertPerson(office.register, { name: 'Warga Ekspor' }));
}, 60_000);
afterAll(async () => office.dispose());

const audit = (action: string) =>
  office.register.deps.sqlite
    .prepare(`select role, entity_type, outcome, detail from audit_log where action = ? order by id`)
    .all(action) as { role: string; entity_type: string; outcome: string; detail: string }[];

const exportLogCount = (): number =>
  office.register.deps.sqlite.prepare('select count(*) from export_log').pluck().get() as number;

describe('report files through the contract', () => {
  it('exports XLSX and PDF of the current month, each audited as an export and logged', async () => {
    const caller = await as(office, 'pengamat');
    const logged = exportLogCount();
    const xlsx = unwrap(
      await exportReport(office.register, caller, 'reports.exportRun', { month: MONTH, format: 'xlsx' }),
    );
    expect(xlsx.fileName).toBe('laporan-bulanan-33.01.08-2026-03.xlsx');
    expect(xlsx.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = unwrap(
      await exportReport(office.register, caller, 'reports.exportRun', { month: MONTH, format: 'pdf' }),
    );
    expect(pdf.mime).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(exportLogCount()).toBe(logged + 2);
    const entries = audit('reports.exportRun');
    expect(entries.map((e) => [e.role, e.outcome, e.entity_type, e.detail])).toEqual([
      ['pengamat', 'ok', 'operation', 'ekspor laporan bulanan: laporan-bulanan-33.01.08-2026-03.xlsx'],
      ['pengamat', 'ok', 'operation', 'ekspor laporan bulanan: laporan-bulanan-33.01.08-2026-03.pdf'],
    ]);
  });

  it('reports hitung, tulis, catat in order and ends with one final event carrying the file', async () => {
    const caller = await as(office, 'pengamat');
    const input = { month: MONTH, format: 'json' } as const;
    const events = await startAndFollow(office.register, caller, 'reports.exportRun', input);
    const steps = events.filter((e): e is ProgressEvent => e.kind === 'progress');
    expect(steps.map((e) => [e.phase, e.done, e.total])).toEqual([
      ['hitung', 0, 3],
      ['tulis', 1, 3],
      ['catat', 2, 3],
    ]);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { file: { fileName: 'laporan-bulanan-33.01.08-2026-03.json' } },
    });
  });

  it('cancelled right after the start: ends cancelled without a file and logs no export', async () => {
    const caller = await as(office, 'pengamat');
    const logged = exportLogCount();
    const input = { month: MONTH, format: 'pdf' } as const;
    const events = await startAndFollow(office.register, caller, 'reports.exportRun', input, true);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { file: null } });
    expect(exportLogCount()).toBe(logged);
    expect(audit('reports.exportRun').at(-1)?.detail).toBe(
      'ekspor laporan bulanan dibatalkan: tidak ada file',
    );
  });

  it('cancelled while the file is written: no file is handed out and nothing is logged', async () => {
    const logged = exportLogCount();
    const control = createControl((p) => {
      if (p.phase === 'tulis') control.cancel();
    });
    const ctx = {
      deps: office.register.deps,
      db: office.register.deps.db,
      user: null,
      ...callOffice(office.register.deps.db),
    } as unknown as HandlerContext;
    const r = await runMonthlyExport(ctx, { month: MONTH, format: 'pdf' }, control);
    expect(r).toEqual({ file: null });
    expect(control.stopped).toBe(true);
    expect(exportLogCount()).toBe(logged);
  });

  it('a finalized version exports under its own name, and finalizing is audited with the version', async () => {
    unwrap(await office.register.call(await as(office, 'tksk'), 'reports.finalize', { month: MONTH }));
    const f = unwrap(
      await exportReport(office.register, await as(office, 'pengamat'), 'reports.exportRun', {
        month: MONTH,
        format: 'pdf',
        version: 1,
      }),
    );
    expect(f.fileName).toBe('laporan-bulanan-33.01.08-2026-03-v1.pdf');
    expect(audit('reports.finalize').map((e) => [e.role, e.outcome, e.detail])).toEqual([
      ['tksk', 'ok', 'finalisasi laporan bulanan 2026-03 versi 1'],
    ]);
  });
});
