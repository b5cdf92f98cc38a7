// Asks before a filled form is thrown away (Esc or Kembali); "keep filling in" has the focus, so a second Esc is safe.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  message: string;
  onKeep(): void;
  onDiscard(): void;
}

export function ConfirmDiscard({ opened, message, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('frontDesk.discard.title')}
      data-testid="confirm-discard"
    >
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={onDiscard} data-testid="discard-confirm">
            {t('frontDesk.discard.confirm')}
          </Button>
          <Button onClick={onKeep} data-autofocus>
            {t('frontDesk.discard.keep')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
