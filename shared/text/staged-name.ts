// The bare name an uploaded spreadsheet is staged under in the data folder's `impor` folder (what the contract accepts).

/** A name the contract accepts as a staged file: letters, digits, `._() -`, ending .xlsx or .csv. */
export function stagedName(name: string): string | null {
  const m = /\.(xlsx|csv)$/i.exec(name);
  if (!m) return null;
  const base = name
    .slice(0, -m[0].length)
    .replace(/[^A-Za-z0-9._() -]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 150);
  return `${base || 'berkas'}${m[0].toLowerCase()}`;
}
