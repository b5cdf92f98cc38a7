// Safe points of a backup run as an operation: yield the event loop, and stop (OperationCancelled) when cancel was asked.
import { OperationCancelled, type OperationControl } from '../operations/control.ts';

/** A checkpoint: without a control (the daily and pre-import backups) it does nothing. */
export async function stopIfCancelled(control: OperationControl | undefined): Promise<void> {
  if (control && (await control.checkpoint())) throw new OperationCancelled();
}
