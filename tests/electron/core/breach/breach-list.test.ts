// Breach list (issue 18.6): after two exports and bundles, each list holds exactly its residents; drafts render.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxDir } from '../../../../electron/core/sync/status.ts';
import type { BreachList } from '../../../../shared/types/breach.ts';
import { flat, pdfText } from '../../../support/pdf-tools.ts';
import { newPerson } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, link } from '../../../support/sync-network.ts';

let k1: TestOffice;
let dinsos: TestOffice;
const ids: Record<'anak' | 'dewasa' | 'baru', string> = { anak: '', dewasa: '', baru: '' };

const admin = () => k1.users.admin.caller;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function create(name: string, birthDate: string): Promise<string> {
  const p = unwrap(
    await k1.register.call(
      k1.users.petugas.caller,
      'persons.create',
      newPerson(
        { name, birthDate, nik: null },
        { newHousehold: { desaCode: '33.01.08.2001', address: `Jl. ${name} 1` } },
      ),
    ),
  );
  return p.id;
}

const namesOf = (l: BreachList): string[] => l.persons.map((p) => p.name).sort();
const listOf = async (exportId: string): Promise<BreachList> =>
  unwrap(await k1.register.call(admin(), 'breach.list', { source: { kind: 'export', exportId } }));

beforeAll(async () => {
  k1 = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register]);
  ids.anak = await create('Anak Berhadapan Hukum', '2014-05-01');
  ids.dewasa = await create('Ibu Dewasa', '1980-02-03');
  unwrap(
    await k1.register.call(k1.users.petugas.caller, 'ppks.assign', {
      personId: ids.anak,
      category: 'PPKS-03',
      since: '2026-02-01',
      source: 'asesmen',
    }),
  );
}, 60_000);
afterAll(async () => {
  await k1.dispose();
  await dinsos.dispose();
});

describe('breach list from the export log', () => {
  it('two exports and two bundles: each list holds exactly the residents it carried, with their categories', async () => {
    // Export 1: the child's own data as PDF; export 2: the adult's as JSON.
    const pdf = unwrap(
      await k1.register.call(admin(), 'documents.personData', { personId: ids.anak, format: 'pdf' }),
    );
    const json = unwrap(
      await k1.register.call(admin(), 'documents.personData', { personId: ids.dewasa, format: 'json' }),
    );
    const b1 = unwrap(await k1.register.call(k1.users.petugas.caller, 'sync.exportNow', {}));
    expect(b1.files).toHaveLength(1);
    k1.clock.ms += 60_000;
    ids.baru = await create('Warga Sesudah Bundel', '1990-07-07');
    const b2 = unwrap(await k1.register.call(k1.users.petugas.caller, 'sync.exportNow', {}));

    const sources = unwrap(await k1.register.call(admin(), 'breach.sources', {}));
    const byFile = new Map(sources.exports.map((e) => [e.fileName, e]));
    const e1 = byFile.get(pdf.fileName);
    const e2 = byFile.get(json.fileName);
    const bundle1 = byFile.get(b1.files[0]!.fileName);
    const bundle2 = byFile.get(b2.files[0]!.fileName);
    expect([e1?.kind, e2?.kind, bundle1?.kind, bundle2?.kind]).toEqual([
      'person_data',
      'person_data',
      'bundle',
      'bundle',
    ]);

    const l1 = await listOf(e1!.id);
    expect(namesOf(l1)).toEqual(['Anak Berhadapan Hukum']);
    expect(l1.persons[0]!.categories).toEqual(
      expect.arrayContaining(['identitas', 'alamat_kontak', 'anak', 'abh', 'sosial_ekonomi']),
    );
    const l2 = await listOf(e2!.id);
    expect(namesOf(l2)).toEqual(['Ibu Dewasa']);
    expect(l2.persons[0]!.categories).not.toContain('anak');

    const lb1 = await listOf(bundle1!.id);
    expect(namesOf(lb1)).toEqual(['Anak Berhadapan Hukum', 'Ibu Dewasa']);
    expect(lb1.persons.find((p) => p.id === ids.anak)?.categories).toEqual(
      expect.arrayContaining(['anak', 'abh']),
    );
    expect(lb1.counts.abh).toBe(1);
    // Dinsos has not acknowledged the first bundle, so the second carries its residents again, and the new one.
    expect(namesOf(await listOf(bundle2!.id))).toEqual([
      'Anak Berhadapan Hukum',
      'Ibu Dewasa',
      'Warga Sesudah Bundel',
    ]);

    // A picked file is recognised by its SHA-256: the bundle in the outbox and the downloaded PDF.
    const onDisk = readFileSync(join(outboxDir(k1.dataDir), b1.files[0]!.fileName));
    const hit = unwrap(await k1.register.call(admin(), 'breach.identify', { sha256: sha(onDisk) }));
    expect(hit.match?.id).toBe(bundle1!.id);
    const pdfHit = unwrap(
      await k1.register.call(admin(), 'breach.identify', { sha256: sha(Buffer.from(pdf.base64, 'base64')) }),
    );
    expect(pdfHit.match?.id).toBe(e1!.id);
    const miss = unwrap(await k1.register.call(admin(), 'breach.identify', { sha256: 'f'.repeat(64) }));
    expect(miss.match).toBeNull();
  });

  it('a backup holds the whole register as of then; a device holds its register and the files written on it', async () => {
    const before = unwrap(await k1.register.call(admin(), 'breach.sources', {}));
    unwrap(await k1.register.call(admin(), 'backups.createNow', {}));
    k1.clock.ms += 60_000;
    await create('Warga Sesudah Cadangan', '1970-01-01');
    const after = unwrap(await k1.register.call(admin(), 'breach.sources', {}));
    const backup = after.exports.find(
      (e) => e.kind === 'backup' && !before.exports.some((b) => b.id === e.id),
    );
    expect(backup?.scope).toBe('register');
    expect(namesOf(await listOf(backup!.id))).toEqual([
      'Anak Berhadapan Hukum',
      'Ibu Dewasa',
      'Warga Sesudah Bundel',
    ]);

    const own = after.offices.find((o) => o.own)!;
    const device = unwrap(
      await k1.register.call(admin(), 'breach.list', {
        source: { kind: 'device', officeId: own.id, from: '2026-03-01', to: '2026-03-02' },
      }),
    );
    expect(device.persons).toHaveLength(4);
    expect(device.exports.length).toBeGreaterThanOrEqual(5);
    const early = unwrap(
      await k1.register.call(admin(), 'breach.list', {
        source: { kind: 'device', officeId: own.id, from: '2026-02-01', to: '2026-02-28' },
      }),
    );
    expect(early.persons).toEqual([]);
  });

  it('records a breach with the 3 × 24-hour deadline and renders the draft as PDF and XLSX', async () => {
    const sources = unwrap(await k1.register.call(admin(), 'breach.sources', {}));
    const bundle = sources.exports.filter((e) => e.kind === 'bundle').at(-1)!;
    const recordedAt = k1.clock.ms;
    const incident = unwrap(
      await k1.register.call(admin(), 'breach.record', {
        source: { kind: 'export', exportId: bundle.id },
        occurredOn: '2026-03-02',
        how: 'Flashdisk berisi bundel hilang di angkot.',
        steps: 'Kunci kantor dicabut di Dinsos; warga dihubungi.',
      }),
    );
    expect(Date.parse(incident.deadline) - Date.parse(incident.recordedAt)).toBe(72 * 3_600_000);
    expect(Date.parse(incident.recordedAt)).toBe(recordedAt);
    expect(incident.personCount).toBe(2);

    const pdf = unwrap(
      await k1.register.call(admin(), 'breach.draft', { incidentId: incident.id, format: 'pdf' }),
    );
    expect(pdf.fileName).toMatch(/\.pdf$/);
    const text = flat(await pdfText(Buffer.from(pdf.base64, 'base64'), join(tempDir(), 'draf.pdf')));
    expect(text).toContain('DRAF PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI');
    expect(text).toContain('Flashdisk berisi bundel hilang di angkot.');
    expect(text).toContain('Kunci kantor dicabut di Dinsos');
    expect(text).toContain('Anak Berhadapan Hukum');
    expect(text).toContain('Ibu Dewasa');
    expect(text).not.toContain('Warga Sesudah Bundel');
    // Recorded 2 Mar 2026 09.00 WIB: the deadline is 5 Mar 2026 09.00 WIB.
    expect(text).toContain('5 Maret 2026');

    const xlsx = unwrap(
      await k1.register.call(admin(), 'breach.draft', { incidentId: incident.id, format: 'xlsx' }),
    );
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const subjects = wb.getWorksheet('Subjek data')!;
    expect(subjects.rowCount).toBe(3);
    expect([subjects.getCell(2, 2).value, subjects.getCell(3, 2).value].sort()).toEqual([
      'Anak Berhadapan Hukum',
      'Ibu Dewasa',
    ]);
  });

  it('an unknown source or a missing account writes no breach record', async () => {
    const before = unwrap(await k1.register.call(admin(), 'breach.sources', {})).incidents.length;
    const unknown = await k1.register.call(admin(), 'breach.record', {
      source: { kind: 'export', exportId: '0190a000-0000-7000-8000-000000000000' },
      how: 'Laptop dicuri.',
      steps: 'Lapor polisi.',
    });
    expect(errorOf(unknown, 'NOT_FOUND').message).toMatch(/tidak ditemukan/);
    const empty = await k1.register.call(admin(), 'breach.record', {
      source: {
        kind: 'device',
        officeId: '0190a000-0000-7000-8000-000000000000',
        from: '2026-03-01',
        to: '2026-03-02',
      },
      how: ' ',
      steps: 'Lapor polisi.',
    });
    expect(errorOf(empty, 'VALIDATION').fields?.how).toMatch(/wajib diisi/);
    expect(unwrap(await k1.register.call(admin(), 'breach.sources', {})).incidents).toHaveLength(before);
    const petugas = await k1.register.call(k1.users.petugas.caller, 'breach.sources', {});
    errorOf(petugas, 'FORBIDDEN');
  });
});
