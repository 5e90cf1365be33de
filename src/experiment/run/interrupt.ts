/**
 * A two-step stop request, as Ctrl-C works in poolsim: the first `request()` stops scheduling
 * new replications (running ones finish and are kept); the second `abandon()` also drops the
 * running ones. Plain state plus listeners, so the experiment layer knows nothing of signals;
 * the CLI wires SIGINT to it.
 */
export class Interrupt {
  #stopping = false;
  #abandoned = false;
  readonly #listeners: Array<() => void> = [];

  /** True once a stop was requested: schedule nothing new. */
  get stopping(): boolean {
    return this.#stopping;
  }

  /** True once running replications are to be dropped. */
  get abandoned(): boolean {
    return this.#abandoned;
  }

  /** First Ctrl-C. */
  request(): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#notify();
  }

  /** Second Ctrl-C (implies `request`). */
  abandon(): void {
    if (this.#abandoned) return;
    this.#stopping = true;
    this.#abandoned = true;
    this.#notify();
  }

  /** Calls `fn` on every change of state; returns an unsubscribe function. */
  onChange(fn: () => void): () => void {
    this.#listeners.push(fn);
    return () => {
      const i = this.#listeners.indexOf(fn);
      if (i >= 0) this.#listeners.splice(i, 1);
    };
  }

  #notify(): void {
    for (const fn of [...this.#listeners]) fn();
  }
}
