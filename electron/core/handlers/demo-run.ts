// The demo data operation (`puskesos demo-data`): synthetic residents and case work, with progress and cancel.
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { DemoRun } from '../../../shared/types/demo.ts';
import type { HandlerContext } from '../context.ts';
import { DemoDataError, generateDemoData } from '../demo/generate.ts';
import { CoreError } from '../errors.ts';
import { orCancelled, type OperationControl } from '../operations/control.ts';

/** Fills the register; a cancel before the write commits answers `summary: null` with nothing written. */
export async function runDemoGenerate(
  ctx: HandlerContext,
  { persons, months, seed, finalizedMonths, now, duplicateShare }: ParsedOperationInput<'demo.generateRun'>,
  control: OperationControl,
): Promise<DemoRun> {
  const summary = await orCancelled(control, async () => {
    try {
      return await generateDemoData(ctx.deps, {
        persons,
        months,
        seed,
        control,
        ...(finalizedMonths === undefined ? {} : { finalizedMonths }),
        ...(now === undefined ? {} : { now }),
        ...(duplicateShare === undefined ? {} : { duplicateShare }),
      });
    } catch (err) {
      if (err instanceof DemoDataError) throw new CoreError('SETUP_REQUIRED', err.message);
      throw err;
    }
  });
  return { summary };
}
