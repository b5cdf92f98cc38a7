// Dinsos returns a proposal naming the evidence to complete; the office sees what was asked and sends it again.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { carry, kecamatanAndDinsos, sentToDinsos, takeStep, tryStep } from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

describe('dikembalikan with the evidence asked for', () => {
  it('records the items of the kind asked for; refuses others and on other steps; the office sees them', async () => {
    const [u, v] = await sentToDinsos(net.k1, net.dinsos, [2801, 2802]);
    if (!u || !v) throw new Error('two proposals expected');
    expect(u.missingEvidence).toEqual(['foto_rumah']);

    // Surat keterangan is not evidence an usul baru needs; evidence asked on a verification is refused.
    const other = errorOf(
      await tryStep(net.dinsos, 'petugas', u.id, 'dikembalikan', {
        reason: 'Lengkapi berkas.',
        evidenceAsked: ['surat_keterangan'],
      }),
      'VALIDATION',
    );
    expect(other.fields?.evidenceAsked).toMatch(/bukan bukti yang diperlukan untuk usulan "usul baru"/);
    const onVerify = errorOf(
      await tryStep(net.dinsos, 'petugas', v.id, 'diverifikasi', { evidenceAsked: ['kk'] }),
      'VALIDATION',
    );
    expect(onVerify.fields?.evidenceAsked).toMatch(/hanya dicatat saat usulan dikembalikan/);
    // Nothing partial: both refusals left the proposals where they were.
    const still = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.get', { id: v.id }),
    );
    expect(still.state).toBe('dikirim');

    const returned = await takeStep(net.dinsos, 'petugas', u.id, 'dikembalikan', {
      reason: 'Foto rumah belum dilampirkan.',
      evidenceAsked: ['foto_rumah', 'kk', 'kk'],
    });
    expect(returned.state).toBe('dikembalikan');
    // Stored in the kind's order, once each.
    expect(returned.evidenceAsked).toEqual(['kk', 'foto_rumah']);
    expect(returned.steps.at(-1)?.evidenceAsked).toEqual(['kk', 'foto_rumah']);
    const verified = await takeStep(net.dinsos, 'petugas', v.id, 'diverifikasi');
    expect(verified.evidenceAsked).toEqual([]);
    expect(verified.steps.at(-1)?.evidenceAsked).toEqual([]);

    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    const atOffice = unwrap(
      await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.get', { id: u.id }),
    );
    expect([atOffice.state, atOffice.stateReason, atOffice.evidenceAsked]).toEqual([
      'dikembalikan',
      'Foto rumah belum dilampirkan.',
      ['kk', 'foto_rumah'],
    ]);

    // Sent again with the photo: no longer returned, nothing asked any more; the return stays in the history.
    const again = await takeStep(net.k1, 'petugas', u.id, 'dikirim', {
      evidence: ['kk', 'ktp_el', 'foto_rumah'],
    });
    expect([again.state, again.evidenceAsked, again.missingEvidence]).toEqual(['dikirim', [], []]);
    expect(again.steps.find((s) => s.step === 'dikembalikan')?.evidenceAsked).toEqual(['kk', 'foto_rumah']);
    // The office may not ask itself for evidence.
    const own = errorOf(
      await tryStep(net.k1, 'koordinator', v.id, 'ditarik', { reason: 'Uji.', evidenceAsked: ['kk'] }),
      'VALIDATION',
    );
    expect(own.fields?.evidenceAsked).toMatch(/dikembalikan/);
  });
});
