// The attachments a resident's data export lists: their own, their household's, their cases', referrals' and DTSEN proposals' (no bytes).
import type { DbOrTrx } from '../db/database.ts';
import { attachmentKindLabel } from '../../../shared/reference/attachment-kinds.ts';
import { legalBasisText } from '../../../shared/reference/legal-basis.ts';
import { USULAN_KIND_LABELS, type UsulanKind } from '../../../shared/reference/usulan.ts';
import type { AttachmentRecord, CaseRecord } from './person-data-types.ts';

const OWNER_LABEL = {
  person: 'Warga',
  household: 'Keluarga',
  case: 'Kasus',
  referral: 'Rujukan',
  usulan: 'Usulan DTSEN',
} as const;

/** The proposals about the resident's household or naming the resident (the evidence filed for them). */
async function usulanOf(db: DbOrTrx, personId: string, householdId: string | null) {
  return db
    .selectFrom('usulan')
    .select(['id', 'kind', 'proposed_at'])
    .where((eb) =>
      eb.or([
        eb('person_ids', 'like', `%"${personId}"%`),
        ...(householdId ? [eb('household_id', '=', householdId)] : []),
      ]),
    )
    .where('deleted', '=', 0)
    .execute();
}

/** Live (not removed) attachments of the resident's records, oldest first; each names the record it belongs to. */
export async function loadAttachmentRecords(
  db: DbOrTrx,
  personId: string,
  householdId: string | null,
  cases: readonly CaseRecord[],
): Promise<AttachmentRecord[]> {
  const owners = new Map<string, string>([[personId, OWNER_LABEL.person]]);
  if (householdId) owners.set(householdId, OWNER_LABEL.household);
  for (const c of cases) {
    owners.set(c.id, `${OWNER_LABEL.case} ${c.caseNumber}`);
    for (const r of c.referrals)
      owners.set(r.id, `${OWNER_LABEL.referral} ${r.letterNumber} (${c.caseNumber})`);
  }
  for (const u of await usulanOf(db, personId, householdId)) {
    const kind = USULAN_KIND_LABELS[u.kind as UsulanKind] ?? u.kind;
    owners.set(u.id, `${OWNER_LABEL.usulan} ${kind} (${u.proposed_at.slice(0, 10)})`);
  }
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('owner_id', 'in', [...owners.keys()])
    .where('removed_at', 'is', null)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    belongsTo: owners.get(r.owner_id) ?? r.owner_type,
    kind: { code: r.kind, label: attachmentKindLabel(r.kind) },
    note: r.note,
    legalBasis: { code: r.legal_basis, text: legalBasisText(r.legal_basis) },
    mime: r.mime,
    size: r.size,
    addedAt: r.added_at,
    addedBy: r.added_by,
  }));
}
