// Helpers that declare a contract method and derive its input and output types.
import type { z } from 'zod';
import type { Access } from './roles.ts';

export interface MethodSpec<I extends z.ZodType, O> {
  /** zod schema the input is parsed with at every boundary. */
  input: I;
  /** Who may call it; checked in the core dispatch. */
  access: Access;
  /** Mutating calls run in one transaction and are always audited. */
  mutates: boolean;
  /** Reads of personal data that must appear in the audit log (UU 27/2022). */
  auditView?: boolean;
  /**
   * A mutating call whose handler runs its own transactions (bundle export and import stream files and commit
   * per bundle): the dispatch does not wrap it in one, and audits it after the handler returns.
   */
  ownTransactions?: boolean;
  /**
   * A read (`mutates: false`) that may still write a little (`reference.list` seeds a new office's lists on
   * first use) or reads what the writer thread holds in memory (running operations, the update service): it
   * runs on the writer connection instead of the read-only one, and in the writer thread (answeredOnReader).
   */
  onWriter?: boolean;
  /** Phantom field carrying the output type; never set at run time. */
  readonly output?: O;
}

/** `method<Output>()({ input, access, mutates })` declares a method with an explicit output type. */
export const method =
  <O>() =>
  <I extends z.ZodType>(spec: Omit<MethodSpec<I, O>, 'output'>): MethodSpec<I, O> =>
    spec;
