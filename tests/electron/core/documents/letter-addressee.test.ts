// The referral letter's addressee: the head of the destination office, a program via Dinsos, or the office's own text.
import { describe, expect, it } from 'vitest';
import { letterAddressee } from '../../../../electron/core/documents/letter-addressee.ts';

describe('letterAddressee', () => {
  it('addresses Disdukcapil to the head of the office of the kabupaten, not to the list label', () => {
    expect(letterAddressee('DISDUKCAPIL', 'Kabupaten Cilacap')).toEqual([
      'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Cilacap',
    ]);
  });

  it('leaves the region out when it is not known, and heads without a region stay as they are', () => {
    expect(letterAddressee('DISDUKCAPIL', null)).toEqual(['Kepala Dinas Kependudukan dan Pencatatan Sipil']);
    expect(letterAddressee('PUSKESMAS', 'Kabupaten Cilacap')).toEqual(['Kepala Puskesmas']);
  });

  it('addresses a program to the Dinsos head, for the attention of the program manager', () => {
    const lines = letterAddressee('PKH', 'Kabupaten Cilacap');
    expect(lines[0]).toBe('Kepala Dinas Sosial Kabupaten Cilacap');
    expect(lines[1]).toMatch(/^u\.p\. Pengelola .*PKH/);
  });

  it("prefers the office's own addressee for a destination, line by line", () => {
    const own = { DISDUKCAPIL: 'Kepala Disdukcapil Kab. Cilacap\n c.q. Kepala Bidang Pelayanan ' };
    expect(letterAddressee('DISDUKCAPIL', 'Kabupaten Cilacap', own)).toEqual([
      'Kepala Disdukcapil Kab. Cilacap',
      'c.q. Kepala Bidang Pelayanan',
    ]);
    expect(letterAddressee('PUSKESMAS', 'Kabupaten Cilacap', own)).toEqual(['Kepala Puskesmas']);
  });

  it('an unknown code gets a generic head rather than an empty line', () => {
    expect(letterAddressee('TIDAK_ADA', 'Kabupaten Cilacap')).toEqual(['Pimpinan instansi yang dituju']);
  });
});
