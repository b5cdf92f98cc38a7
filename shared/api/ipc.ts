// The single IPC channel name shared by the Electron main process and the preload.
export const IPC_CHANNEL = 'puskesos:call';
