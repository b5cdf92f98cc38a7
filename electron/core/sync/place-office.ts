// Dinsos places a desa Puskesos under its kecamatan office (or back directly under Dinsos): the tree of its next network file.
import { CoreError } from '../errors.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { OfficePlaced } from '../../../shared/types/trust.ts';
import { inRegion, ownEntry, requireDinsos, trustedKeys, type TrustDeps } from './trust-local.ts';
import { treeProblem } from './tree.ts';

const invalid = (message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { upstreamId: message } });

/**
 * Writes the link into the tree Dinsos decided (office_tree); the next network file carries it to every office
 * (docs/network-tree.md). Only a desa sits under a kecamatan, both active and the desa inside the kecamatan's
 * region; `upstreamId` null puts the office back directly under Dinsos. Nothing is written on a refusal.
 */
export async function placeOffice(
  deps: TrustDeps,
  officeId: string,
  upstreamId: string | null,
): Promise<OfficePlaced> {
  const { db } = deps;
  const own = await ownEntry(db);
  requireDinsos(own, 'Menempatkan kantor dalam jaringan');
  const active = (await trustedKeys(db)).filter((k) => k.status === 'active' && k.office_id !== own.officeId);
  const office = active.find((k) => k.office_id === officeId);
  if (!office) {
    throw new CoreError('NOT_FOUND', 'Kantor ini tidak terdaftar aktif di Dinas Sosial ini.', {
      fields: { officeId: 'Tidak terdaftar.' },
    });
  }
  const up = upstreamId === null ? null : active.find((k) => k.office_id === upstreamId);
  if (upstreamId !== null) {
    if (office.office_type !== 'desa') {
      throw invalid('Hanya Puskesos desa/kelurahan yang dapat ditempatkan di bawah kantor kecamatan.');
    }
    if (!up || up.office_type !== 'kecamatan') {
      throw invalid('Kantor di atasnya harus kantor kecamatan yang terdaftar aktif di Dinas Sosial ini.');
    }
    if (!inRegion(office.region_code, up.region_code)) {
      throw invalid(
        `${office.name} (${office.region_code}) tidak terletak di kecamatan ${up.name} (${up.region_code}).`,
      );
    }
  }
  const held = await db.selectFrom('office_tree').selectAll().execute();
  const links = [
    ...held
      .filter((l) => l.office_id !== officeId)
      .map((l) => ({ officeId: l.office_id, upstreamId: l.upstream_office_id })),
    ...(upstreamId === null ? [] : [{ officeId, upstreamId }]),
  ];
  const tree = (id: string, type: string, regionCode: string) => ({
    officeId: id,
    type: type as OfficeType,
    regionCode,
  });
  const problem = treeProblem(
    tree(own.officeId, 'dinsos', own.regionCode),
    active.map((k) => tree(k.office_id, k.office_type, k.region_code)),
    links.filter((l) => active.some((k) => k.office_id === l.officeId)),
  );
  if (problem) throw invalid(`Susunan jaringan tidak sah: ${problem}.`);
  // The dispatch runs a mutating call in one transaction: both statements commit together or not at all.
  await db.deleteFrom('office_tree').where('office_id', '=', officeId).execute();
  if (upstreamId !== null) {
    await db
      .insertInto('office_tree')
      .values({ office_id: officeId, upstream_office_id: upstreamId })
      .execute();
  }
  return { officeId, name: office.name, upstreamId, upstreamName: up?.name ?? null };
}
