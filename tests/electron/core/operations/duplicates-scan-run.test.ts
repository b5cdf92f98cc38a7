// duplicates.scanRun as an operation: loading, every key family, storing, then ok with the counts; a cancel stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMeta } from '../../../../electron/core/office/office-repo.ts';
import { SCAN_WATERMARK } from '../../../../electron/core/duplicates/scan.ts';
import { FAMILIES } from '../../../../electron/core/duplicates/blocking.ts';
import { errorOf, openSetUpOffice, removeTempDirs, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { makeNik } from '../../../support/persons.ts';
import { KEC_A, KEC_B, originPerson } from '../../../support/duplicates-sample.ts';
import { follow } from './support.ts';

let office: TestOffice;
const input = { mode: 'penuh' as const };
const candidates = async (): Promise<number> =>
  (await office.register.deps.db.selectFrom('duplicate_candidates').select('person_a').execute()).length;

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const nik = makeNik('1985-07-12', 'P', 21);
  await originPerson(office, KEC_A, { name: 'Hj. Siti Aminah', nik, birth_date: '1985-07-12' });
  await originPerson(office, KEC_B, { name: 'St. Aminah', nik, birth_date: '1985-07-12' });
  const cahyo = { sex: 'L', birth_date: '1992-11-30' } as const;
  await originPerson(office, KEC_A, { name: 'Muhammad Cahyo', nik: makeNik('1992-11-30', 'L', 7), ...cahyo });
  await originPerson(office, KEC_B, { name: 'Moh. Tjahjo', ...cahyo });
});
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

describe('duplicates.scanRun operation', () => {
  it('cancelled before storing: no candidate and no watermark', async () => {
    const koordinator = office.users.koordinator.caller;
    const started = unwrap(
      await office.register.call(koordinator, 'operations.start', { name: 'duplicates.scanRun', input }),
    );
    unwrap(await office.register.call(koordinator, 'operations.cancel', { id: started.id }));
    const events = await follow(office.register, koordinator, started.id);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { scan: null } });
    expect(await candidates()).toBe(0);
    expect(await getMeta(office.register.deps.db, SCAN_WATERMARK)).toBeNull();
  });

  it('reports loading, each key family and storing, and ends ok with the scan', async () => {
    const koordinator = office.users.koordinator.caller;
    const started = unwrap(
      await office.register.call(koordinator, 'operations.start', { name: 'duplicates.scanRun', input }),
    );
    const events = await follow(office.register, koordinator, started.id);
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    expect(progress.map((p) => p.phase)).toEqual([
      'muat',
      ...FAMILIES.map(() => 'bandingkan'),
      'simpan',
    ]);
    const comparing = progress.filter((p) => p.phase === 'bandingkan');
    expect(comparing.map((p) => p.done)).toEqual(FAMILIES.map((_, i) => i + 1));
    expect(comparing.every((p) => p.total === FAMILIES.length && p.item === null)).toBe(true);
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { scan: { mode: 'penuh', persons: 4, found: 2, added: 2 } },
    });
    expect(await candidates()).toBe(2);
    expect(await getMeta(office.register.deps.db, SCAN_WATERMARK)).not.toBeNull();
  });

  it('the pengamat, who may read the queue, may not start a scan', async () => {
    const r = await office.register.call(office.users.pengamat.caller, 'operations.start', {
      name: 'duplicates.scanRun',
      input,
    });
    expect(errorOf(r, 'FORBIDDEN').code).toBe('FORBIDDEN');
  });
});
