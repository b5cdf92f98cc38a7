// Contract methods for backups, restore, re-seed and updates (Pengaturan → Pemeliharaan).
export const maintenanceMethods = {} as const;
