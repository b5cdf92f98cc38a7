// Workflow buttons say what they do: the action of each status change, and whether it moves the case forward.
import type { CaseStatus } from '../../../../shared/reference/case-status.ts';

export type WorkflowAction =
  | 'closeAtFrontOffice'
  | 'startVerification'
  | 'markIncomplete'
  | 'startAssessment'
  | 'submitRecommendation'
  | 'decide'
  | 'backToAssessment'
  | 'reverify'
  | 'reject'
  | 'cancel'
  | 'awaitFollowUp'
  | 'close'
  | 'referAgain';

/** The action a change to `to` from `from` performs (frontDesk.actions.<action> in the UI). */
export function actionOf(from: CaseStatus, to: CaseStatus): WorkflowAction {
  if (to === 'ASESMEN') return from === 'REKOMENDASI' ? 'backToAssessment' : 'startAssessment';
  const byTarget: Partial<Record<CaseStatus, WorkflowAction>> = {
    SELESAI_DI_FO: 'closeAtFrontOffice',
    VERIFIKASI: from === 'BERKAS_BELUM_LENGKAP' ? 'reverify' : 'startVerification',
    BERKAS_BELUM_LENGKAP: 'markIncomplete',
    REKOMENDASI: 'submitRecommendation',
    DITETAPKAN: 'decide',
    TIDAK_LAYAK: 'reject',
    DIBATALKAN: 'cancel',
    MENUNGGU_TINDAK_LANJUT: 'awaitFollowUp',
    SELESAI: 'close',
    DIRUJUK: 'referAgain',
  };
  return byTarget[to] ?? 'startVerification';
}

/** How a button looks: the step forward is primary, going back is plain, ending the case early is red. */
export function emphasisOf(from: CaseStatus, to: CaseStatus): 'forward' | 'back' | 'exit' {
  if (to === 'DIBATALKAN' || to === 'TIDAK_LAYAK') return 'exit';
  if (actionOf(from, to) === 'backToAssessment' || to === 'BERKAS_BELUM_LENGKAP') return 'back';
  return 'forward';
}
