// Pengaturan: tabs for the office, users, security, audit log, backups, data breach, attachment totals, data import, letters, updates, own account and about; admin tabs only for admins.
import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { ImportTab } from '../impor/ImportTab.tsx';
import { AboutTab } from './AboutTab.tsx';
import { AccountTab } from './AccountTab.tsx';
import { AttachmentsTab } from './AttachmentsTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { BackupTab } from './BackupTab.tsx';
import { BreachTab } from './breach/BreachTab.tsx';
import { LettersTab } from './LettersTab.tsx';
import { OfficeTab } from './OfficeTab.tsx';
import { RetentionTab } from './RetentionTab.tsx';
import { SecurityTab } from './SecurityTab.tsx';
import { UpdatesTab } from './UpdatesTab.tsx';
import { UsersTab } from './UsersTab.tsx';

const TABS = [
  'kantor',
  'pengguna',
  'keamanan',
  'audit',
  'cadangan',
  'retensi',
  'kebocoran',
  'lampiran',
  'impor',
  'surat',
  'pembaruan',
  'akun',
  'tentang',
] as const;
type Tab = (typeof TABS)[number];
const ADMIN_ONLY: readonly Tab[] = ['pengguna', 'keamanan', 'audit', 'cadangan', 'retensi', 'kebocoran'];

export function SettingsScreen() {
  const { t } = useTranslation();
  const { session } = useApp();
  const isAdmin = session.user.role === 'admin';
  // Impor data: the contract's IMPORTERS (admin and petugas).
  const mayImport = mayCall(session.user.role, 'imports.dryRun');
  // Lampiran: the contract's readers of the totals (admin and koordinator).
  const mayTotals = mayCall(session.user.role, 'attachments.totals');
  const tabs = TABS.filter(
    (tab) =>
      (isAdmin || !ADMIN_ONLY.includes(tab)) &&
      (tab !== 'impor' || mayImport) &&
      (tab !== 'lampiran' || mayTotals),
  );
  const [tab, setTab] = useState<Tab>('kantor');

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('nav.pengaturan')}
      </Title>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'kantor')} keepMounted={false}>
        <Tabs.List>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {name === 'cadangan'
                ? t('backups.tab')
                : name === 'retensi'
                  ? t('retention.tab')
                  : name === 'kebocoran'
                    ? t('breach.tab')
                    : name === 'pembaruan'
                      ? t('updates.tab')
                      : name === 'impor'
                        ? t('imports.tab')
                        : name === 'lampiran'
                          ? t('lampiranTotals.tab')
                          : t(`settings.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="kantor" pt="md">
          <OfficeTab />
        </Tabs.Panel>
        {isAdmin && (
          <>
            <Tabs.Panel value="pengguna" pt="md">
              <UsersTab />
            </Tabs.Panel>
            <Tabs.Panel value="keamanan" pt="md">
              <SecurityTab />
            </Tabs.Panel>
            <Tabs.Panel value="audit" pt="md">
              <AuditTab />
            </Tabs.Panel>
            <Tabs.Panel value="cadangan" pt="md">
              <BackupTab />
            </Tabs.Panel>
            <Tabs.Panel value="retensi" pt="md">
              <RetentionTab />
            </Tabs.Panel>
            <Tabs.Panel value="kebocoran" pt="md">
              <BreachTab />
            </Tabs.Panel>
          </>
        )}
        {mayTotals && (
          <Tabs.Panel value="lampiran" pt="md">
            <AttachmentsTab />
          </Tabs.Panel>
        )}
        {mayImport && (
          <Tabs.Panel value="impor" pt="md">
            <ImportTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="surat" pt="md">
          <LettersTab />
        </Tabs.Panel>
        <Tabs.Panel value="pembaruan" pt="md">
          <UpdatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="akun" pt="md">
          <AccountTab />
        </Tabs.Panel>
        <Tabs.Panel value="tentang" pt="md">
          <AboutTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
