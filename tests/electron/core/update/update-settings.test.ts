// The key an update folder must be signed with: the Dinsos key pinned from the network file, or a Dinsos office's own key.
import { afterAll, describe, expect, it } from 'vitest';
import { putMeta } from '../../../../electron/core/office/office-repo.ts';
import { NETWORK_KEY } from '../../../../electron/core/sync/trust-meta.ts';
import { UpdateRefused } from '../../../../electron/core/update/refusal.ts';
import { dinsosSignKey } from '../../../../electron/core/update/update-settings.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
} from '../../../support/register.ts';
import { DINSOS } from '../../../support/update-release.ts';

afterAll(() => removeTempDirs());

describe('dinsosSignKey', () => {
  it('refuses at an office that has not imported a network file, then uses the pinned Dinsos key', async () => {
    const { register } = await openTestRegister();
    try {
      unwrap(await register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
      const err = await dinsosSignKey(register.deps.db).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UpdateRefused);
      expect((err as UpdateRefused).reason).toBe('NO_TRUSTED_KEY');
      expect((err as UpdateRefused).message).toMatch(/belum mengimpor file jaringan/);
      await putMeta(
        register.deps.db,
        NETWORK_KEY,
        JSON.stringify({ dinsosSignPublicKey: DINSOS.keys.sign.publicKey, networkVersion: 1 }),
      );
      expect(await dinsosSignKey(register.deps.db)).toBe(DINSOS.keys.sign.publicKey);
    } finally {
      await register.close();
    }
  });

  it("at a Dinsos office it is the office's own key", async () => {
    const { register } = await openTestRegister();
    try {
      unwrap(
        await register.call(NO_SESSION, 'setup.complete', {
          ...SETUP_INPUT,
          officeType: 'dinsos',
          regionCode: '33.01',
          name: 'Dinas Sosial Kabupaten Contoh',
        }),
      );
      const own = await register.deps.db
        .selectFrom('offices')
        .select('sign_public_key')
        .executeTakeFirstOrThrow();
      expect(await dinsosSignKey(register.deps.db)).toBe(own.sign_public_key);
    } finally {
      await register.close();
    }
  });
});
