// English texts for erasure and retention of residents' personal data (merged into en.ts).
import type { Messages } from './types.ts';

export const enErasure: Pick<Messages, 'erasure' | 'retention'> = {
  erasure: {
    open: 'Erase personal data',
    title: "Erase the resident's personal data",
    explain:
      "At the resident's request (UU 27/2022): this resident's NIK, name, address, family card no., phone and notes are erased from this register and, through sync bundles, from Dinsos and every office that holds them. Case statistics stay without identity, so past monthly reports do not change. This cannot be undone.",
    backupsNote:
      'Backups made before the erasure still hold these data until rotation removes them; their dates are listed in Settings → Data retention.',
    confirm: "I understand that this resident's personal data is erased for good.",
    submit: 'Erase personal data',
    cancel: 'Cancel',
    done: "The resident's personal data has been erased.",
    erasedTitle: 'Personal data erased',
    erasedBody:
      "This resident's personal data has been erased (UU 27/2022). Only anonymous statistics remain.",
  },
  retention: {
    tab: 'Data retention',
    intro:
      "Residents' personal data is erased after the retention period, only once an admin approves the monthly list. Leave a field empty to turn a rule off.",
    closedCaseYears: 'Closed cases: erase after (years since closing)',
    inactiveYears: 'Residents with no activity: erase after (years)',
    save: 'Save rules',
    saved: 'Retention rules saved.',
    dueTitle: 'Due in {{month}}',
    none: 'No resident is due.',
    approved: "This month's list has been approved.",
    approve: 'Approve erasing {{count}} residents',
    approvedDone: '{{count}} residents erased.',
    rule: { 'kasus-selesai': 'Closed case', 'tidak-aktif': 'Inactive' },
    backupsTitle: 'Backups older than an erasure',
    backupsNone: 'No backup holds erased data.',
    expiresBy: 'removed by {{date}} at the latest',
    expiresByCount: 'removed after 3 newer backups of its kind',
    external: 'External backup in {{folder}}: never rotated, destroy it by {{date}} (encrypted).',
    externalMissing: 'Not found there now (stick unplugged or moved).',
    externalUnknownFolder: 'location not recorded',
    mentionsTitle: 'To review: an erased resident named in other records',
    mentionsExplain:
      'These records name an erased resident but are not theirs (names are not unique), so they were not changed. Open and correct them if it is that resident.',
    mentionsNone: 'No other record names an erased resident.',
    mentionTable: {
      cases: 'Case',
      case_events: 'Case history',
      referrals: 'Case referral',
      follow_ups: 'Case follow-up',
      persons: 'Resident',
      households: 'Household',
      household_kk_history: 'KK history',
      tksk_activities: 'TKSK activity',
      tksk_month_notes: 'TKSK monthly notes',
    },
    mentionSameNik: "another resident's record with the same NIK",
    mentionColumns: {
      description: 'description',
      notes: 'notes',
      note: 'note',
      reason: 'reason',
      outcome_note: 'outcome note',
      fast_track_reason: 'fast-track reason',
      reporter_name: "reporter's name",
      nik_override_reason: 'NIK override reason',
      result: 'result',
      target_group: 'target group',
      obstacles: 'obstacles',
      recommendations: 'recommendations',
    },
    mentionColumn: 'column {{column}}',
    mentionGone: '(record no longer exists)',
  },
};
