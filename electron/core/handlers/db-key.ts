// Contract handler for rotating the register's database key (admin; `puskesos db-key rotate`), audited.
import type { Handlers } from '../context.ts';
import { rotateDbKey } from '../db/rotate-key.ts';

export const dbKeyHandlers: Pick<Handlers, 'security.rotateDbKey'> = {
  'security.rotateDbKey': async (ctx) => {
    const { keys, files } = rotateDbKey(ctx.deps);
    ctx.deps.dbKeys = keys;
    // The audit entry records that and how much, never a key.
    ctx.note(`kunci basis data diganti; ${files.length} file dienkripsi ulang`);
    return { rotatedAt: new Date(ctx.deps.now()).toISOString(), files };
  },
};
