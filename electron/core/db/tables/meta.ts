// Row type of `meta`: local key/value facts about this database (own office id, last writer version).
export interface MetaTable {
  key: string;
  value: string;
}
