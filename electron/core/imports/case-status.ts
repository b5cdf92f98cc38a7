// A case log's status column (selesai, proses, ditolak, …) as the steps the case state machine allows from DITERIMA.
import {
  CASE_STATUSES,
  CASE_TRANSITIONS,
  canTransition,
  caseStatusLabel,
  requiresReason,
  type CaseStatus,
} from '../../../shared/reference/case-status.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { NOT_BY_HAND } from '../cases/workflow.ts';

/** One status change the commit records after creating the case (a `transisi` event each). */
export interface StatusStep {
  to: CaseStatus;
  reason: string | null;
}

/**
 * The role whose rules a log's statuses follow: the petugas who works cases (the importer may be an admin or
 * the CLI, who do no case work; the steps record the history the log already holds).
 */
export const LOG_STATUS_ROLE: Role = 'petugas';

/** Upper case letters and digits only: `Dalam proses`, `DALAM-PROSES` and `dalamproses` are one. */
const compact = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Words office logs use, before the register's own status codes and labels. */
const WORDS: Record<string, CaseStatus> = {
  BARU: 'DITERIMA',
  MASUK: 'DITERIMA',
  BELUM: 'DITERIMA',
  BELUMDIPROSES: 'DITERIMA',
  DITERIMA: 'DITERIMA',
  SELESAI: 'SELESAI_DI_FO',
  SUDAHSELESAI: 'SELESAI_DI_FO',
  TUNTAS: 'SELESAI_DI_FO',
  BERES: 'SELESAI_DI_FO',
  SELESAIDIFO: 'SELESAI_DI_FO',
  PROSES: 'VERIFIKASI',
  DIPROSES: 'VERIFIKASI',
  DALAMPROSES: 'VERIFIKASI',
  SEDANGDIPROSES: 'VERIFIKASI',
  KURANGBERKAS: 'BERKAS_BELUM_LENGKAP',
  BERKASKURANG: 'BERKAS_BELUM_LENGKAP',
  DITOLAK: 'TIDAK_LAYAK',
  TOLAK: 'TIDAK_LAYAK',
  TIDAKMEMENUHISYARAT: 'TIDAK_LAYAK',
  BATAL: 'DIBATALKAN',
  DIBATALKAN: 'DIBATALKAN',
  DUPLIKAT: 'DIBATALKAN',
  DICABUT: 'DIBATALKAN',
};

const statusOfText = (text: string): CaseStatus | null => {
  const c = compact(text);
  const word = WORDS[c];
  if (word) return word;
  return CASE_STATUSES.items.find((s) => compact(s.code) === c || compact(s.label) === c)?.code ?? null;
};

/** The shortest path of allowed steps from DITERIMA to `to` for the log's role, or null. */
function pathTo(to: CaseStatus): CaseStatus[] | null {
  const back = new Map<CaseStatus, CaseStatus>();
  const queue: CaseStatus[] = ['DITERIMA'];
  const seen = new Set<CaseStatus>(queue);
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    if (from === to) {
      const path: CaseStatus[] = [];
      for (let at: CaseStatus | undefined = to; at && at !== 'DITERIMA'; at = back.get(at)) path.unshift(at);
      return path;
    }
    for (const t of CASE_TRANSITIONS) {
      if (t.from !== from || seen.has(t.to) || NOT_BY_HAND.includes(t.to)) continue;
      if (!canTransition(t.from, t.to, LOG_STATUS_ROLE).ok) continue;
      seen.add(t.to);
      back.set(t.to, from);
      queue.push(t.to);
    }
  }
  return null;
}

/**
 * The steps for a log row's status (empty when blank or DITERIMA), or a reason in Indonesian. A step that
 * needs a reason (TIDAK_LAYAK, DIBATALKAN) takes the `Keterangan status` cell, else names the file's status.
 */
export function statusSteps(
  text: string | null,
  note: string | null,
): { ok: true; steps: StatusStep[] } | { ok: false; reason: string } {
  if (!text) return { ok: true, steps: [] };
  const to = statusOfText(text);
  if (!to)
    return {
      ok: false,
      reason: `Status "${text}" tidak dikenal (mis. Diterima, Proses, Berkas kurang, Selesai, Ditolak, Batal).`,
    };
  const path = pathTo(to);
  if (!path)
    return {
      ok: false,
      reason: `Status "${text}" (${caseStatusLabel(to)}) tidak dapat dicatat lewat impor: status ini dicapai lewat rujukan atau penetapan koordinator di layar kasus. Tulis status terakhir sebelum itu (mis. Proses).`,
    };
  return {
    ok: true,
    steps: path.map((s) => ({
      to: s,
      reason: requiresReason(s) ? (note ?? `Status di berkas impor: ${text}`).slice(0, 500) : null,
    })),
  };
}
