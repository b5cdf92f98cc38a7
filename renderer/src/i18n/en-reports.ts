// English texts for Laporan and the Beranda charts, merged into en.ts.
import type { Messages } from './types.ts';

export const enReports: Pick<Messages, 'charts'> = {
  charts: {
    noData: 'No data',
    category: 'Category',
    byDesa: 'desa/kelurahan',
    byKecamatan: 'kecamatan',
    outcomeNone: 'No outcome yet',
    anyPpks: 'Any PPKS (any category)',
    filter: {
      receivedMonth: 'Received in {{month}}',
      closedMonth: 'Closed in {{month}}',
    },
    cases: {
      title: 'Cases per month (last 12 months)',
      note: 'Cases received and cases closed per month; click a bar for its cases.',
      received: 'Received',
      closed: 'Closed',
    },
    referrals: {
      title: 'Referrals by destination and outcome',
      note: 'Every referral in the register, by its latest outcome; click for the referrals.',
    },
    ppks: {
      title: 'PPKS residents per {{area}}',
      note: 'Residents with an active PPKS assignment (the 12 largest areas); click for the residents.',
      series: 'PPKS residents',
    },
    overdue: {
      title: 'Overdue follow-ups per {{area}}',
      note: 'Cases with a follow-up past its due date; click for the cases.',
      series: 'Overdue cases',
    },
  },
};
