// What the signed-in role may do, read from the contract's access rules so the UI and the core never disagree.
import { contract, type Method } from '../../../shared/api/contract.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { useApp } from './app-context.tsx';

/** Whether `role` passes the access check of `method` (the core checks again on every call). */
export function mayCall(role: Role, method: Method): boolean {
  const access = contract[method].access;
  if (access === 'public' || access === 'session' || access === 'signedIn') return true;
  return access.includes(role);
}

export interface Permissions {
  /** Register, cases, referrals, follow-ups: petugas, koordinator and TKSK. */
  writeRegister: boolean;
  /** A resident's copy of their own data (UU 27/2022): admin, petugas, koordinator. */
  exportPersonData: boolean;
  /** Erase a resident's personal data at their request (UU 27/2022): admin. */
  erasePerson: boolean;
}

export function usePermissions(): Permissions {
  const role = useApp().session.user.role;
  return {
    writeRegister: mayCall(role, 'persons.create'),
    exportPersonData: mayCall(role, 'documents.personData'),
    erasePerson: mayCall(role, 'persons.erase'),
  };
}
