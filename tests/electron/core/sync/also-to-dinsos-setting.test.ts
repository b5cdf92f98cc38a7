// A desa Puskesos with its own connection: the setting "Kirim juga langsung ke Dinsos" makes every export reach Dinsos too.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_SETTINGS } from '../../../../electron/core/sync/schedule-settings.ts';
import { insertPerson } from '../../../support/cases.ts';
import { tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../support/sync-kecamatan.ts';
import { digestOf, exportTo, importAll } from '../../../support/sync-network.ts';

let net: KecamatanWithDesa;
const dir = tempDir('puskesos-also-dinsos-');
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};
const settingsOf = (o: TestOffice) => o.register.call(o.users.admin.caller, 'sync.settings', {});
const { alsoToDinsos: _default, ...withoutSetting } = DEFAULT_SYNC_SETTINGS;

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  await insertPerson(net.desa.register, { name: 'Warga Berkoneksi' });
}, 120_000);
afterAll(() => net.close());

describe('Kirim juga langsung ke Dinsos', () => {
  it('off by default: the desa under its kecamatan sends to the kecamatan only', async () => {
    const view = unwrap(await settingsOf(net.desa));
    expect([view.underKecamatan, view.settings.alsoToDinsos]).toEqual([true, false]);
    const out = await exportTo(net.desa.register, outDir());
    expect(out.map((b) => b.recipientOfficeId)).toEqual([net.ids.kec]);
  });

  it('only a desa under a kecamatan is offered the setting', async () => {
    expect(unwrap(await settingsOf(net.kec)).underKecamatan).toBe(false);
  });

  it('turned on by the admin: every export also writes a bundle straight to Dinsos, which applies it', async () => {
    const saved = unwrap(
      await net.desa.register.call(net.desa.users.admin.caller, 'sync.updateSettings', {
        ...withoutSetting,
        alsoToDinsos: true,
      }),
    );
    expect(saved.settings.alsoToDinsos).toBe(true);
    await insertPerson(net.desa.register, { name: 'Warga Kedua' });
    const out = await exportTo(net.desa.register, outDir());
    expect(out.map((b) => b.recipientOfficeId).sort()).toEqual([net.ids.dinsos, net.ids.kec].sort());
    const toDinsos = out.find((b) => b.recipientOfficeId === net.ids.dinsos)?.path ?? '';
    const [o] = await importAll(net.dinsos.register, [toDinsos]);
    expect(o?.status).toBe('applied');
    expect(digestOf(net.dinsos.register, net.ids.desa)).toBe(digestOf(net.desa.register, net.ids.desa));
  });

  it('a save from a form without the field keeps it', async () => {
    const saved = unwrap(
      await net.desa.register.call(net.desa.users.admin.caller, 'sync.updateSettings', withoutSetting),
    );
    expect(saved.settings.alsoToDinsos).toBe(true);
  });
});
