// Row type of `households` (synced): keluarga with current No KK, address, DTSEN data and housing condition.
import type { SyncMeta } from './sync-meta.ts';

export interface HouseholdsTable extends SyncMeta {
  no_kk: string | null;
  head_name: string | null;
  desa_code: string;
  address: string;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
  phone: string | null;
  dtsen_id: string | null;
  dtsen_desil: number | null;
  floor_area_m2: number | null;
  floor_material: string | null;
  wall_material: string | null;
  roof_material: string | null;
  drinking_water: string | null;
  lighting: string | null;
  cooking_fuel: string | null;
  toilet: string | null;
  /** JSON array of asset codes. */
  assets: string;
  notes: string | null;
}
