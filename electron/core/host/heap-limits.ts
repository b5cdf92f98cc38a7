// The V8 heap limit of the core's writer thread and the CLI's import (imports, duplicate scans) and the Indonesian messages when it is reached.

/**
 * The writer thread's old-generation limit in MiB (`resourceLimits.maxOldGenerationSizeMb`). Besides stopping a
 * runaway thread, a limit makes V8 grow the heap by a smaller factor after each full collection, so the garbage
 * of a long streamed import is collected sooner (docs/performance.md, "Spreadsheet import": measured with
 * 256, 384, 512 and 768 MiB and the default). Reaching it ends the writer thread: the open transaction is rolled
 * back with the connection (nothing is written in part) and every pending call answers OUT_OF_MEMORY_MESSAGE.
 */
export const CORE_OLD_GENERATION_MB = 768;

/** The limits the writer worker is started with; the bench's spreadsheet children run under the same. */
export const CORE_RESOURCE_LIMITS = { maxOldGenerationSizeMb: CORE_OLD_GENERATION_MB } as const;

/** The Node flag that gives a whole process the writer thread's limit (the bench's children). */
export const coreHeapFlag = (): string => `--max-old-space-size=${CORE_OLD_GENERATION_MB}`;

/** Node's error code for a worker stopped at its heap limit. */
export const WORKER_OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

export const OUT_OF_MEMORY_MESSAGE =
  `Inti aplikasi kehabisan memori (batas ${CORE_OLD_GENERATION_MB} MiB) dan berhenti. Pekerjaan yang sedang ` +
  'berjalan dibatalkan seluruhnya: tidak ada data yang tersimpan sebagian. Tutup lalu buka kembali aplikasi; ' +
  'bila terjadi lagi saat impor, bagi berkasnya menjadi beberapa berkas yang lebih kecil.';

/** The same for `puskesos import`, which runs in a worker thread under the same limit (electron/cli/heap-limited.ts). */
export const CLI_OUT_OF_MEMORY_MESSAGE =
  `Impor kehabisan memori (batas ${CORE_OLD_GENERATION_MB} MiB) dan berhenti. Pekerjaan yang sedang berjalan ` +
  'dibatalkan seluruhnya: tidak ada data yang tersimpan sebagian. Bagi berkasnya menjadi beberapa berkas yang ' +
  'lebih kecil, lalu jalankan lagi.';
