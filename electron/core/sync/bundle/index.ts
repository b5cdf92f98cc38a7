// The bundle codec's public surface: write, inspect, verify and open sync bundles.
export type { BatchHead, BundleBatch } from './batch-line.ts';
export type { ChangeRecord, ChangeValue } from './change-record.ts';
export { BundleError, BUNDLE_ERROR_MESSAGES, type BundleErrorCode } from './errors.ts';
export {
  BUNDLE_BATCH_FORMAT_VERSION,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MIN_READER_VERSION,
  BUNDLE_READER_VERSION,
  BUNDLE_REQUESTS_FORMAT_VERSION,
  type BundleHeader,
  type BundleParty,
} from './header.ts';
export type { BundleAck, PayloadPreamble } from './payload-lines.ts';
export {
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
  type BundleEntry,
  type OpenedBundle,
  type OpenOptions,
} from './reader.ts';
export { writeBundle, type BundleRecipient, type BundleSender, type WriteBundleOptions } from './writer.ts';
