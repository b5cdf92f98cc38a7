// English texts for duplicates at Dinsos: the review queue and a resident's links (merged into en.ts).
import type { Messages } from './types.ts';

export const enDuplicates: Pick<Messages, 'duplicates'> = {
  duplicates: {
    unknownOffice: 'unknown office',
    queue: {
      title: 'Duplicate queue',
      open: 'Duplicates',
      keys: 'Keys:',
      keySama: 'same person',
      keyBukan: 'not the same person',
      keyMove: 'next/previous pair',
      keyPrimary: 'primary record A/B',
      keyReason: 'type the reason (Esc to leave)',
      keyUndo: 'undo the last decision',
      position: 'Pair {{at}} of {{total}}',
      score: 'Score {{score}}',
      household: 'Household',
      householdValue: '{{head}} ({{count}} members)',
      office: 'Office',
      recordId: 'Record ID',
      primary: 'Primary record',
      reason: 'Reason for the decision',
      reasonHint: 'Required, at least 5 characters; it travels with the decision.',
      reasonRequired: 'Type the reason for the decision (at least 5 characters).',
      sama: 'Same person (S)',
      bukan: 'Not the same person (B)',
      decidedSama: 'Decided: the same person. Both records are linked; nothing is deleted.',
      decidedBukan: 'Decided: not the same person. This pair will not be proposed again.',
      undo: 'Undo (U)',
      undoReason: 'Undone by the reviewer right after deciding.',
      undone: 'Decision undone; the pair is back in the queue.',
      empty: 'No pair awaits a decision. Scan the register to look for duplicates.',
    },
    links: {
      title: 'Also registered at another office',
      item: 'Also registered at {{office}}, decided by Dinas Sosial on {{date}}:',
      recordId: 'record ID {{id}}',
      otherPrimary: 'that record was chosen as the primary one',
    },
  },
};
