// English texts for Pengaturan → Cadangan (backups, external backups, restore) and the database key, merged into en.ts.
import type { Messages } from './types.ts';

export const enMaintenance: Pick<Messages, 'backups' | 'dbKey'> = {
  backups: {
    tab: 'Backups',
    description:
      'The register is backed up automatically every day the app is used, before every schema update and before every bundle import. Each backup is checked when it is taken. Kept: 7 daily, 4 weekly, 6 monthly, and the last 3 of each "before …" kind.',
    createNow: 'Back up now',
    created: 'Backup {{fileName}} taken and checked.',
    local: 'Backups on this PC',
    none: 'No backups yet.',
    columns: { takenAt: 'Time', kind: 'Kind', size: 'Size', actions: 'Actions' },
    kinds: {
      harian: 'Daily',
      manual: 'Manual',
      'pra-impor': 'Before a bundle import',
      'pra-pemulihan': 'Before a restore',
      'pra-migrasi': 'Before a schema update',
      other: 'Before another action',
    },
    run: {
      createTitle: 'Taking a backup',
      verifyTitle: 'Checking a backup',
      progressLabel: 'Backup progress',
      starting: 'Starting…',
      salin: 'Copying the register… {{percent}}%',
      periksa: 'Checking integrity… {{percent}}%',
      sidik: 'Computing the SHA-256 checksum… {{percent}}%',
      dekripsi: 'Decrypting the copy… {{percent}}%',
      enkripsi: 'Encrypting the copy… {{percent}}%',
      siapkan: 'Saving unsent changes and preparing the restore… {{percent}}%',
      restoreTitle: 'Restoring the register',
      externalTitle: 'Writing an external backup',
      restoreCancelled: 'Restore cancelled; the register was not changed.',
      externalCancelled: 'External backup cancelled; no file was written.',
      cancel: 'Cancel',
      cancelling: 'Cancelling…',
      createCancelled: 'Backup cancelled; no file was written.',
      verifyCancelled: 'Backup check cancelled.',
    },
    verify: 'Check',
    verifyOk: '{{fileName}} is intact.',
    verifyBad: '{{fileName}}: {{message}}',
    restore: 'Restore',
    lastAutomaticFailed: 'The last automatic backup failed: {{error}}',
    external: {
      title: 'External backups (USB stick)',
      description:
        "Copies encrypted to this office's key: a lost stick leaks nothing, and only this office's PC (the key in keys.json) can open them.",
      folder: 'External backup folder',
      folderHint: 'Full path, e.g. E:\\Puskesos Backups or /media/usb/backups',
      save: 'Save folder',
      saved: 'External backup folder saved.',
      cleared: 'External backup folder removed from the settings.',
      unreachable: 'The folder {{dir}} cannot be reached now. Plug the stick in.',
      exportNow: 'Write an external backup now',
      exported: 'Encrypted backup {{fileName}} written to the stick.',
      none: 'No backups in this folder yet.',
    },
    setAside: {
      title: 'Set-aside databases',
      description:
        'Databases replaced by a restore are kept in the "disisihkan" folder of the data directory and are never deleted by the app.',
    },
    restoreModal: {
      title: 'Restore the register from a backup',
      explain:
        'The register goes back to how it was when backup {{fileName}} was taken. First, changes Dinsos has not confirmed are saved to a bundle in the outbox folder, and the current database is set aside (not deleted). The app then reloads and every user signs in again.',
      confirm: 'Yes, restore',
      done: 'Register restored from {{fileName}}.',
      setAside: 'The previous database is kept as disisihkan/{{fileName}}.',
      reload: 'Reload the app',
    },
  },
  dbKey: {
    title: 'Database encryption key',
    explain:
      'The register, local backups and set-aside files are encrypted with the database key stored on this computer. Replace the key if the old one may be known to someone else (for example the computer was lent or repaired outside the office).',
    open: 'Replace database key',
    modalTitle: 'Replace database key',
    modalExplain:
      'A new random key is made; the register and every local copy are re-encrypted with it. The old key is kept only to open USB backups made earlier. Other users should not save data meanwhile (seconds to minutes).',
    confirm: 'I understand and want to replace the key now.',
    submit: 'Replace key',
    cancel: 'Cancel',
    done: 'Database key replaced at {{at}}. Re-encrypted: the register{{backups}}{{aside}}{{staged}}.',
    backups: ', {{count}} local backups',
    aside: ', {{count}} set-aside files',
    staged: ', the pending restore',
  },
};
