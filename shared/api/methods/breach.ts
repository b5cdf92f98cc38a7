// Contract methods of the breach list (UU 27/2022 Pasal 46): logged exports, whose data a source held, record, draft.
import { z } from '../../validation/zod-locale.ts';
import { multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import type {
  BreachDraftFile,
  BreachIncident,
  BreachList,
  BreachSources,
  IdentifiedFile,
} from '../../types/breach.ts';

/** What was lost: a device (an office and the days it held data) or one logged file. */
export const breachSource = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('device'), officeId: uuid, from: calendarDate, to: calendarDate }),
    z.object({ kind: z.literal('export'), exportId: uuid }),
  ],
  { message: 'Pilih perangkat atau file yang hilang.' },
);

const account = (label: string) =>
  multiline(
    z
      .string()
      .trim()
      .min(5, `${label} wajib diisi (minimal 5 karakter).`)
      .max(2000, 'Maksimal 2000 karakter.'),
  );

/** Only the admin sees whose data leaked and writes the notice. */
const BREACH_ACCESS = ['admin'] as const;

export const breachMethods = {
  /** Files the register logged, the offices a device may belong to, and the breaches recorded so far. */
  'breach.sources': method<BreachSources>()({
    input: z.object({}),
    access: BREACH_ACCESS,
    mutates: false,
  }),
  /** A picked file, by its SHA-256 (computed where it was picked), matched against the export log. */
  'breach.identify': method<IdentifiedFile>()({
    input: z.object({
      sha256: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[0-9a-f]{64}$/, 'Sidik SHA-256 harus 64 karakter heksadesimal.'),
      /** A bundle's header identity `<sender>/<recipient>/<sequence>` (the CLI reads it from the file). */
      bundleRef: z
        .string()
        .regex(/^[0-9a-f-]{36}\/[0-9a-f-]{36}\/\d{1,12}$/, 'Identitas paket tidak valid.')
        .optional(),
    }),
    access: BREACH_ACCESS,
    mutates: false,
  }),
  /** Whose personal data the source held, with the categories: a view of personal data, audited. */
  'breach.list': method<BreachList>()({
    input: z.object({ source: breachSource }),
    access: BREACH_ACCESS,
    mutates: false,
    auditView: true,
  }),
  /** Records the breach: the 3 × 24-hour deadline counts from now. */
  'breach.record': method<BreachIncident>()({
    input: z.object({
      source: breachSource,
      occurredOn: calendarDate.nullable().default(null),
      how: account('Bagaimana terjadinya'),
      steps: account('Langkah yang diambil'),
    }),
    access: BREACH_ACCESS,
    mutates: true,
  }),
  /** The notification draft for the authority and the data subjects, as PDF or XLSX. */
  'breach.draft': method<BreachDraftFile>()({
    input: z.object({
      incidentId: uuid,
      format: z.enum(['pdf', 'xlsx'], { message: 'Format harus pdf atau xlsx.' }),
    }),
    access: BREACH_ACCESS,
    mutates: false,
    auditView: true,
  }),
} as const;
