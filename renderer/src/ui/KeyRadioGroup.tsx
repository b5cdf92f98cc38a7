// A radio group chosen with one key (1, 2, 3 … or a letter), which then moves on to the next field.
import { Group, Radio } from '@mantine/core';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusNextLater } from './focus-next.ts';

export interface KeyOption<V extends string> {
  value: V;
  label: string;
  /** A letter that picks this option, besides its position number. */
  key?: string;
}

interface Props<V extends string> {
  id?: string;
  label: ReactNode;
  options: readonly KeyOption<V>[];
  value: V | null;
  onChange(value: V): void;
  error?: ReactNode;
  required?: boolean;
  /** Focus the checked option (or the first) when the group is first shown. */
  autoFocus?: boolean;
  /** More keys: each returns true when it handled the key (and moved focus itself). */
  onOtherKey?(key: string): boolean;
  /** Text after the key hint, e.g. what other keys do. */
  extraHint?: string;
  'aria-label'?: string;
}

export function KeyRadioGroup<V extends string>(props: Props<V>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { options, value } = props;
  const keyOf = (o: KeyOption<V>, i: number): string =>
    o.key ? `${i + 1}/${o.key.toUpperCase()}` : `${i + 1}`;
  const hint = t('frontDesk.radioKeys', {
    keys: options.map((o, i) => `${keyOf(o, i)} ${o.label}`).join(' · '),
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1) return;
    const key = e.key.toLowerCase();
    const i = options.findIndex((o, n) => key === String(n + 1) || (o.key && key === o.key.toLowerCase()));
    const option = options[i];
    if (option) {
      e.preventDefault();
      props.onChange(option.value);
      if (ref.current) focusNextLater(ref.current);
      return;
    }
    if (props.onOtherKey?.(key)) e.preventDefault();
  };

  return (
    <Radio.Group
      ref={ref}
      id={props.id}
      label={props.label}
      description={props.extraHint ? `${hint} ${props.extraHint}` : hint}
      value={value}
      onChange={(v) => props.onChange(v as V)}
      error={props.error}
      required={props.required}
      aria-label={props['aria-label']}
      onKeyDown={onKeyDown}
    >
      <Group gap="lg" mt={4}>
        {options.map((o, i) => (
          <Radio
            key={o.value}
            value={o.value}
            label={o.label}
            autoFocus={props.autoFocus === true && (value === null ? i === 0 : value === o.value)}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
