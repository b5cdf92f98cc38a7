// Reads what a referral letter prints: the referral, its case, the resident and household, and the issuing office.
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOffice, getOwnOffice } from '../office/office-repo.ts';
import { resolveRegion } from '../regions/regions.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import {
  CASE_KINDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SUBCATEGORIES,
  COMPLAINT_SUBKINDS,
  DESTINATIONS,
  SEXES,
  labelOf,
} from '../../../shared/reference/index.ts';
import { regionLine, regionNames } from './format.ts';
import { letterAddressee, ownAddressees } from './letter-addressee.ts';
import { requestedActionFor } from './requested-action.ts';
import { attachmentKindLabel } from '../../../shared/reference/attachment-kinds.ts';

export interface ReferralLetterData {
  office: OfficeInfo;
  referral: {
    id: string;
    letterNumber: string;
    letterDate: string;
    destination: string;
    destinationLabel: string;
    /** "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Cilacap" (one or two lines). */
    addressee: string[];
    reason: string;
    requestedAction: string;
  };
  caseInfo: {
    caseNumber: string;
    kindLabel: string;
    categoryLabel: string;
    receivedAt: string;
  };
  person: {
    name: string;
    nik: string | null;
    birthPlace: string | null;
    birthDate: string | null;
    sexLabel: string;
    /** Street, RT/RW and dusun; null when the person has no household address. */
    street: string | null;
    /** Desa, kecamatan, kabupaten/kota and province names. */
    region: string;
    noKk: string | null;
  };
  /** The referral's own live attachments, oldest first: the letter lists them as its enclosures. */
  attachments: { kindLabel: string; note: string }[];
}

const notFound = (what: string): CoreError => new CoreError('NOT_FOUND', `${what} tidak ditemukan.`);

/** "Jl. Contoh No. 1 RT 002/RW 003, Dusun Krajan". */
export function streetLine(h: {
  address: string;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
}): string {
  const rtRw = [h.rt ? `RT ${h.rt}` : null, h.rw ? `RW ${h.rw}` : null].filter(Boolean).join('/');
  return [h.address, rtRw].filter(Boolean).join(' ') + (h.dusun ? `, Dusun ${h.dusun}` : '');
}

/** What was attached to the referral (not removed), by kind and note: never a file, only the list. */
async function referralAttachments(
  db: DbOrTrx,
  referralId: string,
): Promise<ReferralLetterData['attachments']> {
  const rows = await db
    .selectFrom('attachments')
    .select(['kind', 'note'])
    .where('owner_type', '=', 'referral')
    .where('owner_id', '=', referralId)
    .where('removed_at', 'is', null)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kindLabel: attachmentKindLabel(r.kind), note: r.note }));
}

export async function loadReferralLetter(db: DbOrTrx, referralId: string): Promise<ReferralLetterData> {
  const referral = await db
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', referralId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!referral) throw notFound('Rujukan');
  const kase = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', referral.case_id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!kase) throw notFound('Kasus rujukan ini');
  const person = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', kase.beneficiary_id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!person) throw notFound('Data warga penerima layanan');
  const household = person.household_id
    ? await db
        .selectFrom('households')
        .selectAll()
        .where('id', '=', person.household_id)
        .where('deleted', '=', 0)
        .executeTakeFirst()
    : undefined;
  // The letter carries the letterhead of the office that issued it (the referral's origin).
  const office = (await getOffice(db, referral.origin_office_id)) ?? (await getOwnOffice(db));
  if (!office) throw notFound('Data kantor');

  const desaCode = household?.desa_code ?? person.desa_code;
  const kind =
    labelOf(CASE_KINDS, kase.kind) +
    (kase.sub_kind ? ` – ${labelOf(COMPLAINT_SUBKINDS, kase.sub_kind)}` : '');
  const category =
    labelOf(COMPLAINT_CATEGORIES, kase.category) +
    (kase.sub_category ? ` – ${labelOf(COMPLAINT_SUBCATEGORIES, kase.sub_category)}` : '');

  return {
    office,
    referral: {
      id: referral.id,
      letterNumber: referral.letter_number,
      letterDate: referral.letter_date,
      destination: referral.destination,
      destinationLabel: labelOf(DESTINATIONS, referral.destination),
      addressee: letterAddressee(
        referral.destination,
        regionNames(office.regionPath).kabkota,
        await ownAddressees(db),
      ),
      reason: referral.reason,
      requestedAction: requestedActionFor(referral.destination),
    },
    caseInfo: {
      caseNumber: kase.case_number,
      kindLabel: kind,
      categoryLabel: category,
      receivedAt: kase.received_at,
    },
    person: {
      name: person.name,
      nik: person.nik,
      birthPlace: person.birth_place,
      birthDate: person.birth_date,
      sexLabel: labelOf(SEXES, person.sex),
      street: household ? streetLine(household) : null,
      region: regionLine(desaCode, await resolveRegion(desaCode)),
      noKk: household?.no_kk ?? null,
    },
    attachments: await referralAttachments(db, referral.id),
  };
}
