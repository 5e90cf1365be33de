import type { ReplicationOutput } from '../model/result.js';
import type { ExperimentProgress } from '../experiment/experiment.js';
import type { ReplicationFailure } from '../experiment/errors.js';

/** Where progress goes and how: a terminal gets a redrawn bar, anything else plain lines. */
export interface ProgressOptions {
  out: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  quiet?: boolean;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
  /** Prefix for every line, e.g. the sweep point. */
  label?: string;
}

/** `75` → `1:15`; `3725` → `1:02:05`. */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** `1234567` → `1.23M`. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '?';
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)}k`;
  return perSecond.toFixed(0);
}

/**
 * Progress of a study on stderr. On a TTY: one line redrawn in place (at most ~10 times a
 * second) — bar, replications done/total, elapsed, ETA, simulated orders per second. Not on a
 * TTY (CI logs, pipes): one plain line per finished replication. `quiet`: nothing at all.
 * Failures and notes are always printed on their own line (unless quiet).
 */
export class ProgressReporter implements ExperimentProgress {
  readonly #o: ProgressOptions;
  readonly #now: () => number;
  readonly #start: number;
  #total = 0;
  #done = 0;
  #orders = 0;
  #lastDraw = 0;
  #barShown = false;

  constructor(options: ProgressOptions) {
    this.#o = options;
    this.#now = options.now ?? (() => performance.now());
    this.#start = this.#now();
  }

  get #tty(): boolean {
    return this.#o.out.isTTY === true;
  }

  planned(total: number): void {
    this.#total = total;
    this.#draw(true);
  }

  done(output: ReplicationOutput): void {
    this.#done++;
    this.#orders += output.ordersSimulated;
    if (this.#o.quiet) return;
    if (this.#tty) this.#draw(this.#done === this.#total);
    else this.#o.out.write(`${this.#prefix()}replication ${output.replication} done (${this.#status()})\n`);
  }

  failed(f: ReplicationFailure): void {
    this.note(`replication ${f.replication} (seed ${String(f.seed)}) failed: ${f.message}`);
  }

  /** A message on its own line, keeping the bar below it on a TTY. */
  note(text: string): void {
    if (this.#o.quiet) return;
    this.#clear();
    this.#o.out.write(`${this.#prefix()}${text}\n`);
    this.#draw(true);
  }

  /** Removes the bar (call before printing the final table). */
  finish(): void {
    if (this.#tty && this.#barShown && !this.#o.quiet) {
      this.#draw(true);
      this.#o.out.write('\n');
      this.#barShown = false;
    }
  }

  #prefix(): string {
    return this.#o.label ? `${this.#o.label}: ` : '';
  }

  #status(): string {
    const elapsed = (this.#now() - this.#start) / 1000;
    const eta = this.#done > 0 ? (elapsed / this.#done) * (this.#total - this.#done) : NaN;
    const rate = elapsed > 0 ? this.#orders / elapsed : NaN;
    return `${this.#done}/${this.#total} replications, ${formatClock(elapsed)} elapsed, ETA ${formatClock(eta)}, ${formatRate(rate)} orders/s`;
  }

  #clear(): void {
    if (this.#tty && this.#barShown) this.#o.out.write('\r\x1b[K');
  }

  #draw(force: boolean): void {
    if (!this.#tty || this.#o.quiet || this.#total === 0) return;
    const t = this.#now();
    if (!force && t - this.#lastDraw < 100) return;
    this.#lastDraw = t;
    const elapsed = (t - this.#start) / 1000;
    const eta = this.#done > 0 ? (elapsed / this.#done) * (this.#total - this.#done) : NaN;
    const rate = elapsed > 0 ? this.#orders / elapsed : NaN;
    const text = ` ${this.#done}/${this.#total} reps · ${formatClock(elapsed)} · ETA ${formatClock(eta)} · ${formatRate(rate)} orders/s`;
    const cols = this.#o.out.columns || 80; // 0 when the terminal size is unknown
    // the bar takes what the text leaves, between 10 and 30 cells
    const width = Math.max(10, Math.min(30, cols - 1 - this.#prefix().length - text.length));
    const filled = Math.round((width * this.#done) / this.#total);
    let line = `${this.#prefix()}${'█'.repeat(filled)}${'░'.repeat(width - filled)}${text}`;
    if (line.length > cols - 1) line = line.slice(0, cols - 1);
    this.#o.out.write(`\r\x1b[K${line}`);
    this.#barShown = true;
  }
}
