// Row type of `reference_items` (local): reference lists seeded from shared/reference, editable by an admin.
export interface ReferenceItemsTable {
  list: string;
  code: string;
  label: string;
  /** JSON of the item's extra rules (age, sex, desil thresholds …). */
  data: string;
  active: number;
  sort: number;
  /** 1 once an admin edited it: later seed versions leave it alone. */
  edited: number;
  updated_at: string;
}
