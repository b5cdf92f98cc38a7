// The office tree: each office's upstream (a desa under its kecamatan, every other office under Dinsos) and the subtree test.
import type { OfficeType } from '../../../shared/api/roles.ts';
import { inRegion } from './trust-local.ts';

/** An office whose upstream is not Dinsos, as Dinsos's network file lists it (docs/network-tree.md). */
export interface UpstreamLink {
  officeId: string;
  upstreamId: string;
}

export interface TreeOffice {
  officeId: string;
  type: OfficeType;
  regionCode: string;
}

/**
 * Why these links do not make a valid tree under `dinsos`, or null. Only a desa sits under a kecamatan (two
 * levels below Dinsos, so no cycle can be written), within the kecamatan's region; both are active offices;
 * an office is listed once, and never with Dinsos as its upstream (not listed means under Dinsos).
 */
export function treeProblem(
  dinsos: TreeOffice,
  offices: readonly TreeOffice[],
  links: readonly UpstreamLink[],
): string | null {
  const byId = new Map(offices.map((o) => [o.officeId, o]));
  const listed = new Set<string>();
  for (const l of links) {
    if (listed.has(l.officeId)) return `office ${l.officeId} has two upstreams`;
    listed.add(l.officeId);
    const office = byId.get(l.officeId);
    if (!office) return `office ${l.officeId} in the tree is not an active office`;
    if (l.upstreamId === dinsos.officeId) return `office ${l.officeId}: Dinsos is the upstream by default`;
    const up = byId.get(l.upstreamId);
    if (!up) return `upstream ${l.upstreamId} of ${l.officeId} is not an active office`;
    if (office.type !== 'desa' || up.type !== 'kecamatan') {
      return `only a desa office sits under a kecamatan office (${l.officeId} is ${office.type}, ${l.upstreamId} is ${up.type})`;
    }
    if (!inRegion(office.regionCode, up.regionCode)) {
      return `desa ${office.regionCode} does not lie in kecamatan ${up.regionCode}`;
    }
  }
  return null;
}

/** The tree as an office holds it: the listed links; every other office hangs directly under Dinsos. */
export class OfficeTree {
  private readonly up: ReadonlyMap<string, string>;

  constructor(links: Iterable<UpstreamLink>) {
    this.up = new Map([...links].map((l): [string, string] => [l.officeId, l.upstreamId]));
  }

  /** The upstream named in the network file, or null for Dinsos's direct offices (and Dinsos). */
  upstreamOf(officeId: string): string | null {
    return this.up.get(officeId) ?? null;
  }

  /** True when `officeId` is `ancestorId` or lies below it (Dinsos's own subtree is tested by type, not here). */
  isAtOrBelow(officeId: string | null, ancestorId: string): boolean {
    let at = officeId;
    for (let depth = 0; at !== null && depth < 4; depth++) {
      if (at === ancestorId) return true;
      at = this.up.get(at) ?? null;
    }
    return false;
  }

  /** The offices directly below `officeId`. */
  below(officeId: string): string[] {
    return [...this.up].filter(([, up]) => up === officeId).map(([id]) => id);
  }
}

/** The flat network of older network files: every office directly under Dinsos. */
export const FLAT_TREE = new OfficeTree([]);
