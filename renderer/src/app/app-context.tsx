// React context giving screens the office status, the signed-in session, and lock / sign-out actions.
import { createContext, useContext } from 'react';
import type { SystemStatus } from '../../../shared/types/office.ts';
import type { SecuritySettings, SessionInfo } from '../../../shared/types/users.ts';

export interface AppApi {
  status: SystemStatus;
  session: SessionInfo;
  lock(): Promise<void>;
  signOut(): Promise<void>;
  /** The core ended the session and locked the account (too many wrong passwords): back to sign-in, saying why. */
  lockedOut(message: string): void;
  securityChanged(security: SecuritySettings): void;
}

export const AppContext = createContext<AppApi | null>(null);

/** For screens inside the shell, where a session and a set-up office always exist. */
export function useApp(): AppApi {
  const api = useContext(AppContext);
  if (!api) throw new Error('useApp outside the signed-in shell');
  return api;
}
