// When the idle lock may fall, and which keys on the lock screen count: no keystrokes lost to the lock.

/** A clerk who stopped mid-field (reading a KTP, listening) keeps the screen this much longer. */
export const TYPING_GRACE_MS = 60_000;
/** Keys arriving this soon after the lock screen appeared were typed for the form, not as a password. */
export const LOCK_SCREEN_GRACE_MS = 1_000;

export interface IdleState {
  now: number;
  /** Last keyboard, mouse or focus activity. */
  lastActivity: number;
  /** Last key pressed. */
  lastKey: number;
  /** A text field, text area or select has the focus. */
  editing: boolean;
  idleMs: number;
}

/** Lock after the idle time, but never while a field has focus and typing was recent. */
export function shouldLock(s: IdleState): boolean {
  if (s.now - s.lastActivity < s.idleMs) return false;
  if (s.editing && s.now - s.lastKey < s.idleMs + TYPING_GRACE_MS) return false;
  return true;
}

/** Whether a key pressed at `keyAt` on a lock screen shown at `shownAt` belongs to the password. */
export const keyCountsOnLockScreen = (shownAt: number, keyAt: number): boolean =>
  keyAt - shownAt >= LOCK_SCREEN_GRACE_MS;

/** Whether the focused element takes typing. */
export function isEditing(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}
