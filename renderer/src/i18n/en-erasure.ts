// English texts for erasure and retention of residents' personal data (merged into en.ts).
import type { Messages } from './types.ts';

export const enErasure: Pick<Messages, 'erasure'> = {
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
};
