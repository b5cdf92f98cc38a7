// The Warga, Layanan and Rujukan lists' office filter: its choices from office.heldOffices, whether it shows, the address value.
import type { HeldOffice } from '../../../shared/types/office.ts';

/** The choice that means no filter: "Semua kantor", first and the default. */
export const ALL_OFFICES = 'semua';

export interface OfficeChoice {
  value: string;
  label: string;
}

/** The wording of the choices, from the translations (kept out so this stays plain logic). */
export interface OfficeChoiceWords {
  all: string;
  /** The own office, e.g. "Puskesos Kecamatan Jeruklegi (kantor ini)". */
  own(name: string): string;
  /** An office this register cannot name (neither its row nor its key is held). */
  unknown(id: string): string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The office id of an address (`?office=…`), or null for none or anything that is not an office id. */
export const officeParam = (raw: string | null): string | null =>
  raw && UUID.test(raw) ? raw.toLowerCase() : null;

/**
 * The control shows where the register holds more than one office's records (a kecamatan with its desa Puskesos,
 * Dinsos), and wherever a filter is already set (a link for one office), so it can always be cleared.
 */
export const showsOfficeFilter = (held: readonly HeldOffice[], value: string | null): boolean =>
  held.length > 1 || value !== null;

/**
 * "Semua kantor", the own office, then every other office held, in the order given (own first, then by region and
 * name). A chosen office that is not held (a link from the health board, an office with nothing here yet) is kept
 * as a choice, named as the link named it, so the control shows what the list is filtered by.
 */
export function officeChoices(
  held: readonly HeldOffice[],
  words: OfficeChoiceWords,
  value: string | null = null,
  valueName: string | null = null,
): OfficeChoice[] {
  const choices: OfficeChoice[] = [{ value: ALL_OFFICES, label: words.all }];
  for (const o of held) {
    const name = o.name ?? words.unknown(o.id.slice(-8));
    choices.push({ value: o.id, label: o.own ? words.own(name) : name });
  }
  if (value && !held.some((o) => o.id === value)) {
    choices.push({ value, label: valueName ?? words.unknown(value.slice(-8)) });
  }
  return choices;
}

/** The filter value of a picked choice: null for "Semua kantor". */
export const officeOfChoice = (choice: string | null): string | null =>
  choice === null || choice === ALL_OFFICES ? null : choice;
