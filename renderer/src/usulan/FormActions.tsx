// The foot of the usulan forms: the refusal in Indonesian (an alert), Simpan (submits the form), and Batal when it can go back.
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  error: string | null;
  busy: boolean;
  saveLabel: string;
  onCancel?: () => void;
}

export function FormActions({ error, busy, saveLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={busy}>
          {saveLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="default" onClick={onCancel}>
            {t('usulan.cancel')}
          </Button>
        )}
      </Group>
    </>
  );
}
