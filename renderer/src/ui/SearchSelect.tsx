// A searchable Mantine Select for typing: the first match is highlighted as you type and Enter always takes it.
import { Select, type SelectProps } from '@mantine/core';
import type { KeyboardEvent } from 'react';

/*
 * Mantine's Select loses the highlighted option's index when the dropdown opens while keystrokes are
 * still queued (a busy PC, a fast typist): the option looks selected but Enter does nothing. Enter here
 * clicks the highlighted option itself; with deselecting off, a second click by Mantine changes nothing.
 */
function enterTakesHighlighted(e: KeyboardEvent<HTMLInputElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const input = e.currentTarget;
  if (!input.hasAttribute('data-expanded')) return;
  const listId = input.getAttribute('aria-controls');
  const option = listId
    ? document.getElementById(listId)?.querySelector<HTMLElement>('[data-combobox-selected]')
    : null;
  if (!option) return;
  e.preventDefault();
  option.click();
}

export function SearchSelect(
  props: Omit<SelectProps, 'searchable' | 'selectFirstOptionOnChange' | 'allowDeselect'>,
) {
  return (
    <Select
      {...props}
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      onKeyDown={(e) => {
        props.onKeyDown?.(e);
        enterTakesHighlighted(e);
      }}
    />
  );
}
