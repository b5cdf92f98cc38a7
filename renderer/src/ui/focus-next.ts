// Moves keyboard focus to the next field in Tab order after an element (a choice made by one key moves on).

/** Elements Tab would stop at, in document order (one radio per group: the checked one, else the first). */
function tabStops(root: ParentNode): HTMLElement[] {
  const all = [
    ...root.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [tabindex]'),
  ].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLInputElement).disabled &&
      el.getAttribute('aria-hidden') !== 'true' &&
      el.getClientRects().length > 0,
  );
  const seenGroups = new Set<string>();
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    if (seenGroups.has(el.name)) return false;
    const group = all.filter(
      (x) => x instanceof HTMLInputElement && x.type === 'radio' && x.name === el.name,
    );
    const stop = group.find((x) => (x as HTMLInputElement).checked) ?? group[0];
    if (stop !== el) return false;
    seenGroups.add(el.name);
    return true;
  });
}

/** Focuses the first Tab stop after `after` (and outside it) within its form, or the page. */
export function focusNextAfter(after: HTMLElement): void {
  const root: ParentNode = after.closest('form') ?? document;
  const next = tabStops(root).find(
    (el) =>
      !after.contains(el) && (after.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  next?.focus();
}

/** After React has rendered what the choice changed, focus the next Tab stop after `after`. */
export const focusNextLater = (after: HTMLElement): void => {
  window.setTimeout(() => focusNextAfter(after), 0);
};
