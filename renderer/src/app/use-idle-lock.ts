// Locks the session after the configured idle time without keyboard or mouse activity, and keeps
// the core's own idle timer from locking a clerk who is busy typing without making any calls. Never
// while a field has focus and typing was recent (idle-rules.ts).
import { useEffect, useRef } from 'react';
import { call, lastCallTime } from '../api/client.ts';
import { isEditing, shouldLock } from './idle-rules.ts';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'focusin'] as const;
const TICK_MS = 1000;

export function useIdleLock(idleLockSeconds: number, lock: () => void): void {
  const lastActivity = useRef(Date.now());
  const lastKey = useRef(0);
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  }, [lock]);

  useEffect(() => {
    lastActivity.current = Date.now();
    const mark = (e: Event): void => {
      lastActivity.current = Date.now();
      if (e.type === 'keydown') lastKey.current = lastActivity.current;
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, mark, { passive: true, capture: true });
    const idleMs = idleLockSeconds * 1000;
    let pinging = false;
    const timer = window.setInterval(() => {
      const now = Date.now();
      const state = {
        now,
        lastActivity: lastActivity.current,
        lastKey: lastKey.current,
        editing: isEditing(document.activeElement),
        idleMs,
      };
      if (shouldLock(state)) {
        window.clearInterval(timer);
        lockRef.current();
        return;
      }
      // Activity since the last call, and half the idle time gone: tell the core the clerk is still here.
      const last = lastCallTime();
      if (!pinging && lastActivity.current > last && now - last >= idleMs / 2) {
        pinging = true;
        void call('auth.session', {}).finally(() => (pinging = false));
      }
    }, TICK_MS);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, mark, { capture: true });
    };
  }, [idleLockSeconds]);
}
