// Impor data: what the file's rows are (residents, a complaint/service log, a program recipient list) and a list's program.
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRAMS } from '../../../shared/reference/programs.ts';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/types/imports.ts';

interface Props {
  kind: ImportKind;
  /** A program list's program for every row (used when the file has no program column). */
  program: string | null;
  disabled: boolean;
  onKind(kind: ImportKind): void;
  onProgram(program: string | null): void;
}

const isKind = (v: string): v is ImportKind => (IMPORT_KINDS as readonly string[]).includes(v);

export function KindOptions(props: Props) {
  const { t } = useTranslation();
  return (
    <Group align="end" gap="sm" data-testid="impor-kind">
      <NativeSelect
        label={t('imports.kind.label')}
        description={t('imports.kind.hint')}
        data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
        value={props.kind}
        disabled={props.disabled}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isKind(v)) props.onKind(v);
        }}
        w={320}
      />
      {props.kind === 'programs' && (
        <NativeSelect
          label={t('imports.kind.program')}
          description={t('imports.kind.programHint')}
          data={[
            { value: '', label: t('imports.kind.programFromColumn') },
            ...PROGRAMS.items.map((p) => ({ value: p.code, label: p.label })),
          ]}
          value={props.program ?? ''}
          disabled={props.disabled}
          onChange={(e) => props.onProgram(e.currentTarget.value || null)}
          w={320}
        />
      )}
    </Group>
  );
}
