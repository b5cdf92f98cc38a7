// reports.export / reports.finalize through the dispatch: XLSX and PDF files, versioned names, audit entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
const MONTH = '2026-03';

beforeAll(async () => {
  office = await openSetUpOffice();
  await caseIn(office, 'SELESAI_DI_FO', await insertPerson(office.register, { name: 'Warga Ekspor' }));
}, 60_000);
afterAll(async () => office.dispose());

const audit = (action: string) =>
  office.register.deps.sqlite
    .prepare(
      `select username, role, entity_type, entity_id, outcome, detail from audit_log where action = ? order by id`,
    )
    .all(action) as {
    role: string;
    entity_type: string;
    entity_id: string;
    outcome: string;
    detail: string;
  }[];

describe('report files through the contract', () => {
  it('exports XLSX and PDF of the current month, each audited as an export', async () => {
    const caller = await as(office, 'pengamat');
    const xlsx = unwrap(
      await office.register.call(caller, 'reports.export', { month: MONTH, format: 'xlsx' }),
    );
    expect(xlsx.fileName).toBe('laporan-bulanan-33.01.08-2026-03.xlsx');
    expect(xlsx.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = unwrap(await office.register.call(caller, 'reports.export', { month: MONTH, format: 'pdf' }));
    expect(pdf.mime).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const entries = audit('reports.export');
    expect(entries.map((e) => [e.role, e.outcome, e.detail])).toEqual([
      ['pengamat', 'ok', 'ekspor XLSX laporan bulanan 2026-03'],
      ['pengamat', 'ok', 'ekspor PDF laporan bulanan 2026-03'],
    ]);
    expect(entries[0]?.entity_type).toBe('monthly_report');
  });

  it('a finalized version exports under its own name, and finalizing is audited with the version', async () => {
    unwrap(await office.register.call(await as(office, 'tksk'), 'reports.finalize', { month: MONTH }));
    const f = unwrap(
      await office.register.call(await as(office, 'pengamat'), 'reports.export', {
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
