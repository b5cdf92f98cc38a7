// The DTSEN proposal cycle through the contract across a kecamatan and Dinsos, carried by bundles both ways.
import { describe, expect, it } from 'vitest';
import { as, caseIn } from '../../../support/cases.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { digestOf, officeIdOf } from '../../../support/sync-network.ts';
import {
  carry,
  householdWithMember,
  proposal,
  takeStep,
  tryStep,
  kecamatanAndDinsos,
} from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

describe('usulan DTSEN from the kecamatan through Dinsos and back', () => {
  it('a complaint becomes usul baru; one is returned, the other comes back "diterima, desil 3"', async () => {
    const a = await householdWithMember(net.k1, 1601);
    const b = await householdWithMember(net.k1, 1602);
    // The intake default: a request about DTSEN data, "tidak terdaftar".
    const complaint = await caseIn(net.k1, 'DITERIMA', a.personId);
    const ua = await proposal(net.k1, a.householdId, { caseId: complaint.id, personIds: [a.personId] });
    const ub = await proposal(net.k1, b.householdId, { evidence: ['kk', 'ktp_el', 'foto_rumah'] });
    expect(ua.state).toBe('draft');
    expect(ua.missingEvidence).toEqual(['foto_rumah']);
    expect(ua.caseId).toBe(complaint.id);
    for (const u of [ua, ub]) {
      await takeStep(net.k1, 'tksk', u.id, 'siap_musdes');
      await takeStep(net.k1, 'koordinator', u.id, 'disetujui_musdes');
      const sent = await takeStep(net.k1, 'petugas', u.id, 'dikirim');
      expect(sent.state).toBe('dikirim');
      expect(sent.steps.map((s) => s.step)).toEqual(['siap_musdes', 'disetujui_musdes', 'dikirim']);
      expect(sent.steps[1]?.session?.place).toBe('Balai Desa Uji');
    }
    // The kecamatan cannot take Dinsos's steps.
    errorOf(await tryStep(net.k1, 'koordinator', ua.id, 'diverifikasi'), 'FORBIDDEN');

    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    const atDinsos = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.list', { state: 'dikirim' }),
    );
    expect(atDinsos.items.map((i) => i.id).sort()).toEqual([ua.id, ub.id].sort());
    // No head recorded: the list names the first person the proposal concerns.
    expect(atDinsos.items.find((i) => i.id === ua.id)?.headName).toBe('Warga Usulan 1601');
    // Dinsos cannot take the office's steps.
    errorOf(await tryStep(net.dinsos, 'koordinator', ua.id, 'ditarik', { reason: 'Uji.' }), 'FORBIDDEN');
    const returned = await takeStep(net.dinsos, 'petugas', ua.id, 'dikembalikan', {
      reason: 'Foto rumah belum dilampirkan.',
    });
    expect(returned.state).toBe('dikembalikan');
    await takeStep(net.dinsos, 'petugas', ub.id, 'diverifikasi');
    errorOf(await tryStep(net.dinsos, 'petugas', ub.id, 'diteruskan'), 'FORBIDDEN');
    await takeStep(net.dinsos, 'koordinator', ub.id, 'diteruskan');
    const missingDesil = errorOf(await tryStep(net.dinsos, 'petugas', ub.id, 'hasil_diterima'), 'VALIDATION');
    expect(missingDesil.fields?.desil).toMatch(/desil/i);
    const result = await takeStep(net.dinsos, 'petugas', ub.id, 'hasil_diterima', {
      desil: 3,
      effectiveDate: '2026-04-01',
    });
    expect(result.stateText).toBe('Diterima, desil 3');

    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    const petugas = await as(net.k1, 'petugas');
    const back = unwrap(await net.k1.register.call(petugas, 'usulan.get', { id: ub.id }));
    expect([back.state, back.stateText, back.desil, back.effectiveDate]).toEqual([
      'hasil_diterima',
      'Diterima, desil 3',
      3,
      '2026-04-01',
    ]);
    const household = unwrap(await net.k1.register.call(petugas, 'households.get', { id: b.householdId }));
    expect(household.dtsenDesil).toBe(3);
    const onHousehold = unwrap(
      await net.k1.register.call(petugas, 'usulan.list', { householdId: b.householdId }),
    );
    expect(onHousehold.items.map((i) => [i.stateText, i.stateReason])).toEqual([['Diterima, desil 3', null]]);

    // The returned one: the office sees why, completes the evidence and sends it again.
    const toComplete = unwrap(await net.k1.register.call(petugas, 'usulan.get', { id: ua.id }));
    expect(toComplete.state).toBe('dikembalikan');
    expect(toComplete.steps.at(-1)?.reason).toBe('Foto rumah belum dilampirkan.');
    expect(toComplete.allowedSteps).toContain('dikirim');
    // The household's list says why, so the person page shows it without opening the proposal.
    const returnedOnHousehold = unwrap(
      await net.k1.register.call(petugas, 'usulan.list', { householdId: a.householdId }),
    );
    expect(returnedOnHousehold.items.map((i) => [i.stateText, i.stateReason])).toEqual([
      ['Dikembalikan ke kantor', 'Foto rumah belum dilampirkan.'],
    ]);
    const resent = await takeStep(net.k1, 'petugas', ua.id, 'dikirim', {
      evidence: ['kk', 'ktp_el', 'foto_rumah'],
    });
    expect([resent.state, resent.missingEvidence, resent.stateReason]).toEqual(['dikirim', [], null]);

    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    const again = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.get', { id: ua.id }),
    );
    expect([again.state, again.allowedSteps]).toEqual(['dikirim', ['diverifikasi', 'dikembalikan']]);
    const id = officeIdOf(net.k1.register);
    expect(digestOf(net.dinsos.register, id)).toBe(digestOf(net.k1.register, id));
  });
});
