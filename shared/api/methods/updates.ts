// Contract methods for application updates (Dinsos URL and signed update folder), shown in Pengaturan.
export const updateMethods = {} as const;
