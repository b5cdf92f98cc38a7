// Formula-injection guard for spreadsheet text: the one function every string written to an XLSX cell passes through.

/**
 * A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is what Excel, LibreOffice and
 * Google Sheets may read as a formula (directly, after the cell is edited, or once the sheet is saved
 * as CSV). Such a text gets a leading apostrophe in the value itself (OWASP "CSV injection" advice):
 * the cell stays a plain string, shows the original text behind a visible `'`, and the apostrophe
 * survives any later CSV export. Numbers and dates are never texts here, so "-" signs of numbers are
 * not affected; an empty cell is left empty rather than written as "-".
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
export const NEUTRALISER = "'";

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `${NEUTRALISER}${text}` : text;
}
