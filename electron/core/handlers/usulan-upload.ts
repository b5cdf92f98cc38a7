// Handlers of the national upload: the proposals export (logged in the export log) and the result file's import at Dinsos.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../context.ts';
import type { ReportFile } from '../../../shared/types/reports.ts';
import { logProposalListFile } from '../breach/log-file.ts';
import { caseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { readTable } from '../imports/read.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { importResult } from '../usulan/result-import.ts';
import { uploadFile } from '../usulan/upload-file.ts';
import { uploadRows } from '../usulan/upload-rows.ts';
import { importStagingDir } from './imports.ts';

type UploadHandlers = Pick<Handlers, 'usulan.export' | 'usulan.importResult'>;

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
  'usulan.importResult': async (ctx, input) => {
    const facts = await ownOfficeFacts(ctx.db);
    if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
    if (facts.type !== 'dinsos') {
      throw new CoreError('FORBIDDEN', 'Hasil pemutakhiran pusat diimpor oleh Dinas Sosial.');
    }
    const path = join(importStagingDir(ctx.deps.paths.dir), input.file);
    if (!existsSync(path)) {
      throw new CoreError('NOT_FOUND', `Berkas ${input.file} tidak ditemukan; pilih atau unggah lagi.`);
    }
    const table = await readTable(path);
    const out = await importResult(await caseWork(ctx), table.rows, input);
    ctx.note(`${input.dryRun ? 'uji ' : ''}impor hasil DTSEN: ${out.matched} cocok, ${out.errors} galat`);
    return out;
  },
};
