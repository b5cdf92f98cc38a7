// Impor data: a CSV's detected encoding and delimiter ("Terdeteksi: UTF-8, pemisah titik koma"), with the clerk's override and a re-read.
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  type CsvOptions as CsvOverride,
  type ImportDryRunSummary,
} from '../../../shared/types/imports.ts';
import { AUTO, csvOptionsOf, DELIMITER_KEY, ENCODING_KEY, selectValuesOf } from './csv-choice.ts';

interface Props {
  csv: NonNullable<ImportDryRunSummary['csv']>;
  /** The override the file was read with (absent keys: detected). */
  override: CsvOverride | undefined;
  busy: boolean;
  onReread(override: CsvOverride): void;
}

export function CsvOptions({ csv, override, busy, onReread }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(selectValuesOf(override));
  useEffect(() => setValues(selectValuesOf(override)), [override]);
  const encodingName = (e: keyof typeof ENCODING_KEY): string =>
    t(`imports.csv.encodings.${ENCODING_KEY[e]}`);
  const delimiterName = (d: keyof typeof DELIMITER_KEY): string =>
    t(`imports.csv.delimiters.${DELIMITER_KEY[d]}`);

  return (
    <section aria-labelledby="impor-csv-title" data-testid="impor-csv">
      <Text size="sm" fw={600} id="impor-csv-title">
        {t('imports.csv.title')}
      </Text>
      <Text size="sm" data-testid="impor-csv-detected">
        {t('imports.csv.detected', {
          encoding: encodingName(csv.detected.encoding),
          delimiter: delimiterName(csv.detected.delimiter),
        })}
      </Text>
      <Group align="end" gap="sm" mt="xs">
        <NativeSelect
          label={t('imports.csv.encoding')}
          data={[
            { value: AUTO, label: t('imports.csv.auto') },
            ...CSV_ENCODINGS.map((e) => ({ value: e, label: encodingName(e) })),
          ]}
          value={values.encoding}
          onChange={(e) => setValues({ ...values, encoding: e.currentTarget.value })}
          w={220}
        />
        <NativeSelect
          label={t('imports.csv.delimiter')}
          data={[
            { value: AUTO, label: t('imports.csv.auto') },
            ...CSV_DELIMITERS.map((d) => ({ value: DELIMITER_KEY[d], label: delimiterName(d) })),
          ]}
          value={values.delimiter}
          onChange={(e) => setValues({ ...values, delimiter: e.currentTarget.value })}
          w={220}
        />
        <Button
          variant="default"
          loading={busy}
          onClick={() => onReread(csvOptionsOf(values.encoding, values.delimiter))}
        >
          {t('imports.csv.reread')}
        </Button>
      </Group>
    </section>
  );
}
