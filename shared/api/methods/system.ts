// Contract methods for system status, regions, first-run setup and office information.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import {
  address,
  officeName,
  password,
  personName,
  regionCode,
  username,
  uuid,
} from '../../validation/common.ts';
import { method } from '../define.ts';
import { OFFICE_TYPES } from '../roles.ts';
import type { HeldOffice, OfficeDetails, OfficeInfo, Region, SystemStatus } from '../../types/office.ts';

export const setupInput = z.object({
  officeType: z.enum(OFFICE_TYPES, 'Pilih jenis kantor.'),
  regionCode,
  name: officeName,
  address,
  admin: z.object({ username, fullName: personName, password }),
  /** Recovery: this installation replaces a lost one and keeps its office id (new keys; docs/recovery.md). */
  recoverOfficeId: uuid.optional(),
});
export type SetupInput = z.input<typeof setupInput>;

export const systemMethods = {
  'system.status': method<SystemStatus>()({ input: z.object({}), access: 'public', mutates: false }),
  'regions.list': method<Region[]>()({
    input: z.object({
      level: z.enum(['provinsi', 'kabkota', 'kecamatan', 'desa']),
      parentCode: regionCode.optional(),
      query: line(z.string().trim().max(60)).optional(),
    }),
    access: 'public',
    mutates: false,
  }),
  'regions.resolve': method<Region[]>()({
    input: z.object({ code: regionCode }),
    access: 'public',
    mutates: false,
  }),
  'setup.complete': method<OfficeInfo>()({ input: setupInput, access: 'public', mutates: true }),
  'office.details': method<OfficeDetails>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** The own office, then every other office that originated persons or cases held here (the lists' office filter). */
  'office.heldOffices': method<HeldOffice[]>()({ input: z.object({}), access: 'signedIn', mutates: false }),
} as const;
