// Contract methods for signing in and out, locking and unlocking, and changing one's own password.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { password } from '../../validation/common.ts';
import { method } from '../define.ts';
import type { SessionInfo } from '../../types/users.ts';

export const signInInput = z.object({
  username: line(z.string().trim().min(1, 'Isi nama pengguna.')),
  password: line(z.string().min(1, 'Isi kata sandi.')),
});

export const authMethods = {
  'auth.signIn': method<SessionInfo>()({ input: signInInput, access: 'public', mutates: true }),
  'auth.session': method<SessionInfo>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  'auth.lock': method<{ locked: true }>()({ input: z.object({}), access: 'session', mutates: true }),
  'auth.unlock': method<SessionInfo>()({
    input: z.object({ password: line(z.string().min(1, 'Isi kata sandi.')) }),
    access: 'session',
    mutates: true,
  }),
  'auth.signOut': method<{ signedOut: true }>()({ input: z.object({}), access: 'session', mutates: true }),
  'auth.changePassword': method<{ changed: true }>()({
    input: z.object({
      currentPassword: line(z.string().min(1, 'Isi kata sandi lama.')),
      newPassword: password,
    }),
    access: 'signedIn',
    mutates: true,
  }),
} as const;
