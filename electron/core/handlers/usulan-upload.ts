// Handler of the national upload: the proposals export, logged in the export log (the result import is an operation).
import type { Handlers } from '../context.ts';
import type { ReportFile } from '../../../shared/types/reports.ts';
import { logProposalListFile } from '../breach/log-file.ts';
import { uploadFile } from '../usulan/upload-file.ts';
import { uploadRows } from '../usulan/upload-rows.ts';

type UploadHandlers = Pick<Handlers, 'usulan.export'>;

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

export const usulanUploadHandlers: UploadHandlers = {
  'usulan.export': async (ctx, { state, format }) => {
    const list = await uploadRows(ctx.db, state);
    const now = ctx.deps.now();
    const bytes = await uploadFile(list.rows, format, now);
    const file: ReportFile = {
      fileName: `usulan-dtsen-${state}-${new Date(now).toISOString().slice(0, 10)}.${format}`,
      mime: MIME[format],
      base64: bytes.toString('base64'),
    };
    await logProposalListFile(
      {
        writer: ctx.deps.db,
        db: ctx.db,
        kind: 'usulan_list',
        file,
        atMs: now,
        username: ctx.user?.username ?? null,
        detail: `unggahan ${state} ${format}`,
      },
      list.personIds,
    );
    ctx.note(`ekspor ${format.toUpperCase()} usulan DTSEN (${state}): ${list.rows.length} baris`);
    return file;
  },
};
