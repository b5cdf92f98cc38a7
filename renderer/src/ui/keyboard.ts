// Keyboard-first forms: Enter submits from any field (Shift+Enter is a new line), Escape goes back a step.
import type { KeyboardEvent } from 'react';

/** An open Mantine combobox (Select dropdown) owns Enter and Escape until it closes. */
const ownsKeys = (el: HTMLElement): boolean => el.hasAttribute('data-expanded');

export interface FormKeyOptions {
  /** Escape pressed outside an open dropdown. */
  onEscape?: () => void;
}

/**
 * onKeyDown for a <form>: Enter in any input, select or textarea submits the form (buttons and links
 * keep their own Enter); Shift+Enter in a textarea adds a line. Escape calls onEscape.
 */
export function formKeys(options: FormKeyOptions = {}) {
  return (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.defaultPrevented || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && options.onEscape) {
      if (ownsKeys(target)) return;
      e.preventDefault();
      options.onEscape();
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.metaKey) return;
    if (target.tagName === 'BUTTON' || target.tagName === 'A' || ownsKeys(target)) return;
    if (target.getAttribute('role') === 'listbox') return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  };
}

/** Arrow keys, Home/End and Enter over a list of `count` options; returns true when it handled the key. */
export function listKeys(
  e: KeyboardEvent,
  count: number,
  active: number,
  setActive: (i: number) => void,
  onPick: (i: number) => void,
): boolean {
  if (count === 0) return false;
  const go: Record<string, () => void> = {
    ArrowDown: () => setActive((active + 1) % count),
    ArrowUp: () => setActive(active <= 0 ? count - 1 : active - 1),
    Home: () => setActive(0),
    End: () => setActive(count - 1),
    Enter: () => {
      if (active >= 0) onPick(active);
    },
  };
  const action = go[e.key];
  if (!action) return false;
  e.preventDefault();
  action();
  return true;
}
