/**
 * An M/M/c queue written on the kernel API, for theory tests: Poisson arrivals (rate λ per
 * day), c servers, exponential service (rate μ), FIFO. Customers arriving in
 * [warmupDays, horizonDays) are measured and followed to their departure; arrivals stop at
 * the horizon and the run drains. Arrivals and services draw from their own named streams.
 */
import { ExponentialSampler, Simulation, substream } from '../../src/engine/index.js';

export interface MmcParams {
  lambda: number;
  mu: number;
  servers: number;
  warmupDays: number;
  horizonDays: number;
}

export interface MmcResult {
  /** Customers arriving in the measurement window. */
  customers: number;
  /** Of those, how many waited (found all servers busy). */
  waited: number;
  sumWait: number;
  sumSojourn: number;
  /** ∫ N(t) dt over the window, N the number in system. */
  area: number;
  /** Σ over customers present at the window start of their time in system inside the window. */
  edgeStart: number;
  /** Σ over window arrivals still present at the window end of their time in system after it. */
  edgeEnd: number;
  /** (time, kind, customer) per dispatched event, when tracing: kind 0 = arrival, 1 = departure. */
  trace: number[];
}

export function runMmc(p: MmcParams, seed: number, replication: number, tracing = false): MmcResult {
  const sim = new Simulation();
  const arrivalRng = substream(seed, replication, 'mmc/arrivals');
  const serviceRng = substream(seed, replication, 'mmc/service');
  const interarrival = new ExponentialSampler(1 / p.lambda);
  const service = new ExponentialSampler(1 / p.mu);
  const arrivedAt: number[] = [];
  const queue: number[] = [];
  let head = 0;
  let busy = 0;
  let inSystem = 0;
  let lastChange = 0;
  const r: MmcResult = { customers: 0, waited: 0, sumWait: 0, sumSojourn: 0, area: 0, edgeStart: 0, edgeEnd: 0, trace: [] };

  const inWindow = (t: number) => t >= p.warmupDays && t < p.horizonDays;
  // Accumulate N(t) over the part of [lastChange, now] that lies inside the window.
  const advance = () => {
    const from = Math.max(lastChange, p.warmupDays);
    const to = Math.min(sim.now, p.horizonDays);
    if (to > from) r.area += inSystem * (to - from);
    lastChange = sim.now;
  };
  const startService = (customer: number) => {
    const wait = sim.now - arrivedAt[customer];
    if (inWindow(arrivedAt[customer])) {
      r.sumWait += wait;
      if (wait > 0) r.waited++;
    }
    sim.schedule(service.sample(serviceRng), depart, customer);
  };
  const arrive = sim.on((customer) => {
    if (tracing) r.trace.push(sim.now, 0, customer);
    advance();
    inSystem++;
    arrivedAt[customer] = sim.now;
    if (inWindow(sim.now)) r.customers++;
    if (busy < p.servers) {
      busy++;
      startService(customer);
    } else {
      queue.push(customer);
    }
    const next = sim.now + interarrival.sample(arrivalRng);
    if (next < p.horizonDays) sim.scheduleAt(next, arrive, customer + 1);
  });
  const depart = sim.on((customer) => {
    if (tracing) r.trace.push(sim.now, 1, customer);
    advance();
    inSystem--;
    const arrived = arrivedAt[customer];
    if (inWindow(arrived)) {
      r.sumSojourn += sim.now - arrived;
      if (sim.now > p.horizonDays) r.edgeEnd += sim.now - p.horizonDays;
    } else if (arrived < p.warmupDays && sim.now > p.warmupDays) {
      r.edgeStart += Math.min(sim.now, p.horizonDays) - p.warmupDays;
    }
    if (head < queue.length) startService(queue[head++]);
    else busy--;
  });

  sim.scheduleAt(interarrival.sample(arrivalRng), arrive, 0);
  sim.run();
  return r;
}

/**
 * Erlang C: P(wait) for M/M/c with offered load a = λ/μ < c (Kleinrock, "Queueing Systems"
 * vol. 1, eq. 3.40): C = [aᶜ/c! · c/(c − a)] / [Σ_{k<c} aᵏ/k! + aᶜ/c! · c/(c − a)].
 * Mean wait Wq = C/(cμ − λ); mean time in system W = Wq + 1/μ.
 */
export function erlangC(lambda: number, mu: number, c: number): { pWait: number; wq: number; w: number } {
  const a = lambda / mu;
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = (term * c) / (c - a);
  const pWait = top / (sum + top);
  const wq = pWait / (c * mu - lambda);
  return { pWait, wq, w: wq + 1 / mu };
}
