// Handlers of the breach list: sources, identify a picked file, the list (audited view), record, draft (audited).
import type { Handlers } from '../context.ts';
import { breachDraft, breachSources, identifyFile } from '../breach/draft.ts';
import { recordIncident } from '../breach/incidents.ts';
import { breachList } from '../breach/list.ts';

type BreachMethod = 'breach.sources' | 'breach.identify' | 'breach.list' | 'breach.record' | 'breach.draft';

export const breachHandlers: Pick<Handlers, BreachMethod> = {
  'breach.sources': async (ctx) => breachSources(ctx.db),

  'breach.identify': async (ctx, { sha256, bundleRef }) => identifyFile(ctx.db, sha256, bundleRef),

  'breach.list': async (ctx, { source }) => {
    const list = await breachList(ctx.db, source);
    ctx.subject(
      source.kind === 'export' ? 'export_log' : 'office',
      source.kind === 'export' ? source.exportId : source.officeId,
    );
    ctx.note(`daftar kebocoran: ${list.persons.length} warga`);
    return list;
  },

  'breach.record': async (ctx, input) => {
    const by = ctx.user ? `${ctx.user.fullName} (${ctx.user.username})` : 'system (cli)';
    const incident = await recordIncident(ctx.db, input, by, ctx.deps.now());
    ctx.subject('breach_incident', incident.id);
    ctx.note(`kebocoran dicatat: ${incident.personCount} warga; batas pemberitahuan ${incident.deadline}`);
    return incident;
  },

  'breach.draft': async (ctx, { incidentId, format }) => {
    const file = await breachDraft(ctx.db, incidentId, format, ctx.deps.now());
    ctx.subject('breach_incident', incidentId);
    ctx.note(`draf pemberitahuan kebocoran ${format.toUpperCase()}`);
    return file;
  },
};
