// English texts for the front desk at full speed: one-key choices, leaving a filled form, refused list entries.
import type { Messages } from './types.ts';

export const enFrontDesk: Pick<Messages, 'frontDesk'> = {
  frontDesk: {
    radioKeys: 'Press {{keys}}.',
    kindExtraKeys: 'P, S or A picks a complaint directly: question, suggestion or grievance.',
    noMatch: '"{{text}}" is not in the list: choose one of the options.',
    registerNew: 'Register a new resident',
    registerNewKey: 'Alt+B',
    enterOpensFirst: 'Enter opens the highlighted resident; a new resident only with Alt+B.',
    moreDetails: 'Other details (optional)',
    lockDropped: 'The screen locked while you were typing; those keys were not used. Type your password.',
    actions: {
      closeAtFrontOffice: 'Close at the front office',
      startVerification: 'Start verification',
      markIncomplete: 'Mark documents incomplete',
      startAssessment: 'Start assessment',
      submitRecommendation: 'Submit to the coordinator',
      decide: 'Approve the service',
      backToAssessment: 'Send back to assessment',
      reverify: 'Documents complete: verify again',
      reject: 'Declare not eligible',
      cancel: 'Cancel the case',
      awaitFollowUp: 'Record awaiting follow-up',
      close: 'Close the case',
      referAgain: 'Refer again',
    },
    next: {
      DITERIMA: 'Next: a petugas verifies the documents, or closes it at the front office if answered here.',
      SELESAI_DI_FO: 'Closed at the front office; nothing more to do.',
      VERIFIKASI:
        'Next: a petugas checks the documents, then starts the assessment (or marks them incomplete).',
      BERKAS_BELUM_LENGKAP:
        'Waiting for the resident to complete the documents; then a petugas verifies again.',
      ASESMEN: 'Next: a petugas finishes the assessment and submits a recommendation to the coordinator.',
      REKOMENDASI:
        'Waiting for the coordinator: the recommendation needs a decision (approve, or send back).',
      DITETAPKAN: 'Next: a petugas writes the referral letter to the destination.',
      DIRUJUK: 'Waiting for the destination’s answer; a petugas records it at the follow-up.',
      MENUNGGU_TINDAK_LANJUT: 'Next: a petugas or TKSK follows up, then closes the case or refers again.',
      SELESAI: 'Closed; nothing more to do.',
      TIDAK_LAYAK: 'Declared not eligible; nothing more to do.',
      DIBATALKAN: 'Cancelled; nothing more to do.',
    },
    fromNik: 'Filled from the NIK.',
    discard: {
      title: 'Discard what was typed?',
      person: 'The resident’s details typed here are not saved yet and will be lost.',
      case: 'What was typed for this case is not saved yet and will be lost.',
      savedPerson: '{{name}} is already saved; only the case details are discarded.',
      keep: 'Keep filling in',
      confirm: 'Yes, discard',
    },
    nikWarningTitle: 'The NIK does not match the details entered',
  },
};
