// The random edits the merge property test draws (persons, erasures, mentions, decisions, proposals, sessions, steps, attachments) and the sequences it always runs.
import fc from 'fast-check';
import { DINSOS_STEPS, USULAN_STEPS } from '../../shared/reference/usulan.ts';

export const FIELDS = ['name', 'phone', 'notes'] as const;
export const VALUES = ['a', 'b', 'c', 'd'] as const;

export type Op =
  | { kind: 'insert'; office: number }
  | { kind: 'edit'; office: number; pick: number; field: number; value: number }
  | { kind: 'delete'; office: number; pick: number }
  | { kind: 'erase'; office: number; pick: number }
  | { kind: 'mention'; office: number; pick: number; other: number }
  | { kind: 'export'; office: number }
  | { kind: 'deliver'; pick: number }
  | { kind: 'tick'; office: number; ms: number }
  | { kind: 'decide'; pick: number; other: number; verdict: number }
  | { kind: 'propose'; office: number }
  | { kind: 'step'; office: number; pick: number; step: number }
  | { kind: 'session'; office: number; sptjm: boolean }
  | { kind: 'attach'; office: number; pick: number; file: number }
  | { kind: 'detach'; office: number; pick: number }
  | { kind: 'calendar'; office: number; first: number; length: number };

/** How many different files the attach op draws from (the same file attached twice is stored once). */
export const ATTACH_FILES = 3;

export const OFFICE_STEPS = USULAN_STEPS.filter((s) => !DINSOS_STEPS.includes(s));

export const NOFF = 3; // 0 = Dinsos, 1..2 = kecamatan
export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), office: fc.integer({ min: 1, max: NOFF - 1 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
    field: fc.nat({ max: FIELDS.length - 1 }),
    value: fc.nat({ max: VALUES.length - 1 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('erase' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
  }),
  // A note naming another resident of the same office by NIK (written before the erasure is known there).
  fc.record({
    kind: fc.constant('mention' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
    other: fc.nat(),
  }),
  fc.record({ kind: fc.constant('export' as const), office: fc.integer({ min: 0, max: NOFF - 1 }) }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
  // At Dinsos: 0 = same person (the first is primary), 1 = not the same, 2 = undo.
  fc.record({
    kind: fc.constant('decide' as const),
    pick: fc.nat(),
    other: fc.nat(),
    verdict: fc.nat({ max: 2 }),
  }),
  fc.record({
    kind: fc.constant('tick' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    ms: fc.integer({ min: -86_400_000, max: 86_400_000 }),
  }),
  fc.record({ kind: fc.constant('propose' as const), office: fc.integer({ min: 1, max: NOFF - 1 }) }),
  fc.record({
    kind: fc.constant('step' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
    step: fc.nat({ max: 9 }),
  }),
  fc.record({
    kind: fc.constant('session' as const),
    office: fc.integer({ min: 1, max: NOFF - 1 }),
    sptjm: fc.boolean(),
  }),
  // An office attaches one of a few files to one of its residents (a kecamatan, an odd file: to one of its
  // proposals; Dinsos: to any resident it holds, so the file travels down to the resident's office), or removes one.
  fc.record({
    kind: fc.constant('attach' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
    file: fc.nat({ max: ATTACH_FILES - 1 }),
  }),
  fc.record({
    kind: fc.constant('detach' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    pick: fc.nat(),
  }),
  // An office sets its DTSEN calendar (its own row; Dinsos's is the one every office reads): window and cut-off.
  fc.record({
    kind: fc.constant('calendar' as const),
    office: fc.integer({ min: 0, max: NOFF - 1 }),
    first: fc.integer({ min: 1, max: 14 }),
    length: fc.integer({ min: 0, max: 10 }),
  }),
);

/** Always run: the office withdraws while Dinsos verifies; both bundles cross; the earlier stamp wins everywhere. */
export const CONCURRENT_STEPS: Op[] = [
  { kind: 'propose', office: 1 },
  { kind: 'session', office: 1, sptjm: false },
  { kind: 'step', office: 1, pick: 0, step: 0 },
  { kind: 'step', office: 1, pick: 0, step: 1 },
  { kind: 'step', office: 1, pick: 0, step: 3 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 0 },
  { kind: 'step', office: 0, pick: 0, step: 0 },
  { kind: 'step', office: 1, pick: 0, step: 4 },
  { kind: 'export', office: 0 },
  { kind: 'deliver', pick: 1 },
];

/**
 * Always run: Dinsos edits a kecamatan's resident and sends the edit, the kecamatan erases the resident, then
 * the edit (stamped after the erasure) arrives there: the erasure must still win everywhere.
 */
export const ERASURE_THEN_LATE_EDIT: Op[] = [
  { kind: 'insert', office: 1 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 0 },
  { kind: 'edit', office: 0, pick: 0, field: 0, value: 1 },
  { kind: 'export', office: 0 },
  { kind: 'erase', office: 1, pick: 0 },
  { kind: 'deliver', pick: 1 },
  { kind: 'deliver', pick: 2 },
];

/**
 * Always run: Dinsos links a resident of each kecamatan, sends the decision, then undoes it and decides again
 * ('bukan') before the first bundle arrives; the bundles are delivered late and in reverse.
 */
export const DECIDE_UNDO_REDECIDE: Op[] = [
  { kind: 'insert', office: 1 },
  { kind: 'insert', office: 2 },
  { kind: 'export', office: 1 },
  { kind: 'export', office: 2 },
  { kind: 'deliver', pick: 0 },
  { kind: 'deliver', pick: 1 },
  { kind: 'decide', pick: 0, other: 1, verdict: 0 },
  { kind: 'export', office: 0 },
  { kind: 'decide', pick: 0, other: 1, verdict: 2 },
  { kind: 'decide', pick: 1, other: 0, verdict: 1 },
  { kind: 'export', office: 0 },
  { kind: 'deliver', pick: 5 },
  { kind: 'deliver', pick: 3 },
];

/**
 * Always run: Dinsos writes a resident's NIK into another's notes and sends it; the office erases the first
 * resident before the note arrives: the late note is scrubbed there as Dinsos's copy was when the erasure came.
 */
export const MENTION_THEN_ERASURE: Op[] = [
  { kind: 'insert', office: 1 },
  { kind: 'insert', office: 1 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 0 },
  { kind: 'mention', office: 0, pick: 1, other: 0 },
  { kind: 'export', office: 0 },
  { kind: 'erase', office: 1, pick: 0 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 2 },
  { kind: 'deliver', pick: 1 },
];

/**
 * Always run: with Dinsos's budget of one file a bundle, two files attached and one bundle lost: the rows arrive
 * before their files, the lost file is asked for again, and the resident is erased after the first file arrived.
 */
export const FILES_AFTER_RECORDS: Op[] = [
  { kind: 'insert', office: 1 },
  { kind: 'attach', office: 1, pick: 0, file: 0 },
  { kind: 'attach', office: 1, pick: 0, file: 1 },
  { kind: 'export', office: 1 },
  { kind: 'insert', office: 1 },
  { kind: 'attach', office: 1, pick: 1, file: 2 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 1 },
  { kind: 'detach', office: 1, pick: 0 },
  { kind: 'erase', office: 1, pick: 1 },
];

/**
 * Always run: evidence on a DTSEN proposal (owner type 'usulan'; an odd file number picks a proposal when the
 * office has one) travels with the proposal, one file a bundle, a bundle lost on the way, and a second file after.
 */
export const FILES_ON_A_PROPOSAL: Op[] = [
  { kind: 'propose', office: 2 },
  { kind: 'attach', office: 2, pick: 0, file: 1 },
  { kind: 'export', office: 2 },
  { kind: 'insert', office: 2 },
  { kind: 'attach', office: 2, pick: 0, file: 0 },
  { kind: 'export', office: 2 },
  { kind: 'deliver', pick: 1 },
];

/**
 * Always run: Dinsos files a document on a kecamatan's resident (it travels down, row and file), the kecamatan
 * erases the resident while Dinsos's bundle is still on the way, and Dinsos removes its other file.
 */
export const DINSOS_FILES_DOWN: Op[] = [
  { kind: 'insert', office: 1 },
  { kind: 'insert', office: 1 },
  { kind: 'export', office: 1 },
  { kind: 'deliver', pick: 0 },
  { kind: 'attach', office: 0, pick: 0, file: 0 },
  { kind: 'attach', office: 0, pick: 1, file: 1 },
  { kind: 'export', office: 0 },
  { kind: 'erase', office: 1, pick: 0 },
  { kind: 'detach', office: 0, pick: 1 },
  { kind: 'deliver', pick: 1 },
];
