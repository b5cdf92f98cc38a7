// The setup wizard's form: its fields, which region levels each office type needs, step checks and the name suggestion.
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { address, officeName, password, personName, username } from '../../../shared/validation/common.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { Region, RegionLevel } from '../../../shared/types/office.ts';
import type { FieldErrors } from '../ui/field-errors.ts';

export interface SetupForm {
  officeType: OfficeType | null;
  region: Partial<Record<RegionLevel, Region>>;
  name: string;
  /** The last suggestion put in `name`; a name the clerk typed is never overwritten. */
  suggestedName: string;
  address: string;
  adminUsername: string;
  adminFullName: string;
  adminPassword: string;
  adminConfirm: string;
}

export const emptySetupForm: SetupForm = {
  officeType: null,
  region: {},
  name: '',
  suggestedName: '',
  address: '',
  adminUsername: '',
  adminFullName: '',
  adminPassword: '',
  adminConfirm: '',
};

export const REGION_LEVELS: readonly RegionLevel[] = ['provinsi', 'kabkota', 'kecamatan', 'desa'];

/** Region levels to pick, top-down: Dinsos stops at kabupaten/kota, kecamatan at kecamatan, desa at desa. */
export function levelsFor(type: OfficeType | null): RegionLevel[] {
  if (type === 'dinsos') return ['provinsi', 'kabkota'];
  if (type === 'kecamatan') return ['provinsi', 'kabkota', 'kecamatan'];
  if (type === 'desa') return [...REGION_LEVELS];
  return [];
}

/** The region the office serves: the deepest level its type needs, once picked. */
export function chosenRegion(form: SetupForm): Region | null {
  const levels = levelsFor(form.officeType);
  const last = levels[levels.length - 1];
  return last ? (form.region[last] ?? null) : null;
}

/** Letterhead name suggestion, e.g. "Kecamatan Jeruklegi" or "Dinas Sosial Kabupaten Cilacap". */
export function suggestName(form: SetupForm, t: TFunction): string {
  const region = chosenRegion(form);
  if (!region) return '';
  if (form.officeType === 'kecamatan') return t('setup.suggest.kecamatan', { name: region.name });
  if (form.officeType === 'dinsos') return t('setup.suggest.dinsos', { name: region.name });
  // Desa codes: the last part starts with 1 for a kelurahan, 2 for a desa.
  const kelurahan = region.code.split('.')[3]?.startsWith('1') ?? false;
  return t(kelurahan ? 'setup.suggest.kelurahan' : 'setup.suggest.desa', { name: region.name });
}

const check = (errors: FieldErrors, key: string, schema: z.ZodType, value: unknown): void => {
  const r = schema.safeParse(value);
  if (!r.success) errors[key] = r.error.issues[0]?.message ?? '';
};

/** Errors that keep the clerk on `step`; the rules are the contract's own, so the core agrees. */
export function stepErrors(step: number, form: SetupForm, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0 && !form.officeType) errors.officeType = t('setup.errors.officeType');
  if (step === 1) {
    for (const level of levelsFor(form.officeType)) {
      if (!form.region[level]) errors[level] = t('setup.errors.region', { level: t(`regionLevel.${level}`) });
    }
  }
  if (step === 2) {
    check(errors, 'name', officeName, form.name);
    check(errors, 'address', address, form.address);
  }
  if (step === 3) {
    check(errors, 'admin.username', username, form.adminUsername);
    check(errors, 'admin.fullName', personName, form.adminFullName);
    check(errors, 'admin.password', password, form.adminPassword);
    if (!errors['admin.password'] && form.adminConfirm !== form.adminPassword) {
      errors['admin.confirm'] = t('common.passwordMismatch');
    }
  }
  return errors;
}

/** Which step shows the field a core error names. */
export function stepOfField(field: string): number {
  if (field === 'officeType') return 0;
  if (field === 'regionCode') return 1;
  if (field === 'name' || field === 'address') return 2;
  return 3;
}
