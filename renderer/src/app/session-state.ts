// The app's top-level state: which screen shows (setup, sign-in, lock, shell) and who is signed in.
import type { SystemStatus } from '../../../shared/types/office.ts';
import type { SecuritySettings, SessionInfo, SessionUser } from '../../../shared/types/users.ts';

export type Phase = 'loading' | 'failed' | 'setup' | 'signIn' | 'locked' | 'shell';

/** Why the sign-in screen is showing, when it is not the plain start: the session ended, or the core said why. */
export type SignInNotice = { kind: 'sessionEnded' } | { kind: 'coreMessage'; message: string };

export interface AppState {
  phase: Phase;
  status: SystemStatus | null;
  session: SessionInfo | null;
  /** The user whose session is locked, so the lock screen can name them. */
  lockedUser: SessionUser | null;
  error: string | null;
  /** A notice for the sign-in screen, e.g. after the session ended elsewhere. */
  notice: SignInNotice | null;
}

export type Action =
  | { type: 'failed'; message: string }
  | { type: 'status'; status: SystemStatus }
  | { type: 'signedIn'; session: SessionInfo }
  | { type: 'locked' }
  | { type: 'signedOut'; notice?: SignInNotice }
  | { type: 'security'; security: SecuritySettings };

export const initialState: AppState = {
  phase: 'loading',
  status: null,
  session: null,
  lockedUser: null,
  error: null,
  notice: null,
};

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'failed':
      return { ...state, phase: 'failed', error: action.message };
    case 'status':
      return { ...state, status: action.status, phase: action.status.setupComplete ? state.phase : 'setup' };
    case 'signedIn':
      return { ...state, phase: 'shell', session: action.session, lockedUser: null, notice: null };
    case 'locked':
      if (state.phase === 'signIn' || state.phase === 'setup') return state;
      return { ...state, phase: 'locked', lockedUser: state.session?.user ?? state.lockedUser };
    case 'signedOut':
      return { ...state, phase: 'signIn', session: null, lockedUser: null, notice: action.notice ?? null };
    case 'security':
      return state.session ? { ...state, session: { ...state.session, security: action.security } } : state;
  }
}
