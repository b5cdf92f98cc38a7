// A NIK or No KK shown as text in monospace (never a number), or a dash when there is none.
import { Text } from '@mantine/core';

export function IdNumber({ value, size = 'sm' }: { value: string | null | undefined; size?: string }) {
  if (!value)
    return (
      <Text span c="dimmed" size={size}>
        —
      </Text>
    );
  return (
    <Text span ff="monospace" size={size} style={{ letterSpacing: '0.02em' }}>
      {value}
    </Text>
  );
}
