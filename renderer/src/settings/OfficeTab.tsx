// Pengaturan → Kantor: the office's identity, region path with codes, fingerprint, key protection, storage, Dinsos's rules.
import { Alert, Code, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { Fingerprint } from '../setup/Fingerprint.tsx';
import { DataRows } from '../ui/DataRows.tsx';
import { formatDateTime, formatNumber, zoneOfRegion } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import { SyncPolicyCard } from '../lampiran/SyncPolicyCard.tsx';
import { CalendarSettingsCard } from '../usulan/CalendarSettingsCard.tsx';

export function OfficeTab() {
  const { t } = useTranslation();
  const details = useLoad(() => call('office.details', {}), []);
  if (details.error) return <Alert color="red">{details.error}</Alert>;
  const office = details.value;
  if (!office) return <Loader aria-label={t('common.loading')} />;
  const zone = zoneOfRegion(office.regionCode);
  return (
    <Stack maw={900} data-testid="office-details">
      <DataRows
        rows={[
          [t('office.name'), office.name],
          [t('office.type'), t(`officeType.${office.type}`)],
          [
            t('office.region'),
            <Stack gap={2} key="path">
              {office.regionPath.map((r) => (
                <span key={r.code}>
                  {t(`regionLevel.${r.level}`)}: {r.name} <Code>{r.code}</Code>
                </span>
              ))}
            </Stack>,
          ],
          [t('office.address'), office.address],
          [t('office.fingerprint'), <Fingerprint key="fp" value={office.fingerprint} size="md" />],
          [t('office.keyProtection'), t(`office.keyProtectionKind.${office.keyProtection}`)],
          [t('office.dataDir'), <Code key="dir">{office.dataDir}</Code>],
          [t('office.schemaVersion'), formatNumber(office.schemaVersion)],
          [t('office.id'), <Code key="id">{office.id}</Code>],
          [t('office.createdAt'), formatDateTime(office.createdAt, zone)],
          [t('office.timeZone'), zone.label],
        ]}
      />
      <SyncPolicyCard officeType={office.type} />
      <CalendarSettingsCard officeType={office.type} />
    </Stack>
  );
}
