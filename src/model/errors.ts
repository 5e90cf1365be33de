/**
 * Errors the model throws, by audience: `ModelInputError` for a scenario the model cannot
 * build (a user error the loader's checks did not catch), `InvariantError` for our own bug
 * (never caught). Messages come from `messages.ts`.
 */

/** An error with the values it is about, for callers and tests to inspect. */
abstract class ModelError extends Error {
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A scenario that validates but cannot be simulated, e.g. a shop left without SKUs. */
export class ModelInputError extends ModelError {
  override readonly name = 'ModelInputError';
}

/** A broken internal invariant (stock not conserved, a negative ledger): a bug in poolsim. */
export class InvariantError extends ModelError {
  override readonly name = 'InvariantError';
}
