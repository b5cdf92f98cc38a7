// Row type of `settings`: local, admin-editable settings stored as JSON values.
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}
