// Impor data: the rows the clerk leaves out of the import, by number as Excel shows them ("5, 7-9"), applied by testing again.
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLines, parseLines } from '../../../shared/text/row-lines.ts';

interface Props {
  lines: number[];
  /** Rows the last dry run left out. */
  excluded: number;
  busy: boolean;
  onApply(lines: number[]): void;
}

export function ExcludeRows({ lines, excluded, busy, onApply }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(formatLines(lines));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatLines(lines)), [lines]);
  const apply = (): void => {
    const r = parseLines(text);
    if (!r.ok) return setError(r.message);
    setError(null);
    onApply(r.lines);
  };
  return (
    <div data-testid="impor-exclude">
      <Group align="end" gap="sm">
        <TextInput
          label={t('imports.exclude.label')}
          description={t('imports.exclude.hint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
          error={error}
          w={360}
        />
        <Button variant="default" loading={busy} onClick={apply}>
          {t('imports.exclude.apply')}
        </Button>
      </Group>
      {excluded > 0 && (
        <Text size="sm" mt={4} data-testid="impor-excluded">
          {t('imports.exclude.count', { count: excluded })}
        </Text>
      )}
    </div>
  );
}
