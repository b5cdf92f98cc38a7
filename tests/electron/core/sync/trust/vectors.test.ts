// The committed trust-file vectors still parse and verify, and today's writer reproduces them byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEnrollmentRequest,
  parseEnrollmentRequest,
} from '../../../../../electron/core/sync/trust/enrollment.ts';
import { createNetworkFile, parseNetworkFile } from '../../../../../electron/core/sync/trust/network.ts';
import {
  ENROLLMENT_VECTOR,
  NETWORK_TREE_VECTOR,
  NETWORK_VECTOR,
} from '../../../../fixtures/bundle-vectors/inputs.ts';

const DIR = join(import.meta.dirname, '../../../../fixtures/bundle-vectors/trust');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

describe('trust file vectors', () => {
  it('the enrollment request parses to the committed content', () => {
    expect(parseEnrollmentRequest(read('enrollment-request.json'))).toEqual(
      JSON.parse(read('enrollment-request.expected.json')),
    );
  });

  it('the network file parses to the committed content', () => {
    const { network, status } = parseNetworkFile(read('network.json'), null);
    expect(status).toBe('first');
    expect(network).toEqual(JSON.parse(read('network.expected.json')));
  });

  it('the network file with a tree (format 2) parses to the committed content and is reproduced exactly', () => {
    const { network } = parseNetworkFile(read('network-tree.json'), null);
    expect(network).toEqual(JSON.parse(read('network-tree.expected.json')));
    expect(network.formatVersion).toBe(2);
    expect(createNetworkFile(NETWORK_TREE_VECTOR)).toBe(read('network-tree.json'));
  });

  it('Ed25519 is deterministic: the writer reproduces both files exactly', () => {
    expect(createEnrollmentRequest(ENROLLMENT_VECTOR)).toBe(read('enrollment-request.json'));
    expect(createNetworkFile(NETWORK_VECTOR)).toBe(read('network.json'));
  });
});
