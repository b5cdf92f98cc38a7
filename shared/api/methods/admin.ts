// Contract methods an admin uses: users, security settings and the audit log.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { password, personName, username, uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import { ROLES } from '../roles.ts';
import type { AuditPage, SecuritySettings, UserSummary } from '../../types/users.ts';

const role = z.enum(ROLES, 'Pilih peran.');

export const createUserInput = z.object({ username, fullName: personName, role, password });

export const securitySettingsInput = z.object({
  maxFailedAttempts: z.number().int().min(3, 'Minimal 3 kali.').max(20, 'Maksimal 20 kali.'),
  lockoutSeconds: z.number().int().min(60, 'Minimal 1 menit.').max(86_400, 'Maksimal 24 jam.'),
  idleLockSeconds: z.number().int().min(15, 'Minimal 15 detik.').max(86_400, 'Maksimal 24 jam.'),
});

/** Instants, so the renderer can turn a local (WIB/WITA/WIT) day into its exact bounds. */
const instant = z.iso.datetime({ offset: true, message: 'Waktu tidak valid.' });

export const adminMethods = {
  'users.list': method<UserSummary[]>()({ input: z.object({}), access: ['admin'], mutates: false }),
  'users.create': method<UserSummary>()({ input: createUserInput, access: ['admin'], mutates: true }),
  'users.update': method<UserSummary>()({
    input: z.object({
      id: uuid,
      fullName: personName.optional(),
      role: role.optional(),
      active: z.boolean().optional(),
    }),
    access: ['admin'],
    mutates: true,
  }),
  'users.resetPassword': method<UserSummary>()({
    input: z.object({ id: uuid, newPassword: password }),
    access: ['admin'],
    mutates: true,
  }),
  'settings.security': method<SecuritySettings>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  'settings.updateSecurity': method<SecuritySettings>()({
    input: securitySettingsInput,
    access: ['admin'],
    mutates: true,
  }),
  'audit.list': method<AuditPage>()({
    input: z.object({
      username: line(z.string().trim().max(32)).optional(),
      action: line(z.string().trim().max(64)).optional(),
      from: instant.optional(),
      to: instant.optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    access: ['admin'],
    mutates: false,
  }),
} as const;
