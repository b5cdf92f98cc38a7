// Handlers printing a session's papers: the berita acara (or SPTJM) PDF and the BNBA as XLSX or PDF, each logged in the export log.
import type { HandlerContext, Handlers } from '../context.ts';
import type { ReportFile } from '../../../shared/types/reports.ts';
import { logProposalListFile } from '../breach/log-file.ts';
import { fileSafe } from '../documents/format.ts';
import { sessionDocData, type SessionDocData } from '../usulan/bnba-data.ts';
import { bnbaXlsx } from '../usulan/bnba-xlsx.ts';
import { beritaAcaraPdf, bnbaPdf } from '../usulan/musdes-pdf.ts';

type MusdesDocHandlers = Pick<Handlers, 'musdes.beritaAcara' | 'musdes.bnba'>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

const baseName = (prefix: string, d: SessionDocData): string =>
  `${prefix}-${fileSafe(d.session.desaName)}-${d.session.heldOn}`;

/** Logs the file with the persons it names (the breach list's knowledge), then hands it over. */
async function logged(ctx: HandlerContext, file: ReportFile, personIds: readonly string[], detail: string) {
  await logProposalListFile(
    {
      writer: ctx.deps.db,
      db: ctx.db,
      kind: 'usulan_list',
      file,
      atMs: ctx.deps.now(),
      username: ctx.user?.username ?? null,
      detail,
    },
    personIds,
  );
  return file;
}

export const musdesDocHandlers: MusdesDocHandlers = {
  'musdes.beritaAcara': async (ctx, { sessionId }) => {
    ctx.subject('musdes', sessionId);
    const d = await sessionDocData(ctx.db, sessionId);
    const sptjm = d.session.kind === 'sptjm';
    const pdf = await beritaAcaraPdf(d, ctx.deps.now());
    ctx.note(`ekspor PDF ${sptjm ? 'SPTJM' : 'berita acara'} musdes`);
    const file: ReportFile = {
      fileName: `${baseName(sptjm ? 'sptjm' : 'berita-acara', d)}.pdf`,
      mime: 'application/pdf',
      base64: pdf.toString('base64'),
    };
    return logged(
      ctx,
      file,
      d.decisions.flatMap((x) => x.personIds),
      sptjm ? 'SPTJM' : 'berita acara',
    );
  },
  'musdes.bnba': async (ctx, { sessionId, format }) => {
    ctx.subject('musdes', sessionId);
    const d = await sessionDocData(ctx.db, sessionId);
    const now = ctx.deps.now();
    const bytes = format === 'pdf' ? await bnbaPdf(d, now) : Buffer.from(await bnbaXlsx(d, now));
    ctx.note(`ekspor ${format.toUpperCase()} BNBA usulan DTSEN`);
    const file: ReportFile = {
      fileName: `${baseName('bnba', d)}.${format}`,
      mime: format === 'pdf' ? 'application/pdf' : XLSX,
      base64: bytes.toString('base64'),
    };
    return logged(
      ctx,
      file,
      d.bnba.map((r) => r.personId),
      `BNBA ${format}`,
    );
  },
};
