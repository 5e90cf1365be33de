/**
 * The seller's WMS telling the platform its stock (docs/model.md, Inventory sync). The
 * platform allocates against `told`, its figure of each pool stock point; the physical
 * figure is `onHand`. A change the WMS governs (`sync.governs`) marks the stock point for a
 * push; pushes go out in API calls of up to `batchSize` stock points, each carrying the
 * point's level when the call is made, and the platform overwrites its figure with it when
 * the call lands (`lag` later). A change the platform records itself moves `told` at once.
 *
 * Calls are refused over `callsPerMinute` (clock-minute windows, less what a promotion burst
 * takes) and retried after a back-off (`backoff · multiplier^(refusals − 1)`, at most
 * `maxBackoff`); none are made during an outage or while the access token is expired. The
 * sender makes one call at a time, in order: stock points wait in a FIFO queue, each once.
 *
 * O(1) per change; O(batch) per call. Events exist only when sync is on.
 */
import type { Rng, Simulation } from '../../engine/index.js';
import { CAUSE_OUTAGE, CAUSE_RATE_LIMIT, CAUSE_SYNC_LAG, CAUSE_TOKEN_EXPIRED, type FailureBoard } from './failure-board.js';
import { RENEW_FORGOTTEN, RENEW_LATE, type SyncModel } from './sync-model.js';

const MINUTES_PER_DAY = 1440;
/** Sender states. */
const IDLE = 0;
const BACKOFF = 1;
const NO_TOKEN = 2;
const OUTAGE = 3;

export class WmsSync {
  /** The platform's figure of available units per pool stock point. */
  readonly told: Int32Array;
  private readonly dirty: Uint8Array;
  /** FIFO ring of stock points waiting for a push. */
  private readonly queue: Int32Array;
  private head = 0;
  private queued = 0;

  private state = IDLE;
  /** A send event is scheduled. */
  private sendPending = false;
  /** Refusals of the call now waiting to be retried. */
  private refusals = 0;
  private minute = -1;
  private minuteCalls = 0;

  private tokenValid = true;
  /** Generation of the natural expiry now scheduled (a renewal starts the next one). */
  private tokenGeneration = 0;
  private renewalPending = false;
  private expiredAt = 0;
  /** End of the run's events (`start`): nothing is scheduled from then on. */
  private until = Infinity;

  private readonly hSend: number;
  private readonly hLand: number;
  private readonly hExpire: number;
  private readonly hRenew: number;
  private readonly hTick: number;

  /**
   * @param onHand physical available units of the stock points (the first `points` are the pool's)
   * @param from measurement start; `to` its end (calls and token time are counted inside)
   */
  constructor(
    private readonly cfg: SyncModel,
    private readonly sim: Simulation,
    private readonly onHand: Int32Array,
    points: number,
    private readonly rng: Rng,
    private readonly board: FailureBoard,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.told = new Int32Array(points);
    this.dirty = new Uint8Array(points);
    this.queue = new Int32Array(Math.max(1, points));
    this.hSend = sim.on(() => this.onSend());
    this.hLand = sim.on((sp, level) => {
      this.told[sp] = level;
    });
    this.hExpire = sim.on((generation) => this.onExpire(generation));
    this.hRenew = sim.on(() => this.onRenew());
    this.hTick = sim.on(() => this.onTick());
  }

  /** t = 0: the platform knows the pool's opening stock; the token and push clocks start. */
  start(until: number): void {
    for (let sp = 0; sp < this.told.length; sp++) this.told[sp] = this.onHand[sp];
    const c = this.cfg;
    if (c.tokenFirstExpiry < until) this.sim.scheduleAt(c.tokenFirstExpiry, this.hExpire, 0);
    if (c.forcedExpiry < until) this.sim.scheduleAt(c.forcedExpiry, this.hExpire, -1);
    if (c.pushInterval > 0 && c.pushInterval < until) this.sim.scheduleAt(c.pushInterval, this.hTick);
    this.until = until;
    for (let i = 0; i < c.outages.length; i += 2) this.board.outageDays += this.overlap(c.outages[i], c.outages[i + 1]);
  }

  /**
   * Stock point `sp` changed by `delta` units through `flow` (FLOW_*): the platform's figure
   * follows at once, or the WMS queues the point for a push. O(1).
   */
  change(sp: number, delta: number, flow: number): void {
    if (this.cfg.governed[flow] === 0) {
      this.told[sp] += delta;
      return;
    }
    this.mark(sp);
  }

  /** Whether the WMS, not the platform, records changes of `flow`. */
  governs(flow: number): boolean {
    return this.cfg.governed[flow] === 1;
  }

  /** Queues `sp` for a push (once); with push-on-change, starts the sender. */
  mark(sp: number): void {
    if (this.dirty[sp] === 1) return;
    this.dirty[sp] = 1;
    this.queue[(this.head + this.queued++) % this.queue.length] = sp;
    if (this.cfg.pushInterval === 0 && !this.sendPending && this.state !== NO_TOKEN) this.scheduleSend(this.sim.now);
  }

  /** What holds the WMS's pushes back now: the cause of a lock failure at this moment. */
  cause(now: number): number {
    if (!this.tokenValid) return CAUSE_TOKEN_EXPIRED;
    if (this.outageEnd(now) >= 0) return CAUSE_OUTAGE;
    if (this.state === BACKOFF) return CAUSE_RATE_LIMIT;
    return CAUSE_SYNC_LAG;
  }

  /** A failure caused by the expired token: with a forgotten renewal, the seller notices and renews. */
  noticed(now: number): void {
    if (this.tokenValid || this.renewalPending || this.cfg.renewal !== RENEW_FORGOTTEN) return;
    this.renewalPending = true;
    this.sim.scheduleAt(now + this.cfg.noticeDelay, this.hRenew);
  }

  /** End of the run: token time still expired counts up to the horizon. */
  finish(): void {
    if (!this.tokenValid) this.board.tokenExpiredDays += this.overlap(this.expiredAt, this.to);
  }

  // ---- sending ---------------------------------------------------------------------------

  private scheduleSend(at: number): void {
    this.sendPending = true;
    this.sim.scheduleAt(at, this.hSend);
  }

  private onTick(): void {
    if (!this.sendPending && this.state !== NO_TOKEN) this.onSend();
    const next = this.sim.now + this.cfg.pushInterval;
    if (next < this.until) this.sim.scheduleAt(next, this.hTick);
  }

  /** Makes calls until the queue is empty, a call is refused, or calls cannot be made. */
  private onSend(): void {
    const c = this.cfg;
    const now = this.sim.now;
    const counted = now >= this.from && now < this.to;
    this.sendPending = false;
    while (this.queued > 0) {
      if (!this.tokenValid) {
        this.state = NO_TOKEN;
        return;
      }
      const outageEnd = this.outageEnd(now);
      if (outageEnd >= 0) {
        this.state = OUTAGE;
        this.scheduleSend(outageEnd);
        return;
      }
      const minute = Math.floor(now * MINUTES_PER_DAY + 1e-6);
      if (minute !== this.minute) {
        this.minute = minute;
        this.minuteCalls = 0;
      }
      if (this.minuteCalls >= c.callsPerMinute - this.burstCalls(now)) {
        if (counted) this.board.callsRefused++;
        const wait = Math.min(c.backoff * c.backoffMultiplier ** this.refusals, c.maxBackoff);
        this.refusals++;
        this.state = BACKOFF;
        this.scheduleSend(now + wait);
        return;
      }
      this.minuteCalls++;
      this.refusals = 0;
      this.state = IDLE;
      const lag = c.lag === null ? 0 : Math.max(0, c.lag.sample(this.rng));
      const k = Math.min(c.batchSize, this.queued);
      if (counted) {
        this.board.callsAccepted++;
        this.board.updatesPushed += k;
      }
      for (let j = 0; j < k; j++) {
        const sp = this.queue[this.head];
        this.head = (this.head + 1) % this.queue.length;
        this.queued--;
        this.dirty[sp] = 0;
        if (lag === 0) this.told[sp] = this.onHand[sp];
        else this.sim.schedule(lag, this.hLand, sp, this.onHand[sp]);
      }
    }
    this.state = IDLE;
  }

  /** End of the outage containing `now`, or −1. O(outages). */
  private outageEnd(now: number): number {
    const o = this.cfg.outages;
    for (let i = 0; i < o.length && o[i] <= now; i += 2) if (now < o[i + 1]) return o[i + 1];
    return -1;
  }

  /** Calls a minute promotion bursts take from the limit at `now`. */
  private burstCalls(now: number): number {
    const b = this.cfg.bursts;
    let n = 0;
    for (let i = 0; i < b.length; i += 3) if (now >= b[i] && now < b[i + 1]) n += b[i + 2];
    return n;
  }

  // ---- the access token --------------------------------------------------------------------

  /** A natural expiry of generation `generation`, or an injected one (−1). */
  private onExpire(generation: number): void {
    const c = this.cfg;
    if (!this.tokenValid || (generation >= 0 && generation !== this.tokenGeneration)) return;
    const now = this.sim.now;
    if (c.renewal !== RENEW_LATE && c.renewal !== RENEW_FORGOTTEN) {
      this.renew(now);
      return;
    }
    this.tokenValid = false;
    this.expiredAt = now;
    if (c.renewal === RENEW_LATE) {
      this.renewalPending = true;
      this.sim.scheduleAt(now + c.lateBy, this.hRenew);
    }
  }

  private onRenew(): void {
    const now = this.sim.now;
    this.board.tokenExpiredDays += this.overlap(this.expiredAt, now);
    this.tokenValid = true;
    this.renewalPending = false;
    this.renew(now);
    if (this.state === NO_TOKEN) this.state = IDLE;
    if (this.queued > 0 && !this.sendPending) this.scheduleSend(now);
  }

  /** A renewal at `now`: the next natural expiry is a lifetime away. */
  private renew(now: number): void {
    const next = now + this.cfg.tokenLifetime;
    this.tokenGeneration++;
    if (next < this.until) this.sim.scheduleAt(next, this.hExpire, this.tokenGeneration);
  }

  /** Length of [a, b) inside the measured window. */
  private overlap(a: number, b: number): number {
    return Math.max(0, Math.min(b, this.to) - Math.max(a, this.from));
  }
}
