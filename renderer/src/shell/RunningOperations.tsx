// The header's compact view of running long operations: what runs, how far, a link back to its screen and Batalkan.
import { Anchor, Button, Group, Progress } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../shared/api/operations.ts';
import { cancelOperation, operationsSnapshot, subscribeOperations } from '../ui/operation-store.ts';
import { hrefOf, type Section } from './sections.ts';

/** Where each operation is started, for the link back. */
const HOME: Record<OperationName, Section> = {
  'sync.importRun': 'sinkronisasi',
  'imports.commitRun': 'pengaturan',
  'imports.dryRunRun': 'pengaturan',
  'backups.createRun': 'pengaturan',
  'backups.verifyRun': 'pengaturan',
  'backups.restoreRun': 'pengaturan',
  'backups.exportExternalRun': 'pengaturan',
  'reports.exportRun': 'laporan',
  'reports.recapExportRun': 'laporan',
  'updates.checkFolderRun': 'pengaturan',
  // The CLI's own (no screen starts them): the system account's list is never shown in a window.
  'reseed.exportRun': 'pengaturan',
  'reseed.importRun': 'pengaturan',
  'demo.generateRun': 'pengaturan',
  'duplicates.scanRun': 'warga',
  'usulan.importResultRun': 'rujukan',
};

const TITLE = {
  'sync.importRun': 'shell.operations.importRun',
  'imports.commitRun': 'shell.operations.commitRun',
  'imports.dryRunRun': 'shell.operations.dryRunRun',
  'backups.createRun': 'shell.operations.createRun',
  'backups.verifyRun': 'shell.operations.verifyRun',
  'backups.restoreRun': 'shell.operations.restoreRun',
  'backups.exportExternalRun': 'shell.operations.exportExternalRun',
  'reports.exportRun': 'shell.operations.reportExportRun',
  'reports.recapExportRun': 'shell.operations.recapExportRun',
  'updates.checkFolderRun': 'shell.operations.checkFolderRun',
  'reseed.exportRun': 'shell.operations.reseedExportRun',
  'reseed.importRun': 'shell.operations.reseedImportRun',
  'demo.generateRun': 'shell.operations.demoRun',
  'duplicates.scanRun': 'shell.operations.scanRun',
  'usulan.importResultRun': 'shell.operations.resultImportRun',
} as const satisfies Record<OperationName, string>;

export function RunningOperations() {
  const { t } = useTranslation();
  const entries = useSyncExternalStore(subscribeOperations, operationsSnapshot);
  const running = [...entries.values()].filter((e) => e.running);
  if (running.length === 0) return null;
  return (
    <Group
      gap="md"
      wrap="nowrap"
      role="status"
      aria-label={t('shell.operations.label')}
      data-testid="running-ops"
    >
      {running.map((e) => {
        const p = e.progress;
        const percent = p?.total ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
        const title = t(TITLE[e.name]);
        // Counted work (bundles, rows) shows "2/5"; byte-sized work (backups) a percentage.
        const amount =
          p?.total == null
            ? '…'
            : e.name === 'sync.importRun' || e.name === 'imports.commitRun' || e.name === 'imports.dryRunRun'
              ? t('shell.operations.count', { done: p.done, total: p.total })
              : t('shell.operations.percent', { percent });
        return (
          <Group key={e.key} gap="xs" wrap="nowrap">
            <Anchor href={hrefOf(HOME[e.name])} size="sm" title={t('shell.operations.open')}>
              {title} {amount}
            </Anchor>
            <Progress
              value={percent}
              w={90}
              animated
              aria-label={t('shell.operations.progressLabel', { title })}
            />
            <Button
              size="compact-xs"
              variant="default"
              color="red"
              onClick={() => void cancelOperation(e.key)}
              disabled={e.cancelRequested || e.id === null || !e.cancellable}
              aria-label={t('shell.operations.cancelLabel', { title })}
            >
              {e.cancelRequested ? t('shell.operations.cancelling') : t('shell.operations.cancel')}
            </Button>
          </Group>
        );
      })}
    </Group>
  );
}
