// A restore of a backup taken before an erasure does not bring the erased resident back: the erasure is carried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { decryptedPages, residentWithCase, secretsIn, type Resident } from '../../../support/erasure.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';

let office: TestOffice;
let erased: Resident;
let kept: Resident;

beforeAll(async () => {
  office = await openSetUpOffice();
  erased = await residentWithCase(office, 1);
  kept = await residentWithCase(office, 2);
}, 60_000);
afterAll(async () => {
  await office.register.close();
});

const admin = () => office.users.admin.caller;
const erasureRows = (): unknown =>
  office.register.deps.sqlite.prepare('select person_id from erasures where deleted = 0').pluck().all();

describe('restore after an erasure', () => {
  it('the restored register holds no value of a resident erased after the backup; the others are back', async () => {
    const backup = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    // The backup itself holds the resident (the scan can fail), as every backup before an erasure does.
    expect(secretsIn(decryptedPages(office.register).pages, erased.secrets)).toEqual(erased.secrets);

    office.clock.ms += 60_000;
    await eraseResidents(office.register.deps, officeIdOf(office.register), [erased.personId], 'permintaan');
    expect(erasureRows()).toEqual([erased.personId]);

    office.clock.ms += 60_000;
    unwrap(
      await office.register.call(admin(), 'backups.restore', {
        location: 'lokal',
        fileName: backup.fileName,
        confirm: true,
      }),
    );

    // The restored register: the erasure record is there, the resident's values are not, in any page.
    expect(erasureRows()).toEqual([erased.personId]);
    const { pages } = decryptedPages(office.register);
    expect(secretsIn(pages, erased.secrets)).toEqual([]);
    expect(secretsIn(pages, kept.secrets)).toEqual(kept.secrets);
    const row = office.register.deps.sqlite
      .prepare('select name, nik from persons where id = ?')
      .get(erased.personId);
    expect(row).toEqual({ name: '', nik: null });
    // The case stays for the statistics, its story gone.
    const story = office.register.deps.sqlite
      .prepare('select description from cases where id = ?')
      .pluck()
      .get(erased.caseId);
    expect(story).toBe('');
  });
});
