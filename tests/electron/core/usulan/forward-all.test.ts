// usulan.forwardAll: Dinsos's head forwards every verified proposal of the filter at once, each step and audit entry its own.
import { describe, expect, it, vi } from 'vitest';
import { as } from '../../../support/cases.ts';
import { errorOf, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  carry,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  sentToDinsos,
  takeStep,
} from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

const stateAt = async (o: TestOffice, id: string): Promise<string> =>
  unwrap(await o.register.call(await as(o, 'pengamat'), 'usulan.get', { id })).state;

describe('usulan.forwardAll', () => {
  it('forwards the verified ones of the filter, oldest first, each audited; refuses other roles and offices', async () => {
    const [u1, u2, u4] = await sentToDinsos(net.k1, net.dinsos, [2901, 2902, 2904]);
    const h3 = await householdWithMember(net.k1, 2903);
    const p3 = await proposal(net.k1, h3.householdId, { kind: 'perbaikan_data' });
    await takeStep(net.k1, 'tksk', p3.id, 'siap_musdes');
    await takeStep(net.k1, 'koordinator', p3.id, 'disetujui_musdes');
    await takeStep(net.k1, 'petugas', p3.id, 'dikirim');
    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    if (!u1 || !u2 || !u4) throw new Error('three proposals expected');
    for (const id of [u1.id, u2.id, p3.id]) await takeStep(net.dinsos, 'petugas', id, 'diverifikasi');

    const d = net.dinsos.register;
    // The petugas may verify but not forward; an office forwards nothing.
    errorOf(await d.call(await as(net.dinsos, 'petugas'), 'usulan.forwardAll', {}), 'FORBIDDEN');
    const atOffice = errorOf(
      await net.k1.register.call(await as(net.k1, 'koordinator'), 'usulan.forwardAll', {}),
      'FORBIDDEN',
    );
    expect(atOffice.message).toMatch(/Dinas Sosial/);
    const none = errorOf(
      await d.call(await as(net.dinsos, 'koordinator'), 'usulan.forwardAll', { kind: 'sanggah' }),
      'VALIDATION',
    );
    expect(none.message).toMatch(/Tidak ada usulan terverifikasi/);
    expect(await stateAt(net.dinsos, u1.id)).toBe('diverifikasi');

    const head = await as(net.dinsos, 'koordinator');
    const oldestFirst = [u1, u2]
      .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id))
      .map((u) => u.id);
    // All or none: the second step failing (a trigger stands in for any failure) leaves the first verified too.
    d.deps.sqlite.exec(`create temp trigger fail_second before insert on usulan_steps
      when new.usulan_id = '${oldestFirst[1] ?? ''}' begin select raise(abort, 'uji gagal'); end`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    errorOf(await d.call(head, 'usulan.forwardAll', { kind: 'usul_baru' }), 'INTERNAL');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    d.deps.sqlite.exec('drop trigger fail_second');
    expect([await stateAt(net.dinsos, u1.id), await stateAt(net.dinsos, u2.id)]).toEqual([
      'diverifikasi',
      'diverifikasi',
    ]);

    const done = unwrap(
      await d.call(head, 'usulan.forwardAll', { kind: 'usul_baru', reason: 'Batch Maret.' }),
    );
    expect(done.ids).toEqual(oldestFirst);
    for (const id of done.ids) {
      const u = unwrap(await d.call(head, 'usulan.get', { id }));
      expect(u.state).toBe('diteruskan');
      expect(u.steps.at(-1)).toMatchObject({
        step: 'diteruskan',
        actorRole: 'koordinator',
        reason: 'Batch Maret.',
      });
    }
    // Outside the filter, or not verified: untouched.
    expect(await stateAt(net.dinsos, p3.id)).toBe('diverifikasi');
    expect(await stateAt(net.dinsos, u4.id)).toBe('dikirim');

    const audit = d.deps.sqlite
      .prepare(
        `select action, entity_id from audit_log where outcome = 'ok'
           and (action = 'usulan.forwardAll' or (action = 'usulan.transition' and detail like '%teruskan semua%'))
         order by id`,
      )
      .all() as { action: string; entity_id: string | null }[];
    expect(audit).toEqual([
      ...oldestFirst.map((id) => ({ action: 'usulan.transition', entity_id: id })),
      { action: 'usulan.forwardAll', entity_id: null },
    ]);

    // No filter: the rest; then nothing is left to forward. The office learns of it by sync.
    expect(unwrap(await d.call(head, 'usulan.forwardAll', {})).ids).toEqual([p3.id]);
    errorOf(await d.call(head, 'usulan.forwardAll', {}), 'VALIDATION');
    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    expect(await stateAt(net.k1, u2.id)).toBe('diteruskan');
  });
});
