import type { Scenario } from '../../scenario/schema.js';
import type { Replicate } from './replication-task.js';

/** Orders a day, all shops of a setup together, in the priming run (rates are never raised). */
export const PRIMING_ORDERS_PER_DAY = 15;
/** Measured days of the priming run (fewer if the scenario's horizon is shorter); no warm-up. */
export const PRIMING_DAYS = 10;
/**
 * Most SKUs of the priming run's catalogue (a synthetic catalogue of more is cut to this
 * many). The model's code paths do not depend on the catalogue's size, its setup time does:
 * at 10⁵ SKUs a priming run of the full catalogue built every setup twice per thread.
 * Above every bundled scenario's catalogue (at most 1,000), so their priming is unchanged.
 */
export const PRIMING_SKUS = 2000;

/**
 * The miniature of `s` that a thread runs before its first replication: every setup as it
 * is, but its shops' order rates scaled together to {@link PRIMING_ORDERS_PER_DAY} a day in
 * all, at most {@link PRIMING_SKUS} SKUs, no warm-up and at most {@link PRIMING_DAYS} measured days (about 900 orders over the
 * default study's three setups, drain included, against 400,000 in one replication).
 * Returns a copy.
 *
 * @example
 * primingScenario(scenario).setups[0].horizon; // 10
 */
export function primingScenario(s: Scenario): Scenario {
  return {
    ...s,
    setups: s.setups.map((setup) => {
      // a study on an order history has no rates to scale: it primes on the history's first days
      const rate = setup.shops.reduce((sum, shop) => sum + (shop.ordersPerDay ?? 0), 0);
      const scale = Math.min(1, PRIMING_ORDERS_PER_DAY / rate);
      return {
        ...setup,
        warmup: 0,
        horizon: Math.min(PRIMING_DAYS, setup.horizon),
        catalogue:
          setup.catalogue.skus !== undefined && setup.catalogue.skus > PRIMING_SKUS
            ? { ...setup.catalogue, skus: PRIMING_SKUS }
            : setup.catalogue,
        shops: setup.shops.map((shop) => (shop.ordersPerDay === undefined ? shop : { ...shop, ordersPerDay: shop.ordersPerDay * scale })),
      };
    }),
  };
}

/**
 * `replicate`, primed: its first call first runs replication 0 of the priming scenario and
 * discards it. The model's branches (backorders, returns, the merged pool, each router) then
 * run before V8 optimises it, so the optimised code rarely meets a branch it has no type
 * feedback for, throws itself away and gets compiled again. First replication of the
 * default study, priming run included: deoptimisations 32 → 9, compilation 470 → 286 ms;
 * 1.19 → 1.01 s when the thread compiles synchronously (a full pool), 1.03 → 0.85 s with
 * V8's background compiler (docs/performance.md, "Scaling to 2 workers"). Results do not
 * change: a replication depends only on (scenario, index).
 *
 * A priming run that throws is ignored: it is only an optimisation, and the replication that
 * follows reports any real problem with the scenario, with its index and seed.
 */
export function primed(replicate: Replicate): Replicate {
  let done = false;
  return (scenario, replication) => {
    if (!done) {
      done = true;
      try {
        replicate(primingScenario(scenario), 0);
      } catch {
        // see above: the real replication reports it
      }
    }
    return replicate(scenario, replication);
  };
}
