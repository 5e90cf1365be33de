/**
 * What `poolsim run` and `poolsim sweep` do while replications run: a progress bar on
 * stderr, a count of the replications running (for the Ctrl-C note), and Ctrl-C wired to an
 * `Interrupt` (first: stop scheduling, let the running ones finish; second: drop them).
 */
import type { ExperimentProgress } from '../experiment/experiment.js';
import { Interrupt } from '../experiment/run/interrupt.js';
import { ProgressReporter } from './progress.js';
import { runMsg } from './run-messages.js';
import { handleSigint } from './sigint.js';

/**
 * One per command invocation: create it just before the study starts, pass `interrupt` and
 * `hooks` to the experiment, and `close()` it in a `finally`.
 * @example
 * const live = new StudyProgress(args.quiet);
 * try {
 *   outcome = await runStudy({ ...options, interrupt: live.interrupt, progress: live.hooks });
 * } finally {
 *   live.close();
 * }
 */
export class StudyProgress {
  /** Requested by the first Ctrl-C, abandoned by the second. */
  readonly interrupt = new Interrupt();
  #bar: ProgressReporter;
  #running = 0;
  readonly #quiet: boolean;
  readonly #removeSigint: () => void;

  /** The experiment's progress hooks: they feed the bar and count running replications. */
  readonly hooks: ExperimentProgress = {
    planned: (n) => this.#bar.planned(n),
    started: () => {
      this.#running++;
    },
    done: (o) => {
      this.#running = Math.max(0, this.#running - 1);
      this.#bar.done(o);
    },
    failed: (f) => {
      this.#running = Math.max(0, this.#running - 1);
      this.#bar.failed(f);
    },
  };

  /** @param quiet no progress output (`--quiet`); Ctrl-C still works */
  constructor(quiet: boolean) {
    this.#quiet = quiet;
    this.#bar = new ProgressReporter({ out: process.stderr, quiet });
    this.#removeSigint = handleSigint(this.interrupt, {
      first: () => this.#bar.note(runMsg.stopping(this.#running)),
      second: () => this.#bar.note(runMsg.dropping()),
    });
  }

  /** Finishes the current bar and starts one whose lines start with `label` (a sweep's next point), noting `text` under it. */
  nextBar(label: string, text: string): void {
    this.#bar.finish();
    this.#bar = new ProgressReporter({ out: process.stderr, quiet: this.#quiet, label });
    this.#bar.note(text);
  }

  /** A warning on its own line of stderr, above the bar; printed with `--quiet` too (it is not progress). */
  warn(text: string): void {
    if (this.#quiet) process.stderr.write(`${text}\n`);
    else this.#bar.note(text);
  }

  /** Removes the Ctrl-C listener and finishes the bar. */
  close(): void {
    this.#removeSigint();
    this.#bar.finish();
  }
}
