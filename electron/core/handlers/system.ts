// Handlers for system status, regions, first-run setup and office details.
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { hashPassword } from '../auth/password.ts';
import { readSchemaVersion } from '../storage/schema-version.ts';
import { fingerprintOf, generateOfficeKeys } from '../office/keys.ts';
import { putOwnOfficeFacts } from '../office/own-identity.ts';
import { keyProtectionOf, writeKeys } from '../office/keystore.ts';
import { getOwnOffice, getOwnOfficeId } from '../office/office-repo.ts';
import { heldOffices } from '../office/held-offices.ts';
import { levelOfCode, listRegions, resolveRegion } from '../regions/regions.ts';
import { baseStamp } from '../sync/hlc.ts';
import { createWriter } from '../sync/writer.ts';
import type { RegionLevel } from '../../../shared/types/office.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';

const REGION_LEVEL_FOR: Record<OfficeType, RegionLevel> = {
  kecamatan: 'kecamatan',
  desa: 'desa',
  dinsos: 'kabkota',
};
const REGION_LEVEL_LABEL: Record<RegionLevel, string> = {
  provinsi: 'provinsi',
  kabkota: 'kabupaten/kota',
  kecamatan: 'kecamatan',
  desa: 'desa/kelurahan',
};

type SystemHandlers = Pick<
  Handlers,
  | 'system.status'
  | 'regions.list'
  | 'regions.resolve'
  | 'setup.complete'
  | 'office.details'
  | 'office.heldOffices'
>;

export const systemHandlers: SystemHandlers = {
  'system.status': async ({ deps, db }) => {
    const office = await getOwnOffice(db);
    return {
      setupComplete: office !== null,
      office,
      appVersion: deps.appVersion,
      schemaVersion: await readSchemaVersion(db),
    };
  },

  'regions.list': async (_ctx, input) => listRegions(input.level, input.parentCode, input.query),

  'regions.resolve': async (_ctx, input) => resolveRegion(input.code),

  'setup.complete': async (ctx, input) => {
    const { deps, db } = ctx;
    if (await getOwnOfficeId(db)) throw new CoreError('ALREADY_SET_UP', 'Kantor ini sudah disiapkan.');
    const wanted = REGION_LEVEL_FOR[input.officeType];
    const path = await resolveRegion(input.regionCode);
    if (path.length === 0 || levelOfCode(input.regionCode) !== wanted) {
      throw new CoreError(
        'VALIDATION',
        `Pilih ${REGION_LEVEL_LABEL[wanted]} dari daftar wilayah Kemendagri.`,
        {
          fields: { regionCode: `Kode wilayah harus kode ${REGION_LEVEL_LABEL[wanted]} yang terdaftar.` },
        },
      );
    }
    const now = deps.now();
    const at = new Date(now).toISOString();
    if (input.recoverOfficeId && input.officeType === 'dinsos') {
      throw new CoreError(
        'VALIDATION',
        'Pemulihan dengan ID kantor lama hanya untuk kantor kecamatan/desa.',
        {
          fields: { recoverOfficeId: 'Tidak untuk Dinas Sosial.' },
        },
      );
    }
    // A recovered office keeps its id (its case numbering runs per office id) with new keys; its own row gets
    // the base stamp so the row Dinsos holds (with the new keys it enrolled) wins at the re-seed (docs/recovery.md).
    const officeId = input.recoverOfficeId ?? uuidv7({ msecs: now });
    const keys = generateOfficeKeys();
    const fingerprint = fingerprintOf(keys.sign.publicKey, keys.box.publicKey);
    await createWriter(db, officeId, deps.now).insert(
      'offices',
      {
        id: officeId,
        origin_office_id: officeId,
        type: input.officeType,
        region_code: input.regionCode,
        name: input.name,
        address: input.address,
        sign_public_key: keys.sign.publicKey,
        box_public_key: keys.box.publicKey,
        fingerprint,
        created_at: at,
      },
      input.recoverOfficeId ? { stamp: baseStamp(officeId) } : {},
    );
    await putOwnOfficeFacts(db, {
      officeId,
      type: input.officeType,
      regionCode: input.regionCode,
      signPublicKey: keys.sign.publicKey,
      boxPublicKey: keys.box.publicKey,
      fingerprint,
    });
    const adminId = uuidv7({ msecs: now });
    await db
      .insertInto('users')
      .values({
        id: adminId,
        username: input.admin.username,
        full_name: input.admin.fullName,
        role: 'admin',
        password_hash: await hashPassword(input.admin.password),
        active: 1,
        failed_attempts: 0,
        locked_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    // Keys are written last and atomically: if this fails the transaction rolls back and setup can be retried.
    writeKeys(deps.paths.keys, keys, deps.keyProtector);
    ctx.subject('office', officeId);
    const office = await getOwnOffice(db);
    if (!office) throw new Error('office vanished during setup');
    return office;
  },

  'office.details': async (ctx) => {
    const office = await ctx.office();
    const { deps } = ctx;
    return {
      ...office,
      schemaVersion: await readSchemaVersion(ctx.db),
      keyProtection: keyProtectionOf(deps.paths.keys) ?? deps.keyProtector.kind,
      dataDir: deps.paths.dir,
    };
  },

  'office.heldOffices': async (ctx) => heldOffices(ctx.db, await ctx.office()),
};
