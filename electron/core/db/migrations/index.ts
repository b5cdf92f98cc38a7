// The static, ordered list of migrations; a bundled main process cannot read a folder at run time.
// Never edit or reorder a released migration: add a new file and append it here.
import type { Kysely } from 'kysely';
import * as m001 from './001-foundation.ts';
import * as m002 from './002-register.ts';
import * as m003 from './003-sync.ts';
import * as m004 from './004-sync-knowledge.ts';
import * as m005 from './005-reports.ts';
import * as m006 from './006-dashboard-indexes.ts';
import * as m007 from './007-own-identity.ts';
import * as m008 from './008-case-search-indexes.ts';
import * as m009 from './009-erasure.ts';
import * as m010 from './010-breach-log.ts';
import * as m011 from './011-import-batches.ts';
import * as m012 from './012-duplicate-candidates.ts';
import * as m013 from './013-clock-skew-bounds.ts';
import * as m014 from './014-duplicate-decisions.ts';
import * as m015 from './015-attachments.ts';
import * as m016 from './016-usulan.ts';
import * as m017 from './017-musdes-sessions.ts';
import * as m018 from './018-erasure-terms.ts';
import * as m019 from './019-network-tree.ts';
import * as m020 from './020-attachment-sync.ts';
import * as m021 from './021-erasure-term-retire.ts';
import * as m022 from './022-persons-birth-date.ts';
import * as m023 from './023-held-batches.ts';
import * as m024 from './024-usulan-calendars.ts';
import * as m025 from './025-usulan-evidence-asked.ts';
import * as m026 from './026-attachment-usulan-owner.ts';
import * as m027 from './027-usulan-household-condition.ts';
import * as m028 from './028-insert-order.ts';
import * as m029 from './029-bundle-attachment-counts.ts';

export interface Migration {
  /** Schema version this migration produces (1-based, contiguous). */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-foundation', up: m001.up },
  { version: 2, name: '002-register', up: m002.up },
  { version: 3, name: '003-sync', up: m003.up },
  { version: 4, name: '004-sync-knowledge', up: m004.up },
  { version: 5, name: '005-reports', up: m005.up },
  { version: 6, name: '006-dashboard-indexes', up: m006.up },
  { version: 7, name: '007-own-identity', up: m007.up },
  { version: 8, name: '008-case-search-indexes', up: m008.up },
  { version: 9, name: '009-erasure', up: m009.up },
  { version: 10, name: '010-breach-log', up: m010.up },
  { version: 11, name: '011-import-batches', up: m011.up },
  { version: 12, name: '012-duplicate-candidates', up: m012.up },
  { version: 13, name: '013-clock-skew-bounds', up: m013.up },
  { version: 14, name: '014-duplicate-decisions', up: m014.up },
  { version: 15, name: '015-attachments', up: m015.up },
  { version: 16, name: '016-usulan', up: m016.up },
  { version: 17, name: '017-musdes-sessions', up: m017.up },
  { version: 18, name: '018-erasure-terms', up: m018.up },
  { version: 19, name: '019-network-tree', up: m019.up },
  { version: 20, name: '020-attachment-sync', up: m020.up },
  { version: 21, name: '021-erasure-term-retire', up: m021.up },
  { version: 22, name: '022-persons-birth-date', up: m022.up },
  { version: 23, name: '023-held-batches', up: m023.up },
  { version: 24, name: '024-usulan-calendars', up: m024.up },
  { version: 25, name: '025-usulan-evidence-asked', up: m025.up },
  { version: 26, name: '026-attachment-usulan-owner', up: m026.up },
  { version: 27, name: '027-usulan-household-condition', up: m027.up },
  { version: 28, name: '028-insert-order', up: m028.up },
  { version: 29, name: '029-bundle-attachment-counts', up: m029.up },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
