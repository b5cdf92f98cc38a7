// demo.generateRun: phases in order to a final state, cancel (before or inside the write) leaves the register as
// it was (digest), only the local system account may start it, and the end is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../../electron/core/demo/generate.ts';
import { formatDigest, registerDigest } from '../../../../electron/core/digest/digest.ts';
import { createControl, OperationCancelled } from '../../../../electron/core/operations/control.ts';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import { SYSTEM } from '../../../support/imports.ts';
import { startAndFollow } from '../../../support/run-operation.ts';
import { errorOf, openSetUpOffice, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
const NOW = Date.parse('2026-03-02T02:00:00.000Z');
const INPUT = { persons: 25, months: 2, seed: 'uji', finalizedMonths: 0, now: NOW };

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(async () => office.dispose());

const digest = (): string => formatDigest(registerDigest(office.register.deps.sqlite));

const run = (cancel: boolean) => startAndFollow(office.register, SYSTEM, 'demo.generateRun', INPUT, cancel);

const lastAudit = () =>
  office.register.deps.sqlite
    .prepare(
      `select outcome, detail from audit_log where action = 'demo.generateRun' order by id desc limit 1`,
    )
    .get();

describe('demo.generateRun', () => {
  it('cancelled before it wrote: ends cancelled, nothing written (same digest), audited', async () => {
    const before = digest();
    const events = await run(true);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { summary: null } });
    expect(digest()).toBe(before);
    expect(lastAudit()).toEqual({
      outcome: 'ok',
      detail: 'data contoh dibatalkan: tidak ada data yang ditulis',
    });
  });

  it('a cancel seen inside the write transaction rolls the whole batch back', async () => {
    const before = digest();
    const control = createControl((p) => {
      if (p.phase === 'tulis') control.cancel();
    });
    await expect(generateDemoData(office.register.deps, { ...INPUT, control })).rejects.toBeInstanceOf(
      OperationCancelled,
    );
    expect(digest()).toBe(before);
  });

  it('reports rencana, tulis, finalisasi in order and ends ok with what it wrote', async () => {
    const before = digest();
    const events = await run(false);
    const steps = events.filter((e): e is ProgressEvent => e.kind === 'progress');
    expect(steps.map((e) => [e.phase, e.done])).toEqual([
      ['rencana', 0],
      ['tulis', 1],
      ['finalisasi', 2],
      ['finalisasi', 3],
    ]);
    expect(events.filter((e) => e.kind === 'final')).toHaveLength(1);
    const end = events.at(-1);
    expect(end).toMatchObject({ kind: 'final', state: 'ok', result: { summary: { seed: 'uji' } } });
    const persons = office.register.deps.sqlite.prepare('select count(*) from persons').pluck().get();
    expect(persons).toBeGreaterThan(0);
    expect(digest()).not.toBe(before);
    expect(lastAudit()).toMatchObject({ outcome: 'ok', detail: expect.stringMatching(/benih uji$/) });
  });

  it('refuses every role: only the local system account fills a register with demo data', async () => {
    const r = await office.register.call(office.users.admin.caller, 'operations.start', {
      name: 'demo.generateRun',
      input: INPUT,
    });
    errorOf(r, 'FORBIDDEN');
  });
});
