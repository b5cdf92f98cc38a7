// English texts for Pengaturan → Pembaruan, merged into en.ts.
export const enUpdates = {
  updates: {
    tab: 'Updates',
    description:
      'App updates come from the address set by Dinas Sosial (checked at most once a day when online) or from an update folder on a USB stick or the sync folder, signed by Dinas Sosial. Updates download in the background and are installed only when the app closes, after you agree.',
    unsupported: 'Updates are not available here',
    currentVersion: 'Installed version',
    availableVersion: 'Available version',
    none: '—',
    source: 'Source',
    sourceUrl: 'Dinas Sosial address: {{label}}',
    sourceFolder: 'Update folder: {{label}}',
    state: 'State',
    lastUrlCheck: 'Last address check',
    never: 'Never',
    phase: {
      tidak_didukung: 'Not available',
      siaga: 'Not checked yet',
      memeriksa: 'Checking…',
      terbaru: 'Up to date',
      mengunduh: 'Downloading {{percent}}%',
      siap: 'Ready to install',
      gagal: 'Failed',
    },
    url: {
      title: 'Update address from Dinas Sosial',
      label: 'Address (URL)',
      hint: 'The folder on the Dinas Sosial server holding latest.yml, e.g. https://dinsos.example.go.id/puskesos/. Leave empty if the office only uses update folders.',
      save: 'Save address',
      saved: 'Update address saved.',
      checkNow: 'Check now',
    },
    folder: {
      title: 'Update folder',
      label: 'Folder location',
      hint: 'The folder from Dinas Sosial (USB stick or sync folder) holding the installer, latest.yml and puskesos-pembaruan.json.',
      check: 'Check update folder',
      accepted:
        'Update folder for version {{version}} is valid (signed by {{signer}}). The update downloads in the background.',
      run: {
        title: 'Checking the update folder',
        progressLabel: 'Progress of the update folder check',
        starting: "Checking Dinas Sosial's signature…",
        salin: 'Copying and checking file {{done}} of {{total}}…',
        cancel: 'Cancel',
        cancelling: 'Cancelling…',
        cancelled: 'The update folder check was cancelled; nothing was prepared.',
      },
    },
    install: {
      title: 'Install the update',
      agree: 'Install on quit',
      explain:
        'Version {{version}} will be installed when the app closes. The app never restarts on its own while you work.',
      agreed: 'Version {{version}} will be installed when the app closes.',
      withdrawn: 'Install on quit cancelled.',
    },
    readOnly: 'Only an admin can check and approve updates.',
  },
};
