// Placing desa Puskesos in Dinsos's office tree: each desa's current upstream and the kecamatan offices it may sit under.
import type { TrustedOffice, TrustStatus } from '../../../shared/types/trust.ts';

/** The select's value for "directly under Dinsos" (no office id looks like it). */
export const UNDER_DINSOS = 'dinsos';

export interface UpstreamChoice {
  value: string;
  label: string;
}

export interface PlacementRow {
  officeId: string;
  name: string;
  regionCode: string;
  /** The current upstream: a kecamatan office's id, or UNDER_DINSOS. */
  value: string;
  /** "Directly under Dinsos", then each active kecamatan whose region contains the desa's, by name. */
  choices: UpstreamChoice[];
}

/** Whether region `outer` contains region `inner` (`33.01.08` contains `33.01.08.2001`, not `33.01.080.1`). */
export const regionContains = (outer: string, inner: string): boolean => inner.startsWith(`${outer}.`);

const byName = (a: TrustedOffice, b: TrustedOffice): number => a.name.localeCompare(b.name, 'id');

/**
 * One row per active desa Puskesos. A desa placed under an office that is no longer offered (its key revoked)
 * keeps that office as a choice, marked by `stale`, so the select shows where it is until it is moved.
 */
export function placementRows(
  trust: Pick<TrustStatus, 'offices' | 'upstreams'>,
  labels: { underDinsos: string; stale: (name: string) => string },
): PlacementRow[] {
  // One entry per office (an office that changed its key is listed with each key).
  const active = [
    ...new Map(trust.offices.filter((o) => o.status === 'active').map((o) => [o.officeId, o])).values(),
  ];
  const kecamatan = active.filter((o) => o.type === 'kecamatan').sort(byName);
  const upstream = new Map(trust.upstreams.map((u) => [u.officeId, u.upstreamId]));
  return active
    .filter((o) => o.type === 'desa')
    .sort(byName)
    .map((desa) => {
      const choices: UpstreamChoice[] = [
        { value: UNDER_DINSOS, label: labels.underDinsos },
        ...kecamatan
          .filter((k) => regionContains(k.regionCode, desa.regionCode))
          .map((k) => ({ value: k.officeId, label: k.name })),
      ];
      const current = upstream.get(desa.officeId) ?? UNDER_DINSOS;
      if (!choices.some((c) => c.value === current)) {
        const named = trust.offices.find((o) => o.officeId === current)?.name ?? current;
        choices.push({ value: current, label: labels.stale(named) });
      }
      return {
        officeId: desa.officeId,
        name: desa.name,
        regionCode: desa.regionCode,
        value: current,
        choices,
      };
    });
}

/** The contract's `upstreamId` for a chosen value (null: directly under Dinsos). */
export const upstreamIdOf = (value: string): string | null => (value === UNDER_DINSOS ? null : value);
