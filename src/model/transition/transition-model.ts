/**
 * The static part of a transition (a merged setup with a `transition:` block, docs/model.md,
 * "Transition"): the onboarding outcome of this replication (when the pool goes live), the
 * targets the pool's stock points take at go-live, the placement shares that split each
 * shop's stock over the pool warehouses, and the migration lanes' transfer times.
 *
 * The setup runs unmerged until go-live (`setup-run.ts` calls `goLive`, see `go-live.ts`).
 * Same (scenario seed, replication) ⇒ the same onboarding for every setup (substream
 * `onboarding`: common random numbers).
 */
import { makeSampler, substream } from '../../engine/index.js';
import type { Sampler } from '../../engine/index.js';
import type { Transition } from '../../scenario/schema.js';
import type { SkuShares } from '../inventory/placement.js';
import { WorkingCalendar } from '../onboarding/calendar.js';
import { sampleOnboarding } from '../onboarding/onboarding.js';
import type { OnboardingOutcome } from '../onboarding/onboarding.js';

export interface TransitionModel {
  readonly spec: Transition;
  readonly onboarding: OnboardingOutcome;
  /** Day number (days since 1970-01-01) of `transition.start`: measured day 0. */
  readonly startDay: number;
  /** Simulation time of go-live: warm-up end + calendar days to go-live. */
  readonly goLiveAt: number;
  /** Stock points [0, poolPoints) are the pool's (`sku·W + w`); the shops' follow. */
  readonly poolPoints: number;
  /** Reorder level and order-up-to level of each pool stock point from go-live. */
  readonly poolReorderLevel: Int32Array;
  readonly poolOrderUpTo: Int32Array;
  /** Placement shares of the SKUs over the pool warehouses (`values[k·stride + w]`). */
  readonly shares: SkuShares;
  readonly transferTime: Sampler;
  readonly costPerUnit: number;
  /** Pool lines short of stock while the shops' stock is in transit are lost (else backordered). */
  readonly lostDuringMigration: boolean;
}

/**
 * @example const t = buildTransitionModel(setup.transition, 90, seed, k, { poolPoints, … });
 */
export function buildTransitionModel(
  spec: Transition,
  measureFrom: number,
  seed: number | string,
  replication: number,
  pool: Pick<TransitionModel, 'poolPoints' | 'poolReorderLevel' | 'poolOrderUpTo' | 'shares'>,
): TransitionModel {
  const calendar = new WorkingCalendar(spec.onboarding.calendar);
  const startDay = calendar.dayNumber(spec.start);
  const onboarding = sampleOnboarding(spec.onboarding, calendar, startDay, substream(seed, replication, 'onboarding'));
  return {
    spec,
    onboarding,
    startDay,
    goLiveAt: measureFrom + onboarding.calendarDays,
    ...pool,
    transferTime: makeSampler(spec.transferTime),
    costPerUnit: spec.costPerUnit,
    lostDuringMigration: spec.duringMigration === 'lost-sale',
  };
}
