// Entry point of the seeded reference data: every list, its helpers, REFERENCE_VERSION and the seed registry.
import type { ReferenceItem, ReferenceList } from './list.ts';
import { PROVINCES } from './provinces.ts';
import {
  SEXES,
  PADAN_DUKCAPIL,
  RELIGIONS,
  EDUCATION_LEVELS,
  FAMILY_RELATIONSHIPS,
  MARITAL_STATUSES,
} from './dukcapil.ts';
import { OCCUPATIONS } from './occupations.ts';
import { DISABILITY_TYPES } from './disability.ts';
import { PPKS } from './ppks.ts';
import { PSKS } from './psks.ts';
import { PROGRAMS } from './programs.ts';
import { DESTINATIONS, REFERRAL_OUTCOMES } from './destinations.ts';
import {
  CASE_KINDS,
  COMPLAINT_SUBKINDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SUBCATEGORIES,
  SERVICE_CHANNELS,
} from './complaints.ts';
import {
  FLOOR_MATERIALS,
  WALL_MATERIALS,
  ROOF_MATERIALS,
  DRINKING_WATER_SOURCES,
  LIGHTING_POWER,
  COOKING_FUELS,
  TOILET_FACILITIES,
} from './household.ts';
import { CASE_STATUSES } from './case-status.ts';

export * from './list.ts';
export * from './provinces.ts';
export * from './dukcapil.ts';
export * from './occupations.ts';
export * from './disability.ts';
export * from './ppks.ts';
export * from './psks.ts';
export * from './programs.ts';
export * from './destinations.ts';
export * from './complaints.ts';
export * from './household.ts';
export * from './case-status.ts';

/**
 * Every list the core seeds into an office database, keyed by list id. Desil thresholds are a
 * table of their own (DESIL_THRESHOLDS, DESIL_THRESHOLDS_VERSION), not a code list.
 */
export const REFERENCE_LISTS: readonly ReferenceList<ReferenceItem>[] = Object.freeze([
  PROVINCES,
  SEXES,
  PADAN_DUKCAPIL,
  RELIGIONS,
  EDUCATION_LEVELS,
  FAMILY_RELATIONSHIPS,
  MARITAL_STATUSES,
  OCCUPATIONS,
  DISABILITY_TYPES,
  PPKS,
  PSKS,
  PROGRAMS,
  DESTINATIONS,
  REFERRAL_OUTCOMES,
  CASE_KINDS,
  COMPLAINT_SUBKINDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SUBCATEGORIES,
  SERVICE_CHANNELS,
  FLOOR_MATERIALS,
  WALL_MATERIALS,
  ROOF_MATERIALS,
  DRINKING_WATER_SOURCES,
  LIGHTING_POWER,
  COOKING_FUELS,
  TOILET_FACILITIES,
  CASE_STATUSES,
]);
