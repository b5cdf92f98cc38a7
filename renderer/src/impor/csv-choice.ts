// Pure helpers of the CSV reading choice on the Impor data screen: names of encodings and delimiters, and the override from select values.
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvOptions,
} from '../../../shared/types/imports.ts';

/** i18n key part of each encoding (`imports.csv.encodings.*`). */
export const ENCODING_KEY = {
  'utf-8': 'utf8',
  'windows-1252': 'windows1252',
  'utf-16le': 'utf16',
} as const satisfies Record<CsvEncoding, string>;

/** i18n key part of each delimiter (`imports.csv.delimiters.*`): a delimiter is no i18n key. */
export const DELIMITER_KEY = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
} as const satisfies Record<CsvDelimiter, string>;

/** The select value of "as detected". */
export const AUTO = 'otomatis';

const isEncoding = (v: string): v is CsvEncoding => (CSV_ENCODINGS as readonly string[]).includes(v);
const delimiterOfKey = (v: string): CsvDelimiter | undefined =>
  CSV_DELIMITERS.find((d) => DELIMITER_KEY[d] === v);

/** The override the two selects make (AUTO: the key left out, so the core detects it). */
export function csvOptionsOf(encoding: string, delimiter: string): CsvOptions {
  const out: CsvOptions = {};
  if (isEncoding(encoding)) out.encoding = encoding;
  const d = delimiterOfKey(delimiter);
  if (d !== undefined) out.delimiter = d;
  return out;
}

/** The select values of an override. */
export const selectValuesOf = (o: CsvOptions | undefined): { encoding: string; delimiter: string } => ({
  encoding: o?.encoding ?? AUTO,
  delimiter: o?.delimiter === undefined ? AUTO : DELIMITER_KEY[o.delimiter],
});

/** Two overrides choose the same reading (keys left out are equal only to keys left out). */
export const sameCsvOptions = (a: CsvOptions | undefined, b: CsvOptions | undefined): boolean =>
  a?.encoding === b?.encoding && a?.delimiter === b?.delimiter;
