// Impor data: one select per column of the file (which field it fills), the update groups, and saved mapping templates.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fieldsOfKind,
  IMPORT_FIELDS,
  UPDATE_GROUPS,
  type ImportField,
  type ImportKind,
  type ImportTemplate,
  type UpdateGroup,
} from '../../../shared/types/imports.ts';
import { duplicateFields, type Choice } from './mapping-edit.ts';

interface Props {
  /** What the rows are: which fields the columns may fill. */
  kind: ImportKind;
  headers: string[];
  /** The field each column is imported as (by position). */
  choices: Choice[];
  onChoice(column: number, field: Choice): void;
  updateGroups: UpdateGroup[];
  onUpdateGroups(groups: UpdateGroup[]): void;
  templates: ImportTemplate[];
  template: string | null;
  onTemplate(name: string | null): void;
  onSaveTemplate(name: string): Promise<boolean>;
}

const IGNORE = '-';
const isField = (v: string): v is ImportField => (IMPORT_FIELDS as readonly string[]).includes(v);
const isGroup = (v: string): v is UpdateGroup => (UPDATE_GROUPS as readonly string[]).includes(v);

export function MappingEditor(props: Props) {
  const { t } = useTranslation();
  const { headers, choices } = props;
  const twice = duplicateFields(choices);
  const [newName, setNewName] = useState('');
  const fieldOptions = [
    { value: IGNORE, label: t('imports.mapping.ignore') },
    ...fieldsOfKind(props.kind).map((f) => ({ value: f, label: t(`imports.field.${f}`) })),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="impor-mapping-title">
      <Title order={3} size="h4" id="impor-mapping-title">
        {t('imports.mapping.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.mapping.hint')}
      </Text>
      <Group align="end" gap="sm">
        <NativeSelect
          label={t('imports.mapping.template')}
          data={[
            { value: '', label: t('imports.mapping.templatePlaceholder') },
            ...props.templates.map((x) => ({ value: x.name, label: x.name })),
          ]}
          value={props.template ?? ''}
          onChange={(e) => props.onTemplate(e.currentTarget.value || null)}
          w={260}
        />
        <TextInput
          label={t('imports.mapping.templateName')}
          value={newName}
          onChange={(e) => setNewName(e.currentTarget.value)}
          maxLength={80}
          w={220}
        />
        <Button
          variant="default"
          disabled={newName.trim() === ''}
          onClick={() => void props.onSaveTemplate(newName.trim()).then((ok) => ok && setNewName(''))}
        >
          {t('imports.mapping.saveTemplate')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="impor-mapping">
        {headers.map((h, i) =>
          h.trim() === '' ? null : (
            <NativeSelect
              key={`${i}-${h}`}
              label={t('imports.mapping.columnLabel', { header: h })}
              data={fieldOptions}
              value={choices[i] ?? IGNORE}
              error={
                choices[i] && twice.has(choices[i])
                  ? t('imports.mapping.twice', { field: t(`imports.field.${choices[i]}`) })
                  : undefined
              }
              onChange={(e) => {
                const v = e.currentTarget.value;
                props.onChoice(i, isField(v) ? v : null);
              }}
            />
          ),
        )}
      </SimpleGrid>
      <Checkbox.Group
        label={t('imports.mapping.updateGroups')}
        description={t('imports.mapping.updateGroupsHint')}
        value={props.updateGroups}
        onChange={(v) => props.onUpdateGroups(v.filter(isGroup))}
      >
        <Group mt="xs">
          {UPDATE_GROUPS.map((g) => (
            <Checkbox key={g} value={g} label={t(`imports.group.${g}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
