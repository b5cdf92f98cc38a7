// Creating proposals and taking steps at one office: the refusals (Indonesian, writing nothing) and the one-open-per-kind rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { dbSnapshot, errorOf, openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { householdWithMember, proposal, takeStep, tryStep } from '../../../support/usulan.ts';

let office: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
}, 60_000);
afterAll(async () => {
  await office.dispose();
  await dinsos.dispose();
});

describe('usulan.create and usulan.transition at one office', () => {
  it('one open proposal of a kind per household; another kind, or after a withdrawal, is fine', async () => {
    const h = await householdWithMember(office, 2001);
    const first = await proposal(office, h.householdId);
    const before = dbSnapshot(office.register);
    const twin = errorOf(
      await office.register.call(await as(office, 'petugas'), 'usulan.create', {
        householdId: h.householdId,
        kind: 'usul_baru',
        reason: 'Diusulkan lagi (uji).',
      }),
      'CONFLICT',
    );
    expect(twin.message).toBe(
      'Keluarga ini sudah punya usulan "usul baru" yang masih berjalan (draf); lanjutkan atau tarik usulan itu dulu.',
    );
    expect(dbSnapshot(office.register).register).toBe(before.register);
    await proposal(office, h.householdId, { kind: 'perbaikan_data' });
    await takeStep(office, 'koordinator', first.id, 'ditarik', { reason: 'Warga pindah (uji).' });
    expect((await proposal(office, h.householdId)).state).toBe('draft');
  });

  it('refuses in Indonesian and writes nothing: a stranger to the household, a missing reason or session, a wrong state', async () => {
    const h = await householdWithMember(office, 2002);
    const other = await householdWithMember(office, 2003);
    const petugas = await as(office, 'petugas');
    const before = dbSnapshot(office.register);
    const stranger = errorOf(
      await office.register.call(petugas, 'usulan.create', {
        householdId: h.householdId,
        personIds: [other.personId],
        kind: 'usul_baru',
        reason: 'Bukan anggota keluarga (uji).',
      }),
      'VALIDATION',
    );
    expect(stranger.fields?.personIds).toBe('Warga yang dipilih harus anggota keluarga ini.');
    expect(dbSnapshot(office.register).register).toBe(before.register);

    const u = await proposal(office, h.householdId);
    const early = errorOf(await tryStep(office, 'petugas', u.id, 'dikirim'), 'VALIDATION');
    expect(early.fields?.step).toBe(
      'Usulan berstatus "draf" tidak bisa langsung menjadi "dikirim ke dinsos".',
    );
    await takeStep(office, 'petugas', u.id, 'siap_musdes');
    const noSession = errorOf(
      await office.register.call(petugas, 'usulan.transition', { id: u.id, step: 'disetujui_musdes' }),
      'VALIDATION',
    );
    expect(noSession.fields?.sessionId).toMatch(/musdes/);
    const noReason = errorOf(await tryStep(office, 'koordinator', u.id, 'ditolak_musdes'), 'VALIDATION');
    expect(noReason.fields?.reason).toBe('Isi alasan untuk langkah "ditolak musdes".');
    errorOf(await tryStep(office, 'tksk', u.id, 'disetujui_musdes'), 'FORBIDDEN');
    const after = await takeStep(office, 'koordinator', u.id, 'ditolak_musdes', { reason: 'Mampu (uji).' });
    expect([after.state, after.allowedSteps]).toEqual(['ditolak_musdes', []]);
  });

  it('Dinsos does not make proposals', async () => {
    const h = await householdWithMember(dinsos, 2004);
    const e = errorOf(
      await dinsos.register.call(await as(dinsos, 'petugas'), 'usulan.create', {
        householdId: h.householdId,
        kind: 'usul_baru',
        reason: 'Dinsos mencoba mengusulkan (uji).',
      }),
      'FORBIDDEN',
    );
    expect(e.message).toMatch(/bukan Dinas Sosial/);
  });
});
