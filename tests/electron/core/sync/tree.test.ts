// The office tree: only a desa under a kecamatan of its region; the subtree test an office's write rights follow.
import { describe, expect, it } from 'vitest';
import { OfficeTree, treeProblem, type TreeOffice } from '../../../../electron/core/sync/tree.ts';

const DINSOS: TreeOffice = { officeId: 'd', type: 'dinsos', regionCode: '33.01' };
const K1: TreeOffice = { officeId: 'k1', type: 'kecamatan', regionCode: '33.01.08' };
const K2: TreeOffice = { officeId: 'k2', type: 'kecamatan', regionCode: '33.01.09' };
const D1: TreeOffice = { officeId: 'd1', type: 'desa', regionCode: '33.01.08.2001' };
const D2: TreeOffice = { officeId: 'd2', type: 'desa', regionCode: '33.01.08.2002' };
const OFFICES = [K1, K2, D1, D2];

describe('treeProblem', () => {
  it('accepts desa offices under the kecamatan of their region, and the flat network', () => {
    expect(treeProblem(DINSOS, OFFICES, [])).toBeNull();
    expect(
      treeProblem(DINSOS, OFFICES, [
        { officeId: 'd1', upstreamId: 'k1' },
        { officeId: 'd2', upstreamId: 'k1' },
      ]),
    ).toBeNull();
  });

  it('refuses every link that would not be a two-level tree of enrolled offices', () => {
    const cases: [string, { officeId: string; upstreamId: string }[]][] = [
      [
        'two upstreams',
        [
          { officeId: 'd1', upstreamId: 'k1' },
          { officeId: 'd1', upstreamId: 'k1' },
        ],
      ],
      ['not an active office', [{ officeId: 'x', upstreamId: 'k1' }]],
      ['upstream x of d1', [{ officeId: 'd1', upstreamId: 'x' }]],
      ['Dinsos is the upstream by default', [{ officeId: 'd1', upstreamId: 'd' }]],
      ['only a desa office sits under a kecamatan', [{ officeId: 'k2', upstreamId: 'k1' }]],
      ['only a desa office sits under a kecamatan', [{ officeId: 'd2', upstreamId: 'd1' }]],
      ['does not lie in kecamatan 33.01.09', [{ officeId: 'd1', upstreamId: 'k2' }]],
    ];
    for (const [message, links] of cases) expect(treeProblem(DINSOS, OFFICES, links)).toContain(message);
  });
});

describe('OfficeTree', () => {
  const tree = new OfficeTree([
    { officeId: 'd1', upstreamId: 'k1' },
    { officeId: 'd2', upstreamId: 'k1' },
  ]);

  it('an office is at or below itself and its upstream, never below a neighbour or another kecamatan', () => {
    expect(tree.isAtOrBelow('d1', 'd1')).toBe(true);
    expect(tree.isAtOrBelow('d1', 'k1')).toBe(true);
    expect(tree.isAtOrBelow('k1', 'k1')).toBe(true);
    expect(tree.isAtOrBelow('d1', 'd2')).toBe(false);
    expect(tree.isAtOrBelow('k1', 'd1')).toBe(false);
    expect(tree.isAtOrBelow('d1', 'k2')).toBe(false);
    expect(tree.isAtOrBelow(null, 'k1')).toBe(false);
  });

  it('names the upstream and the offices below', () => {
    expect(tree.upstreamOf('d1')).toBe('k1');
    expect(tree.upstreamOf('k1')).toBeNull();
    expect(tree.below('k1').sort()).toEqual(['d1', 'd2']);
    expect(tree.below('k2')).toEqual([]);
  });
});
