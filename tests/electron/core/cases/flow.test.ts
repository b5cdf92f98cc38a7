// The whole SLRT flow through the dispatch with the right roles, intake rules, and what every step records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { dbSnapshot, errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, insertPerson, intake, TEST_DESA, todayOf } from '../../../support/cases.ts';

let office: TestOffice;
let personId: string;
beforeAll(async () => {
  office = await openSetUpOffice();
  personId = await insertPerson(office.register, { name: 'Warga Alur Lengkap', desaCode: TEST_DESA });
});
afterAll(() => office.dispose());

const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);

const audit = (action: string) =>
  office.register.deps.sqlite
    .prepare(
      'select username, role, entity_type, entity_id, outcome, detail from audit_log where action = ? order by id',
    )
    .all(action) as {
    username: string;
    role: string;
    entity_type: string;
    entity_id: string;
    outcome: string;
    detail: string;
  }[];

/** Everything except the audit log and sessions: a refused write leaves all of it as it was. */
const registerState = () => {
  const s = dbSnapshot(office.register);
  const { audit_log: _a, sessions: _s, ...counts } = s.counts;
  return { counts, register: s.register };
};

describe('the SLRT flow', () => {
  it('DITERIMA → VERIFIKASI → ASESMEN → REKOMENDASI → DITETAPKAN → DIRUJUK → outcome → SELESAI', async () => {
    const petugas = await as(office, 'petugas');
    const koordinator = await as(office, 'koordinator');
    const tksk = await as(office, 'tksk');
    const today = todayOf(office);

    // Registrasi (FO), fast track for a pregnant resident.
    const created = unwrap(
      await call(
        petugas,
        'cases.create',
        intake(personId, { fastTrack: true, fastTrackReason: 'Ibu hamil (uji)' }),
      ),
    );
    expect(created).toMatchObject({
      status: 'DITERIMA',
      caseNumber: '33.01.08/2026/00001',
      fastTrack: true,
      fastTrackReason: 'Ibu hamil (uji)',
      desaCode: TEST_DESA,
      beneficiaryName: 'Warga Alur Lengkap',
      closedAt: null,
      overdue: false,
      canRefer: false,
    });
    expect(created.allowedTransitions).toEqual([
      { to: 'SELESAI_DI_FO', requiresReason: false },
      { to: 'VERIFIKASI', requiresReason: false },
      { to: 'DIBATALKAN', requiresReason: true },
    ]);
    const id = created.id;

    // Verifikasi, asesmen, rekomendasi by the back office.
    for (const to of ['VERIFIKASI', 'ASESMEN', 'REKOMENDASI'] as const) {
      expect(unwrap(await call(petugas, 'cases.transition', { id, to })).status).toBe(to);
    }

    // Penetapan belongs to the koordinator: the petugas is refused and nothing changes.
    const before = registerState();
    const refused = errorOf(await call(petugas, 'cases.transition', { id, to: 'DITETAPKAN' }), 'FORBIDDEN');
    expect(refused.message).toBe(
      'Perubahan status dari Rekomendasi ke Ditetapkan hanya dapat dilakukan oleh koordinator.',
    );
    expect(registerState()).toEqual(before);
    const asPetugas = unwrap(await call(petugas, 'cases.get', { id }));
    expect(asPetugas.allowedTransitions.map((t) => t.to)).not.toContain('DITETAPKAN');
    const asKoordinator = unwrap(await call(koordinator, 'cases.get', { id }));
    expect(asKoordinator.allowedTransitions.map((t) => t.to)).toContain('DITETAPKAN');

    // Deciding records the decision itself: without its text the penetapan is refused and nothing changes.
    const beforeDecision = registerState();
    const undecided = errorOf(
      await call(koordinator, 'cases.transition', { id, to: 'DITETAPKAN', note: 'Diusulkan ke PKH (uji).' }),
      'VALIDATION',
    );
    expect(undecided.message).toBe(
      'Keputusan (layanan yang ditetapkan) wajib diisi untuk status Ditetapkan.',
    );
    expect(registerState()).toEqual(beforeDecision);
    expect(asKoordinator.allowedTransitions.find((t) => t.to === 'DITETAPKAN')?.requiresReason).toBe(true);
    expect(asKoordinator.decision).toBeNull();

    const decided = unwrap(
      await call(koordinator, 'cases.transition', {
        id,
        to: 'DITETAPKAN',
        reason: 'Diusulkan sebagai penerima PKH (uji).',
        note: null,
      }),
    );
    expect(decided.status).toBe('DITETAPKAN');
    expect(decided.decision).toMatchObject({ text: 'Diusulkan sebagai penerima PKH (uji).' });
    expect(decided.decision?.actorName).toBe(decided.events.at(-1)?.actorName);
    expect(decided.canRefer).toBe(true);
    expect(decided.allowedTransitions.map((t) => t.to)).not.toContain('DIRUJUK');

    // Rujukan: the letter moves the case to DIRUJUK and schedules the 14-day follow-up.
    const referred = unwrap(
      await call(petugas, 'referrals.create', {
        caseId: id,
        destination: 'PKH',
        reason: 'Memenuhi kriteria PKH (uji).',
      }),
    );
    expect(referred.status).toBe('DIRUJUK');
    expect(referred.referrals).toHaveLength(1);
    const referral = referred.referrals[0]!;
    expect(referral).toMatchObject({
      caseNumber: '33.01.08/2026/00001',
      destination: 'PKH',
      letterNumber: '001/RUJ/33.01.08/III/2026',
      letterDate: today,
      status: 'TERKIRIM',
      outcome: null,
      overdue: false,
    });
    expect(referred.followUps).toEqual([
      expect.objectContaining({
        referralId: referral.id,
        dueDate: '2026-03-16',
        doneDate: null,
        overdue: false,
      }),
    ]);

    // The TKSK escorts the program and records its answer: accepted.
    const answered = unwrap(
      await call(tksk, 'referrals.recordOutcome', {
        id: referral.id,
        outcome: 'DITERIMA',
        outcomeDate: today,
        note: 'Masuk daftar penerima tahap berikut (uji).',
      }),
    );
    expect(answered.status).toBe('MENUNGGU_TINDAK_LANJUT');
    expect(answered.referrals[0]).toMatchObject({
      status: 'SELESAI',
      outcome: 'DITERIMA',
      outcomeDate: today,
    });
    expect(answered.followUps[0]).toMatchObject({ doneDate: today, overdue: false });

    // Monitoring done: the resident is served.
    office.clock.ms += 3_600_000;
    const closed = unwrap(
      await call(await as(office, 'tksk'), 'cases.transition', {
        id,
        to: 'SELESAI',
        note: 'Bantuan sudah diterima.',
      }),
    );
    expect(closed.status).toBe('SELESAI');
    expect(closed.closedAt).toBe(new Date(office.clock.ms).toISOString());
    expect(closed.allowedTransitions).toEqual([]);
    expect(closed.canRefer).toBe(false);

    // Every step is in the history with who, when and why.
    expect(closed.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      ['dibuat', null, 'DITERIMA', 'petugas'],
      ['transisi', 'DITERIMA', 'VERIFIKASI', 'petugas'],
      ['transisi', 'VERIFIKASI', 'ASESMEN', 'petugas'],
      ['transisi', 'ASESMEN', 'REKOMENDASI', 'petugas'],
      ['transisi', 'REKOMENDASI', 'DITETAPKAN', 'koordinator'],
      ['rujukan', 'DITETAPKAN', 'DIRUJUK', 'petugas'],
      ['hasil_rujukan', 'DIRUJUK', 'MENUNGGU_TINDAK_LANJUT', 'tksk'],
      ['transisi', 'MENUNGGU_TINDAK_LANJUT', 'SELESAI', 'tksk'],
    ]);
    expect(closed.events.map((e) => e.actorName)).toEqual([
      ...Array(4).fill('Pengguna petugas'),
      'Pengguna koordinator',
      'Pengguna petugas',
      'Pengguna tksk',
      'Pengguna tksk',
    ]);
    expect(closed.events[4]).toMatchObject({ reason: 'Diusulkan sebagai penerima PKH (uji).', note: null });
    expect(closed.events[5]).toMatchObject({
      reason: 'Memenuhi kriteria PKH (uji).',
      note: expect.stringContaining('001/RUJ/33.01.08/III/2026'),
    });
    expect(closed.events[6]?.note).toContain('Diterima program');
    expect(closed.events.at(-1)?.at).toBe(closed.closedAt);

    // A closed case stays closed.
    const again = errorOf(
      await call(await as(office, 'koordinator'), 'cases.transition', { id, to: 'DIRUJUK' }),
      'VALIDATION',
    );
    expect(again.message).toContain('sudah ditutup');

    // The audit log names the case for each write and for the view, with no personal data.
    expect(audit('cases.create')).toEqual([
      expect.objectContaining({
        username: 'uji-petugas',
        role: 'petugas',
        entity_type: 'case',
        entity_id: id,
        outcome: 'ok',
      }),
    ]);
    expect(audit('cases.transition').filter((a) => a.outcome === 'ok')).toHaveLength(5);
    expect(
      audit('cases.transition')
        .filter((a) => a.outcome === 'gagal')
        .map((a) => a.detail),
    ).toContainEqual(expect.stringContaining(refused.message));
    expect(audit('referrals.recordOutcome')[0]).toMatchObject({
      entity_type: 'referral',
      entity_id: referral.id,
    });
    expect(audit('cases.get').map((a) => [a.entity_type, a.entity_id])).toContainEqual(['case', id]);
    for (const a of office.register.deps.sqlite.prepare('select detail from audit_log').all() as {
      detail: string | null;
    }[]) {
      expect(a.detail ?? '').not.toContain('Warga Alur Lengkap');
    }
  });

  it('closes at the desk (SELESAI_DI_FO), the TKSK included', async () => {
    const c = unwrap(
      await call(await as(office, 'tksk'), 'cases.create', intake(personId, { channel: 'KUNJUNGAN' })),
    );
    const done = unwrap(
      await call(await as(office, 'tksk'), 'cases.transition', { id: c.id, to: 'SELESAI_DI_FO' }),
    );
    expect(done).toMatchObject({ status: 'SELESAI_DI_FO', closedAt: expect.any(String) });
  });

  it('adds notes to the history, also on a closed case', async () => {
    const c = unwrap(await call(await as(office, 'petugas'), 'cases.create', intake(personId)));
    unwrap(await call(await as(office, 'petugas'), 'cases.transition', { id: c.id, to: 'SELESAI_DI_FO' }));
    const noted = unwrap(
      await call(await as(office, 'koordinator'), 'cases.addNote', {
        id: c.id,
        note: 'Warga kembali bertanya.',
      }),
    );
    expect(noted.events.at(-1)).toMatchObject({
      type: 'catatan',
      note: 'Warga kembali bertanya.',
      actorName: 'Pengguna koordinator',
      actorRole: 'koordinator',
    });
  });
});

describe('intake rules', () => {
  const refusedIntake = async (input: Parameters<typeof intake>[1], beneficiary = personId) => {
    const before = registerState();
    const err = errorOf(
      await call(await as(office, 'petugas'), 'cases.create', intake(beneficiary, input)),
      'VALIDATION',
    );
    expect(registerState()).toEqual(before);
    return err;
  };

  it('needs a beneficiary who exists and is not deleted', async () => {
    const missing = await refusedIntake({}, '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e');
    expect(missing.fields?.beneficiaryId).toBe('Warga penerima manfaat tidak ditemukan di register.');
    const gone = await insertPerson(office.register, { name: 'Warga Terhapus', deleted: true });
    expect((await refusedIntake({}, gone)).fields).toHaveProperty('beneficiaryId');
    const reporter = await refusedIntake({ reporterId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' });
    expect(reporter.fields).toHaveProperty('reporterId');
  });

  it('checks the classification: a complaint needs its sub-kind, a sub-category its category', async () => {
    const noSubKind = await refusedIntake({ kind: 'KELUHAN', subKind: null });
    expect(noSubKind.fields?.subKind).toContain('pertanyaan, saran atau pengaduan');
    const wrongSub = await refusedIntake({ category: 'PENYALURAN', subCategory: 'DATA_TIDAK_TERDAFTAR' });
    expect(wrongSub.fields).toHaveProperty('subCategory');
    expect((await refusedIntake({ category: 'RAHASIA' })).fields).toHaveProperty('category');
    expect((await refusedIntake({ channel: 'MERPATI_POS' })).fields?.channel).toContain('tidak dikenal');
    expect((await refusedIntake({ subKind: 'SARAN' })).fields).toHaveProperty('subKind');
  });

  it('asks why a case is fast-tracked', async () => {
    const err = await refusedIntake({ fastTrack: true });
    expect(err.fields?.fastTrackReason).toContain('lansia');
  });

  it('records a complaint with its sub-kind, the reporter by name, and copies the desa from the beneficiary', async () => {
    const elsewhere = await insertPerson(office.register, {
      name: 'Warga Desa Lain',
      desaCode: '33.01.08.2005',
    });
    const c = unwrap(
      await call(
        await as(office, 'petugas'),
        'cases.create',
        intake(elsewhere, {
          kind: 'KELUHAN',
          subKind: 'PENGADUAN',
          category: 'PENYALURAN',
          subCategory: 'PENYALURAN_TIDAK_CAIR',
          reporterName: 'Tetangga (uji)',
        }),
      ),
    );
    expect(c).toMatchObject({
      kind: 'KELUHAN',
      subKind: 'PENGADUAN',
      desaCode: '33.01.08.2005',
      reporterDisplayName: 'Tetangga (uji)',
    });
    const byId = unwrap(
      await call(await as(office, 'petugas'), 'cases.create', intake(elsewhere, { reporterId: personId })),
    );
    expect(byId.reporterDisplayName).toBe('Warga Alur Lengkap');
  });

  it('is refused to the admin and the pengamat by the dispatch', async () => {
    for (const role of ['admin', 'pengamat'] as const) {
      const err = errorOf(await call(await as(office, role), 'cases.create', intake(personId)), 'FORBIDDEN');
      expect(err.message).toBe('Anda tidak memiliki hak untuk tindakan ini.');
    }
  });

  it('cases.get of an unknown id is NOT_FOUND', async () => {
    errorOf(
      await call(await as(office, 'pengamat'), 'cases.get', { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
      'NOT_FOUND',
    );
  });
});
