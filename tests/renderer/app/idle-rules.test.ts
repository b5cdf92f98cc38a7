// The idle lock never falls on a clerk typing in a field, and keys in flight when it appears are not a password.
import { describe, expect, it } from 'vitest';
import {
  keyCountsOnLockScreen,
  LOCK_SCREEN_GRACE_MS,
  shouldLock,
  TYPING_GRACE_MS,
} from '../../../renderer/src/app/idle-rules.ts';

const IDLE = 300_000;
const base = { now: 1_000_000, idleMs: IDLE };

describe('shouldLock', () => {
  it('locks after the idle time with no activity and no field in use', () => {
    expect(shouldLock({ ...base, lastActivity: base.now - IDLE, lastKey: 0, editing: false })).toBe(true);
    expect(shouldLock({ ...base, lastActivity: base.now - IDLE + 1, lastKey: 0, editing: false })).toBe(
      false,
    );
  });

  it('waits while a field has focus and a key was pressed recently', () => {
    const lastKey = base.now - IDLE - TYPING_GRACE_MS + 1;
    expect(shouldLock({ ...base, lastActivity: lastKey, lastKey, editing: true })).toBe(false);
    // The same pause with the focus outside a field locks.
    expect(shouldLock({ ...base, lastActivity: lastKey, lastKey, editing: false })).toBe(true);
    // A long pause in a field locks too.
    const longAgo = base.now - IDLE - TYPING_GRACE_MS;
    expect(shouldLock({ ...base, lastActivity: longAgo, lastKey: longAgo, editing: true })).toBe(true);
  });
});

describe('keyCountsOnLockScreen', () => {
  it('drops keys that arrive right after the lock screen appears', () => {
    expect(keyCountsOnLockScreen(5_000, 5_000)).toBe(false);
    expect(keyCountsOnLockScreen(5_000, 5_000 + LOCK_SCREEN_GRACE_MS - 1)).toBe(false);
    expect(keyCountsOnLockScreen(5_000, 5_000 + LOCK_SCREEN_GRACE_MS)).toBe(true);
  });
});
