// A calendar-day field typed as HH-BB-TTTT (digits only is enough: 21051990), the same on every PC locale;
// reports ISO YYYY-MM-DD, or the raw text while it is not a real date, so the form can say so.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/validation/calendar.ts';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** ISO YYYY-MM-DD, '' for none, or unfinished text. */
  value: string;
  onChange(value: string): void;
}

const pad = (s: string): string => s.padStart(2, '0');

export function isoToText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** "21-05-1990", "21/5/1990" or "21.05.1990" → "1990-05-21"; null when it is not a real date. */
export function textToIso(text: string): string | null {
  const m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Digits typed in a row get their dashes: 2105 → 21-05, 21051990 → 21-05-1990; other spellings stay as typed. */
function autoFormat(raw: string): string {
  const ours = [...raw].every((ch, i) => /\d/.test(ch) || (ch === '-' && (i === 2 || i === 5)));
  if (!ours) return raw.slice(0, 10);
  const d = raw.replace(/-/g, '').slice(0, 8);
  if (d.length <= 2) return d;
  if (d.length <= 4) return `${d.slice(0, 2)}-${d.slice(2)}`;
  return `${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`;
}

export function DayInput({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => isoToText(value));

  // A value set from outside (a reset, a default) replaces what is shown.
  useEffect(() => {
    setText((current) => ((textToIso(current) ?? current) === value ? current : isoToText(value)));
  }, [value]);

  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={rest.placeholder ?? t('common.dayPlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      onChange={(e) => {
        const next = autoFormat(e.currentTarget.value);
        setText(next);
        onChange(next === '' ? '' : (textToIso(next) ?? next));
      }}
    />
  );
}
