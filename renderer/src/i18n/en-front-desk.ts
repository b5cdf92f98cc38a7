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
    fromNik: 'filled from the NIK',
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
