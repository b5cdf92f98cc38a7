// A searchable Mantine Select for typing: the first match is highlighted as you type and Enter always takes it;
// text that matches no option is refused with a message instead of being dropped silently.
import { Select, type SelectProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * Mantine's Select loses the highlighted option's index when the dropdown opens while keystrokes are
 * still queued (a busy PC, a fast typist): the option looks selected but Enter does nothing. Enter here
 * clicks the highlighted option itself; with deselecting off, a second click by Mantine changes nothing.
 */
function highlighted(input: HTMLInputElement): HTMLElement | null {
  if (!input.hasAttribute('data-expanded')) return null;
  const listId = input.getAttribute('aria-controls');
  return listId
    ? (document.getElementById(listId)?.querySelector<HTMLElement>('[data-combobox-selected]') ?? null)
    : null;
}

/** The label of the chosen value, to tell typed text that is only the current choice from new text. */
function labelOf(data: unknown, value: string | null | undefined): string {
  if (!value || !Array.isArray(data)) return '';
  for (const item of data as unknown[]) {
    if (typeof item === 'string') {
      if (item === value) return item;
    } else if (item && typeof item === 'object') {
      const o = item as { value?: unknown; label?: unknown; items?: unknown };
      if (o.items) {
        const found = labelOf(o.items, value);
        if (found) return found;
      } else if (o.value === value) return typeof o.label === 'string' ? o.label : value;
    }
  }
  return '';
}

export function SearchSelect(
  props: Omit<SelectProps, 'searchable' | 'selectFirstOptionOnChange' | 'allowDeselect'>,
) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  const unmatched = (input: HTMLInputElement): string | null => {
    const typed = input.value.trim();
    return typed && typed !== labelOf(props.data, props.value) ? typed : null;
  };
  return (
    <Select
      {...props}
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      error={props.error ?? (refused ? t('frontDesk.noMatch', { text: refused }) : undefined)}
      onChange={(value, option) => {
        setRefused(null);
        props.onChange?.(value, option);
      }}
      onFocus={(e) => {
        setRefused(null);
        props.onFocus?.(e);
      }}
      onBlur={(e) => {
        setRefused(unmatched(e.currentTarget));
        props.onBlur?.(e);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        props.onKeyDown?.(e);
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        const option = highlighted(e.currentTarget);
        if (option) {
          e.preventDefault();
          option.click();
          return;
        }
        // Enter on text that matches nothing: say so here, and do not submit the form without it.
        const typed = unmatched(e.currentTarget);
        if (typed) {
          e.preventDefault();
          setRefused(typed);
        }
      }}
    />
  );
}
