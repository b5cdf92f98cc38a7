// Puts the focus on the first field of the wizard's visible step (the checked radio, else the first input).

export function focusFirstField(form: HTMLFormElement): void {
  const fields = [...form.querySelectorAll<HTMLElement>('input, textarea, select')].filter(
    (el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
  const first = fields[0];
  if (!first) return;
  if (first instanceof HTMLInputElement && first.type === 'radio' && first.name) {
    const checked = fields.find(
      (el) => el instanceof HTMLInputElement && el.name === first.name && el.checked,
    );
    (checked ?? first).focus();
    return;
  }
  first.focus();
}
