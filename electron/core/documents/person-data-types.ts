// Shape of a resident's data export (UU 27/2022 access request): one object behind both the JSON and the PDF.
import type { Region } from '../../../shared/types/office.ts';

/** A coded value with its label, so the copy is readable without the app's reference lists. */
export interface Coded {
  code: string;
  label: string;
}

export interface PersonRecord {
  id: string;
  originOfficeId: string;
  createdAt: string;
  updatedAt: string;
  nik: string | null;
  name: string;
  sex: Coded;
  birthPlace: string | null;
  birthDate: string | null;
  relationship: Coded | null;
  religion: Coded | null;
  maritalStatus: Coded | null;
  education: Coded | null;
  occupation: Coded | null;
  disabilityTypes: Coded[];
  padanDukcapil: Coded;
  dtsenStatus: Coded;
  phone: string | null;
  desaCode: string;
  /** Desa, kecamatan, kabupaten/kota and province names of desaCode. */
  region: string;
  nikOverrideReason: string | null;
  notes: string | null;
  /** Basis for processing the specific data recorded at registration (UU 27/2022 Pasal 20), with its article. */
  legalBasis: { code: string | null; text: string };
}

export interface HouseholdRecord {
  id: string;
  originOfficeId: string;
  createdAt: string;
  updatedAt: string;
  noKk: string | null;
  headName: string | null;
  address: string;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
  desaCode: string;
  region: string;
  phone: string | null;
  dtsenId: string | null;
  dtsenDesil: number | null;
  floorAreaM2: number | null;
  floorMaterial: Coded | null;
  wallMaterial: Coded | null;
  roofMaterial: Coded | null;
  drinkingWater: Coded | null;
  lighting: Coded | null;
  cookingFuel: Coded | null;
  toilet: Coded | null;
  assets: string[];
  notes: string | null;
  kkHistory: { id: string; noKk: string; validFrom: string; reason: string }[];
}

export interface PpksRecord {
  id: string;
  category: Coded;
  disabilityType: Coded | null;
  since: string;
  source: string;
  active: boolean;
}

export interface ProgramRecord {
  id: string;
  program: Coded;
  status: Coded;
  periodStart: string | null;
  periodEnd: string | null;
  source: string;
}

export interface CaseEventRecord {
  id: string;
  at: string;
  type: Coded;
  fromStatus: Coded | null;
  toStatus: Coded | null;
  reason: string | null;
  note: string | null;
  actorName: string;
  actorRole: string;
}

export interface ReferralRecord {
  id: string;
  destination: Coded;
  letterNumber: string;
  letterDate: string;
  reason: string;
  status: Coded;
  outcome: Coded | null;
  outcomeDate: string | null;
  outcomeNote: string | null;
}

export interface FollowUpRecord {
  id: string;
  referralId: string | null;
  dueDate: string;
  doneDate: string | null;
  note: string | null;
}

export interface CaseRecord {
  id: string;
  originOfficeId: string;
  caseNumber: string;
  kind: Coded;
  subKind: Coded | null;
  category: Coded;
  subCategory: Coded | null;
  channel: Coded;
  fastTrack: boolean;
  fastTrackReason: string | null;
  /** Who reported it: the resident, or someone else (whose identity is not disclosed, UU 27/2022 Pasal 33). */
  reportedBy: 'warga sendiri' | 'pihak lain';
  description: string;
  assignedTo: string | null;
  status: Coded;
  desaCode: string;
  receivedAt: string;
  closedAt: string | null;
  events: CaseEventRecord[];
  referrals: ReferralRecord[];
  followUps: FollowUpRecord[];
}

/** A case about someone else that this resident reported: only that the report exists, nothing about the other person. */
export interface ReportedCaseRecord {
  caseNumber: string;
  receivedAt: string;
  kind: Coded;
}

/** A file kept with one of the resident's records (the copy lists it; the file itself is given on request). */
export interface AttachmentRecord {
  id: string;
  /** The record it is attached to: "Warga", "Keluarga", "Kasus <number>", "Rujukan <letter> (<case>)". */
  belongsTo: string;
  kind: Coded;
  note: string;
  legalBasis: { code: string; text: string };
  mime: string;
  /** Bytes as kept (an image after downscaling). */
  size: number;
  addedAt: string;
  addedBy: string;
}

/** One audit-log entry about this resident's records (who processed what, when). */
export interface ProcessingRecord {
  at: string;
  action: string;
  outcome: string;
  username: string;
  role: string;
  entityType: string | null;
  detail: string | null;
}

export interface PersonDataExport {
  format: 'puskesos-data-warga';
  version: 1;
  exportedAt: string;
  legalBasis: string;
  /** What the copy holds and what it leaves out, in plain words. */
  scope: string;
  office: {
    id: string;
    name: string;
    address: string;
    regionCode: string;
    /** The office's region and its parents, province first (codes and names). */
    regionPath: Region[];
    region: string;
  };
  person: PersonRecord;
  household: HouseholdRecord | null;
  ppks: PpksRecord[];
  programs: ProgramRecord[];
  cases: CaseRecord[];
  reportedCases: ReportedCaseRecord[];
  /** Attachments of the resident's records (listed, not embedded). */
  attachments: AttachmentRecord[];
  processingLog: ProcessingRecord[];
}
