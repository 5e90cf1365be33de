/**
 * Errors the model throws, by audience: `ModelInputError` for a scenario the model cannot
 * build (a user error the loader's checks did not catch), `InvariantError` for our own bug
 * (never caught). Messages come from `messages.ts`.
 */

/** A scenario that validates but cannot be simulated, e.g. a shop left without SKUs. */
export class ModelInputError extends Error {
  override readonly name = 'ModelInputError';
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A broken internal invariant (stock not conserved, a negative ledger): a bug in poolsim. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
