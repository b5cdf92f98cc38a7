// The text rules of an erased resident's mentions: NIK in any grouping, full name in any case, whole words only.
import { describe, expect, it } from 'vitest';
import {
  MENTION_MARK as M,
  mentionPatterns,
  mentions,
  nikProbe,
  scrubMentions,
} from '../../../../electron/core/erasure/mention-text.ts';

const terms = { nik: '3301084512700001', name: 'Sutiyem  Rahasiawati', address: 'Jl. Kenanga No. 7' };
const re = mentionPatterns(terms);

describe('mention patterns', () => {
  it('removes the NIK however it is grouped, not a longer number that contains it', () => {
    expect(scrubMentions('NIK 3301084512700001.', re.nik)).toBe(`NIK ${M}.`);
    expect(scrubMentions('NIK 3301 0845 1270 0001', re.nik)).toBe(`NIK ${M}`);
    expect(scrubMentions('33.01.08.451270.0001', re.nik)).toBe(M);
    expect(scrubMentions('No 93301084512700001', re.nik)).toBe('No 93301084512700001');
  });

  it('keeps the last four digits together, so the database is searched for them first', () => {
    expect(nikProbe(terms.nik)).toBe('0001');
    expect(scrubMentions('3301 0845 1270 00 01', re.nik)).toBe('3301 0845 1270 00 01');
    expect(nikProbe(null)).toBeNull();
  });

  it('removes the full name in any case and spacing and the address, in tied records', () => {
    expect(scrubMentions('Ibu SUTIYEM rahasiawati di Jl.  Kenanga No. 7.', re.tied)).toBe(
      `Ibu ${M} di ${M}.`,
    );
    expect(scrubMentions('Sutiyem saja', re.tied)).toBe('Sutiyem saja');
    expect(scrubMentions('Sutiyem Rahasiawatinya', re.tied)).toBe('Sutiyem Rahasiawatinya');
  });

  it('is deterministic: scrubbing again changes nothing', () => {
    const once = scrubMentions('Sutiyem Rahasiawati, 3301084512700001', re.tied);
    expect(scrubMentions(once, re.tied)).toBe(once);
    expect(once).toBe(`${M}, ${M}`);
  });

  it('finds the name for the review list; a short name or address is not looked for', () => {
    expect(mentions('kata Sutiyem Rahasiawati kemarin', re.name)).toBe(true);
    expect(mentions('kata Sutiyem kemarin', re.name)).toBe(false);
    const short = mentionPatterns({ nik: null, name: 'Ani', address: 'Jl 5' });
    expect(short.name).toBeNull();
    expect(scrubMentions('Ani di Jl 5', short.tied)).toBe('Ani di Jl 5');
  });
});
