// The IPC channel names shared by the Electron main process and the preload: the contract call and the file dialogs.
export const IPC_CHANNEL = 'puskesos:call';

/** The desktop's open dialog for bundles (electron/main/file-dialog.ts); answered with a Result<PickedBundles>. */
export const PICK_BUNDLES_CHANNEL = 'puskesos:pick-bundles';

/** The desktop's save dialog for one outbox bundle (electron/main/file-dialog.ts); answered with a Result<SavedBundle>. */
export const SAVE_BUNDLE_CHANNEL = 'puskesos:save-bundle';
/** The desktop's open dialog for a spreadsheet to import (electron/main/file-dialog.ts); a Result<StagedBundle | null>. */
export const PICK_IMPORT_CHANNEL = 'puskesos:pick-import';
