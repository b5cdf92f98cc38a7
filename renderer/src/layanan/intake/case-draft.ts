// The case form's state, its checks and the cases.create input.
import type { TFunction } from 'i18next';
import type { Input } from '../../../../shared/api/contract.ts';
import type { CaseKind, CaseSubKind } from '../../../../shared/types/cases.ts';
import type { FieldErrors } from '../../ui/field-errors.ts';

export interface CaseDraft {
  kind: CaseKind;
  subKind: CaseSubKind | null;
  category: string | null;
  subCategory: string | null;
  channel: string | null;
  fastTrack: boolean;
  fastTrackReason: string;
  description: string;
}

export const emptyCase: CaseDraft = {
  kind: 'LAYANAN',
  subKind: null,
  category: null,
  subCategory: null,
  channel: 'DATANG_LANGSUNG',
  fastTrack: false,
  fastTrackReason: '',
  description: '',
};

/** The letter that picks each kind of complaint (Pertanyaan, Saran, pengAduan), in the list's order. */
export const SUB_KIND_KEYS: readonly (readonly [CaseSubKind, string])[] = [
  ['PERTANYAAN', 'p'],
  ['SARAN', 's'],
  ['PENGADUAN', 'a'],
];

/** Whether the clerk has changed anything on the case form (so leaving it asks first). */
export const caseTouched = (d: CaseDraft): boolean => JSON.stringify(d) !== JSON.stringify(emptyCase);

export function caseErrors(d: CaseDraft, t: TFunction): FieldErrors {
  const e: FieldErrors = {};
  if (d.kind === 'KELUHAN' && !d.subKind) e.subKind = t('intake.errors.subKind');
  if (!d.category) e.category = t('intake.errors.category');
  if (!d.channel) e.channel = t('intake.errors.channel');
  if (d.fastTrack && d.fastTrackReason.trim().length < 3)
    e.fastTrackReason = t('intake.errors.fastTrackReason');
  if (d.description.trim().length < 5) e.description = t('intake.errors.description');
  return e;
}

export function caseInput(d: CaseDraft, beneficiaryId: string): Input<'cases.create'> {
  return {
    kind: d.kind,
    subKind: d.kind === 'KELUHAN' ? d.subKind : null,
    category: d.category ?? '',
    subCategory: d.subCategory,
    channel: d.channel ?? '',
    fastTrack: d.fastTrack,
    fastTrackReason: d.fastTrack ? d.fastTrackReason.trim() : null,
    beneficiaryId,
    description: d.description.trim(),
  };
}
