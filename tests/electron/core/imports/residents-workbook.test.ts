// Round trip: a register exported to a residents workbook and imported into an empty register gives the same residents and households.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  RESIDENTS_WORKBOOK_MAPPING,
  writeResidentsWorkbook,
} from '../../../../electron/core/imports/residents-workbook.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { removeTempDirs, tempDir, unwrap } from '../../../support/register.ts';
import { importFile, openImportOffice, SYSTEM } from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

afterAll(removeTempDirs);

const residents = (r: Register): unknown[] =>
  r.deps.sqlite
    .prepare(
      `select p.nik, p.name, p.sex, p.birth_place, p.birth_date, p.relationship, p.religion, p.occupation, p.phone,
         p.desa_code, p.notes, h.no_kk, h.head_name, h.address, h.rt, h.rw, h.dusun, h.desa_code as h_desa
       from persons p left join households h on h.id = p.household_id where p.deleted = 0 order by p.name`,
    )
    .all();

describe('residents workbook', () => {
  it('round-trips a register into an empty one: same residents, same households', async () => {
    const a = await openImportOffice();
    const head = unwrap(
      await a.register.call(SYSTEM, 'persons.create', {
        person: {
          nik: makeNik('1979-11-02', 'L', 11),
          name: 'Bambang Sintetis',
          sex: 'L',
          birthDate: '1979-11-02',
          birthPlace: 'Cilacap',
          relationship: 'KEPALA_KELUARGA',
          religion: 'ISLAM',
          occupation: 'Petani',
          phone: '081234567801',
          desaCode: '33.01.08.2001',
          notes: '-catatan diawali tanda minus',
        },
        newHousehold: {
          noKk: makeNoKk(71),
          desaCode: '33.01.08.2001',
          address: 'Jl. Melati 3',
          rt: '001',
          rw: '005',
          dusun: 'Krajan',
        },
      }),
    );
    unwrap(
      await a.register.call(SYSTEM, 'persons.create', {
        person: {
          nik: makeNik('2010-02-03', 'P', 12),
          name: 'Dewi Sintetis',
          sex: 'P',
          birthDate: '2010-02-03',
          relationship: 'ANAK',
          desaCode: '33.01.08.2001',
          householdId: head.householdId,
        },
      }),
    );
    unwrap(
      await a.register.call(SYSTEM, 'persons.create', {
        person: { name: 'Tanpa NIK Sintetis', sex: 'L', desaCode: '33.01.08.2003' },
      }),
    );
    const out = join(tempDir(), 'warga.xlsx');
    expect(await writeResidentsWorkbook(a.register.deps.db, out)).toBe(3);
    const b = await openImportOffice();
    const r = await importFile(b.register, out, { mapping: RESIDENTS_WORKBOOK_MAPPING });
    expect(r.plan.counts).toEqual({ new: 3, match: 0, duplicate: 0, warning: 0, error: 0 });
    expect(residents(b.register)).toEqual(residents(a.register));
    expect(residents(a.register)).toHaveLength(3);
    await a.register.close();
    await b.register.close();
  });
});
