import { ExponentialSampler, Simulation, substream } from '../../../src/engine/index.js';

/** M/M/1 (λ = 0.8, μ = 1 per day): returns the mean time in system of `customers` customers. */
export function mm1(customers: number, seed = 42): number {
  const sim = new Simulation();
  const arrivals = substream(seed, 0, 'arrivals');
  const services = substream(seed, 0, 'services');
  const interarrival = new ExponentialSampler(1 / 0.8);
  const service = new ExponentialSampler(1);
  const arrivedAt: number[] = []; // FIFO of arrival times; the head is in service
  let head = 0;
  let totalDays = 0;
  const depart = sim.on(() => {
    totalDays += sim.now - arrivedAt[head++];
    if (head < arrivedAt.length) sim.schedule(service.sample(services), depart);
  });
  const arrive = sim.on((n) => {
    arrivedAt.push(sim.now);
    if (arrivedAt.length - head === 1) sim.schedule(service.sample(services), depart);
    if (n + 1 < customers) sim.schedule(interarrival.sample(arrivals), arrive, n + 1);
  });
  sim.schedule(interarrival.sample(arrivals), arrive, 0);
  sim.run();
  return totalDays / customers; // theory: 1/(μ − λ) = 5 days
}
