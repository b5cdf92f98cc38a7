// The VACUUM INTO statement: SQLite takes the target file name only as a string literal.

/** `VACUUM INTO '<file>'` with the quotes in the name doubled. */
export const vacuumIntoSql = (into: string): string => `vacuum into '${into.replaceAll("'", "''")}'`;
