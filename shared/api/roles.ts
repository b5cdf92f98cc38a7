// User roles and the access levels a contract method can require.
export const ROLES = ['admin', 'petugas', 'koordinator', 'tksk', 'pengamat'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a method:
 * - 'public': no session needed (first-run setup, sign-in, region lists);
 * - 'session': any session, even a locked one (unlock, sign out);
 * - 'signedIn': any unlocked session, whatever the role;
 * - a list of roles: an unlocked session whose user holds one of them.
 */
export type Access = 'public' | 'session' | 'signedIn' | readonly Role[];

export const OFFICE_TYPES = ['kecamatan', 'desa', 'dinsos'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];
