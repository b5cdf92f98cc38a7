// Update policy: the Dinsos URL at most daily, only online, never during data entry; install only on quit after agreement.
import { describe, expect, it } from 'vitest';
import {
  DATA_ENTRY_IDLE_SECONDS,
  DAY_MS,
  installOnQuit,
  shouldCheckUrl,
  type UrlCheckFacts,
} from '../../../../electron/core/update/policy.ts';

const NOW = Date.parse('2026-11-22T08:00:00.000Z');
const base: UrlCheckFacts = {
  now: NOW,
  url: 'https://pembaruan.dinsos.example/puskesos',
  lastCheckAt: null,
  online: true,
  idleSeconds: 600,
};

describe('shouldCheckUrl', () => {
  it('checks when a URL is set, online, idle and never checked', () => {
    expect(shouldCheckUrl(base)).toEqual({ check: true });
  });

  it('needs a URL and a connection', () => {
    expect(shouldCheckUrl({ ...base, url: null })).toEqual({ check: false, why: 'no_url' });
    expect(shouldCheckUrl({ ...base, url: '' })).toEqual({ check: false, why: 'no_url' });
    expect(shouldCheckUrl({ ...base, online: false })).toEqual({ check: false, why: 'offline' });
  });

  it('checks at most once a day', () => {
    expect(shouldCheckUrl({ ...base, lastCheckAt: NOW - DAY_MS + 60_000 })).toEqual({
      check: false,
      why: 'checked_today',
    });
    expect(shouldCheckUrl({ ...base, lastCheckAt: NOW - DAY_MS })).toEqual({ check: true });
  });

  it('a last check in the future (clock set back) does not block checks', () => {
    expect(shouldCheckUrl({ ...base, lastCheckAt: NOW + 3 * DAY_MS })).toEqual({ check: true });
  });

  it('waits while the clerk is typing', () => {
    expect(shouldCheckUrl({ ...base, idleSeconds: 5 })).toEqual({ check: false, why: 'data_entry' });
    expect(shouldCheckUrl({ ...base, idleSeconds: DATA_ENTRY_IDLE_SECONDS })).toEqual({ check: true });
  });
});

describe('installOnQuit', () => {
  it('installs only a downloaded version the user agreed to', () => {
    expect(installOnQuit({ downloadedVersion: null, agreedVersion: null })).toBe(false);
    expect(installOnQuit({ downloadedVersion: '0.2.0', agreedVersion: null })).toBe(false);
    expect(installOnQuit({ downloadedVersion: '0.2.0', agreedVersion: '0.2.0' })).toBe(true);
    // Agreement to 0.2.0 does not carry over to a later download.
    expect(installOnQuit({ downloadedVersion: '0.3.0', agreedVersion: '0.2.0' })).toBe(false);
  });
});
