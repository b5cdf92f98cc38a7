// What only the province's PostgreSQL has beside the baseline: trigram name search (pg_trgm, a trusted extension).
export const POSTGRES_ONLY_DDL: readonly string[] = [
  'create extension if not exists pg_trgm',
  // persons.search and cases.search: `name_norm like '%…%'` of 3+ characters is answered from this index.
  'create index "persons_name_trgm" on "persons" using gin ("name_norm" gin_trgm_ops)',
];
