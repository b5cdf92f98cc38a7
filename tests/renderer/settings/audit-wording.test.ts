// The audit log's wording: every contract method has a phrase in both languages, with the subject and the user's name.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract.ts';
import { OPERATION_NAMES } from '../../../shared/api/operations.ts';
import { SYSTEM_ACTIONS } from '../../../shared/api/system-actions.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { id } from '../../../renderer/src/i18n/id.ts';
import { describeAction, describeUser } from '../../../renderer/src/settings/audit-wording.ts';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const entry = (action: string, subjectLabel: string | null = null) => ({
  action,
  subjectLabel,
  entityId: null,
});

describe('describeAction', () => {
  it('says "Masuk" for a sign-in and names the case it opened', () => {
    const t = i18n.getFixedT('id');
    expect(describeAction(t, entry('auth.signIn'))).toBe('Masuk');
    expect(describeAction(t, entry('cases.get', '33.01.08/2026/00001'))).toBe(
      'Membuka kasus 33.01.08/2026/00001',
    );
    expect(describeAction(t, entry('persons.get', 'Siti Aminah'))).toBe('Membuka data warga Siti Aminah');
  });

  it('drops the subject cleanly when the entry has none (a refused call)', () => {
    expect(describeAction(i18n.getFixedT('id'), entry('users.create'))).toBe('Menambah pengguna');
  });

  it('has a phrase for every contract method in Indonesian and English, never the code', () => {
    for (const lng of ['id', 'en']) {
      const t = i18n.getFixedT(lng);
      const missing = METHODS.filter((m) => describeAction(t, entry(m, 'X')) === m);
      expect(missing, `${lng}: ${missing.join(', ')}`).toEqual([]);
    }
  });

  it('has a phrase for every operation and every system-only action (CLI, scheduled jobs)', () => {
    for (const lng of ['id', 'en']) {
      const t = i18n.getFixedT(lng);
      const all = [...OPERATION_NAMES, ...SYSTEM_ACTIONS];
      const missing = all.filter((m) => describeAction(t, entry(m, 'X')) === m);
      expect(missing, `${lng}: ${missing.join(', ')}`).toEqual([]);
    }
  });

  it('shows the code of an action it has no phrase for', () => {
    expect(describeAction(i18n.getFixedT('id'), entry('future.method'))).toBe('future.method');
  });

  it('speaks English when English is chosen', () => {
    expect(describeAction(i18n.getFixedT('en'), entry('cases.get', '33.01.08/2026/00001'))).toBe(
      'Opened case 33.01.08/2026/00001',
    );
  });
});

describe('describeUser', () => {
  it("shows the user's name with the username, or the username alone", () => {
    expect(describeUser({ username: 'petugas1', userFullName: 'Rina Petugas' })).toBe(
      'Rina Petugas (petugas1)',
    );
    expect(describeUser({ username: 'system (cli)', userFullName: null })).toBe('system (cli)');
  });
});
