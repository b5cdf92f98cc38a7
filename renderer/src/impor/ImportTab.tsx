// The Impor data screen (Pengaturan → Impor data, admin and petugas): upload, mapping, whole-file dry run, commit, history with undo.
import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract.ts';
import type {
  CsvOptions as CsvOverride,
  ImportDryRunSummary,
  ImportKind,
  ImportMapping,
  ImportTemplate,
} from '../../../shared/types/imports.ts';
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifySuccess } from '../ui/notify.ts';
import { BatchList } from './BatchList.tsx';
import { CommitPanel } from './CommitPanel.tsx';
import { sameCsvOptions } from './csv-choice.ts';
import { CsvOptions } from './CsvOptions.tsx';
import { DryRunResult } from './DryRunResult.tsx';
import { FilePicker } from './FilePicker.tsx';
import { FilePreview } from './FilePreview.tsx';
import {
  choicesOf,
  duplicateFields,
  emptyMapping,
  EMPTY_MAPPING,
  importableCount,
  mappingOf,
  templateForHeaders,
  withDesaChoice,
  type Choice,
} from './mapping-edit.ts';
import { DesaMapping } from './DesaMapping.tsx';
import { ExcludeRows } from './ExcludeRows.tsx';
import { KindOptions } from './KindOptions.tsx';
import { MappingEditor } from './MappingEditor.tsx';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';

type Busy = 'read' | 'dry' | 'download' | null;

export function ImportTab() {
  const { t } = useTranslation();
  const [file, setFile] = useState<string | null>(null);
  const [where, setWhere] = useState<{ sheet?: string; headerRow?: number }>({});
  const [read, setRead] = useState<ImportDryRunSummary | null>(null);
  /** Desa names and update groups; the columns come from `choices`, one per column of the file. */
  const [base, setBase] = useState<ImportMapping>(EMPTY_MAPPING);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [templates, setTemplates] = useState<ImportTemplate[]>([]);
  const [template, setTemplate] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportDryRunSummary | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  /** Row numbers the clerk leaves out of this file's import. */
  const [exclude, setExclude] = useState<number[]>([]);
  /** The whole-file dry run as an operation: progress and Batalkan on a long file. */
  const dryOp = useOperation('imports.dryRunRun');

  const loadTemplates = useCallback(async (): Promise<void> => {
    const r = await call('imports.templates', {});
    if (r.ok) setTemplates(r.value);
  }, []);
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  const headers = read?.headers ?? [];
  const mapping = mappingOf(headers, choices, base);
  const duplicated = duplicateFields(choices).size > 0;

  const startFrom = (m: ImportMapping, hs: readonly string[]): void => {
    setBase(m);
    setChoices(choicesOf(m, hs));
    setSummary(null);
  };

  const inputOf = (m: ImportMapping, ex: number[] = exclude): Input<'imports.dryRun'> | null =>
    file ? { file, mapping: m, ...where, ...(ex.length > 0 ? { exclude: ex } : {}) } : null;

  /**
   * Reads the file's header and preview (a dry run with no mapping, read as `csv` says: the override, else
   * the template's) and starts from the suggestion or the template, keeping the CSV override in the mapping.
   */
  const readFile = async (
    name: string,
    at: { sheet?: string; headerRow?: number },
    csv?: CsvOverride,
    templateName: string | null = template,
    kind: ImportKind = base.kind,
  ): Promise<void> => {
    const saved = templates.find((x) => x.name === templateName);
    const how = csv ?? saved?.mapping.csv;
    setBusy('read');
    setError(null);
    setSummary(null);
    const first = how ? { ...emptyMapping(kind), csv: how } : emptyMapping(kind);
    const r = await call('imports.dryRun', { file: name, mapping: first, ...at });
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    setFile(name);
    setWhere(at);
    setExclude([]);
    setRead(r.value);
    const start = saved ? templateForHeaders(saved.mapping, r.value.headers) : r.value.suggested;
    const { csv: _dropped, ...suggested } = start;
    // A program chosen for the whole list stays when the same list is read again.
    const rest =
      !saved && kind === 'programs' && base.program ? { ...suggested, program: base.program } : suggested;
    startFrom(r.value.csv && how ? { ...rest, csv: how } : rest, r.value.headers);
  };

  /** Another kind of rows: the file is read again for that kind's suggestion (a template of another kind is dropped). */
  const chooseKind = (kind: ImportKind): void => {
    setTemplate(null);
    if (file) void readFile(file, where, base.csv, null, kind);
    else startFrom(emptyMapping(kind), []);
  };

  const chooseProgram = (program: string | null): void => {
    const { program: _old, ...rest } = base;
    setBase(program ? { ...rest, program } : rest);
    setSummary(null);
  };

  const choose = (column: number, field: Choice): void => {
    setChoices((cs) => cs.map((c, i) => (i === column ? field : c)));
    setSummary(null);
  };

  const applyTemplate = (name: string | null): void => {
    setTemplate(name);
    const saved = templates.find((x) => x.name === name);
    // A template remembering another way to read this CSV: read the file again that way.
    if (saved && read?.csv && file && !sameCsvOptions(saved.mapping.csv, base.csv)) {
      void readFile(file, where, saved.mapping.csv ?? {}, name);
      return;
    }
    if (saved && read) {
      startFrom(templateForHeaders(saved.mapping, read.headers), read.headers);
      notifySuccess(t('imports.mapping.templateApplied', { name: saved.name }));
    }
  };

  const saveTemplate = async (name: string): Promise<boolean> => {
    const r = await call('imports.saveTemplate', { name, mapping });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    await loadTemplates();
    setTemplate(name);
    notifySuccess(t('imports.mapping.templateSaved', { name }));
    return true;
  };

  const dryRun = async (m: ImportMapping = mapping, ex: number[] = exclude): Promise<void> => {
    const input = inputOf(m, ex);
    if (!input) return;
    setBusy('dry');
    setError(null);
    const final = await dryOp.start(input);
    setBusy(null);
    if (final?.state === 'failed') setError(final.error.message);
    else if (final?.state === 'ok' && 'summary' in final.result) setSummary(final.result.summary);
  };

  /** Rows left out by number: kept for the commit, and the file tested again without them. */
  const applyExclude = (lines: number[]): void => {
    setExclude(lines);
    void dryRun(mapping, lines);
  };

  /** A desa name mapped by hand: kept in the mapping (and so in a saved template), and the file tested again. */
  const chooseDesa = (key: string, choice: string | null): void => {
    const next = withDesaChoice(base, key, choice);
    setBase(next);
    void dryRun(mappingOf(headers, choices, next));
  };

  const download = async (): Promise<void> => {
    const input = inputOf(mapping);
    if (!input) return;
    setBusy('download');
    const r = await call('imports.errorReport', input);
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    saveGeneratedFile(r.value);
    notifySuccess(t('imports.dryRun.downloaded', { count: r.value.rows }));
  };

  const ready = summary !== null && summary.mappingErrors.length === 0;
  const commitInput: Input<'imports.commit'> | null =
    ready && file
      ? {
          file,
          mapping,
          ...where,
          ...(template ? { template } : {}),
          ...(exclude.length > 0 ? { exclude } : {}),
        }
      : null;

  return (
    <Stack gap="md" data-testid="impor-screen">
      <div>
        <Title order={2} size="h3">
          {t('imports.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('imports.intro')}
        </Text>
      </div>
      <KindOptions
        kind={base.kind}
        program={base.program ?? null}
        disabled={busy !== null}
        onKind={chooseKind}
        onProgram={chooseProgram}
      />
      <FilePicker onUploaded={(name) => void readFile(name, {})} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {read && file && (
        <>
          <Text size="sm" data-testid="impor-read">
            {t('imports.file.read', { file, columns: read.headers.length, row: read.headerRow })}
          </Text>
          {read.csv && (
            <CsvOptions
              csv={read.csv}
              override={base.csv}
              busy={busy === 'read'}
              onReread={(csv) => void readFile(file, where, csv)}
            />
          )}
          <FilePreview
            read={read}
            busy={busy === 'read'}
            onReread={(sheet, headerRow) => void readFile(file, { sheet, headerRow })}
          />
          <MappingEditor
            kind={base.kind}
            headers={read.headers}
            choices={choices}
            onChoice={choose}
            updateGroups={base.updateGroups ?? []}
            onUpdateGroups={(g) => {
              setBase({ ...base, updateGroups: g });
              setSummary(null);
            }}
            templates={templates}
            template={template}
            onTemplate={applyTemplate}
            onSaveTemplate={saveTemplate}
          />
          <Group>
            <Button onClick={() => void dryRun()} loading={busy === 'dry'} disabled={duplicated}>
              {t('imports.dryRun.button')}
            </Button>
          </Group>
          <OperationProgress
            op={dryOp}
            texts={{
              progressLabel: t('imports.dryRun.progressLabel'),
              starting: t('imports.commit.starting'),
              cancel: t('imports.dryRun.cancel'),
              cancelling: t('imports.commit.cancelling'),
            }}
            describe={(p) =>
              p.total === null
                ? t('imports.commit.starting')
                : t('imports.commit.progress', { done: p.done, total: p.total })
            }
          />
          {summary && (
            <DryRunResult
              summary={summary}
              downloading={busy === 'download'}
              onDownload={() => void download()}
              onExclude={(line) => applyExclude([...exclude, line])}
            />
          )}
          {summary && (
            <ExcludeRows
              lines={exclude}
              excluded={summary.excluded}
              busy={busy === 'dry'}
              onApply={applyExclude}
            />
          )}
          {summary && <DesaMapping summary={summary} busy={busy === 'dry'} onChoose={chooseDesa} />}
          {summary && (
            <CommitPanel
              input={commitInput}
              importable={importableCount(summary.counts)}
              onDone={() => setReloadKey((k) => k + 1)}
            />
          )}
        </>
      )}
      <Divider />
      <BatchList reloadKey={reloadKey} />
    </Stack>
  );
}
