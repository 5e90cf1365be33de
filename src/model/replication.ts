/**
 * The model's entry point for the experiment layer: one replication of a scenario.
 *
 * Steps:
 *  1. u_max = the largest search-badge uplift over the setups (the stream is generated at
 *     the rate × (1 + u_max) and each setup thins it, so all share the same orders);
 *  2. per setup, in scenario order: the catalogue (substream `catalogue`: identical for
 *     setups with identical catalogue settings), the static setup model, a fresh order
 *     stream from the replication's substreams (the same orders for every setup: common
 *     random numbers, regenerated rather than stored), and the run;
 *  3. the setups' outputs, keyed by setup name.
 *
 * Same (scenario, replication) ⇒ byte-identical output (`test/model/determinism.test.ts`).
 */
import type { Scenario, Setup } from '../scenario/schema.js';
import { buildCatalogue, type Catalogue } from './catalogue/catalogue.js';
import { eprBound } from './compliance/epr-rules.js';
import { OrderStream, type OrderSource } from './demand/order-stream.js';
import { historyDemand } from './history/history-demand.js';
import { HistoryOrderStream } from './history/history-stream.js';
import { initialStock } from './history/initial-stock.js';
import type { StudyInput } from './history/seller-data.js';
import type { ReplicationOutput, SetupReplication } from './result.js';
import { buildSetupModel } from './setup/build-setup-model.js';
import type { SetupModel } from './setup/setup-model.js';
import { runSetup } from './setup/setup-run.js';
import type { SetupDiagnostics } from './setup/setup-run.js';

/**
 * Runs every setup of `scenario` for replication `replication` (0-based).
 * @throws ModelInputError when a setup cannot be built (see `buildSetupModel`)
 * @example
 * const out = runReplication(scenario, 0);
 * out.setups.merged.metrics.fulfilmentDaysMean;
 */
export function runReplication(scenario: StudyInput, replication: number): ReplicationOutput {
  const setups: Record<string, SetupReplication> = {};
  let ordersSimulated = 0;
  const upliftMax = maxUplift(scenario);
  for (const setup of scenario.setups) {
    const { result, diagnostics } = simulateSetup(scenario, setup, replication, upliftMax);
    setups[setup.name] = result;
    ordersSimulated += diagnostics.ordersGenerated;
  }
  return { replication, ordersSimulated, setups };
}

/**
 * One setup of one replication, with the run's diagnostics (exact counters for tests and
 * benchmarks). `upliftMax` must be the scenario-wide value for common random numbers.
 * @example const { diagnostics } = simulateSetup(scenario, scenario.setups[0], 0, maxUplift(scenario));
 */
export function simulateSetup(
  scenario: StudyInput,
  setup: Setup,
  replication: number,
  upliftMax: number,
): { result: SetupReplication; diagnostics: SetupDiagnostics } {
  const { model, stream } = setupInputs(scenario, setup, replication, upliftMax);
  return runSetup(model, stream, scenario.seed, replication);
}

/**
 * What a run of one setup in one replication starts from: the catalogue, the static model and
 * the order source, built exactly as `simulateSetup` runs them (`poolsim export orders` reads
 * the same stream). With an order history the catalogue, market mix and orders come from it.
 * `upliftMax` must be the scenario-wide value for common random numbers.
 * @example const { catalogue, stream } = setupInputs(scenario, scenario.setups[0], 0, maxUplift(scenario));
 */
export function setupInputs(
  scenario: StudyInput,
  setup: Setup,
  replication: number,
  upliftMax: number,
): { catalogue: Catalogue; model: SetupModel; stream: OrderSource } {
  const history = scenario.history && historyDemand(scenario.history, setup, scenario.seed, replication);
  const catalogue = history ? history.catalogue : catalogueOf(setup, scenario.seed, replication);
  const bound = eprBound(scenario, setup);
  const epr = bound === null ? {} : { epr: { bound, markets: scenario.compliance!.eprMarkets } };
  const stock = history && scenario.initialStock ? { initialStock: initialStock(scenario.initialStock, history, setup) } : {};
  const model = buildSetupModel(setup, catalogue, { seed: scenario.seed, replication, upliftMax, ...epr, ...(history ? { history } : {}), ...stock });
  const days = Math.ceil(model.drainTo) + 1;
  const stream: OrderSource = history
    ? new HistoryOrderStream(history, setup, { seed: scenario.seed, replication, days, mode: setup.demand.mode ?? 'replay', upliftMax })
    : new OrderStream(setup, catalogue, { seed: scenario.seed, replication, upliftMax, days, marketIndex: model.marketIndex, lineCap: model.lineCap });
  return { catalogue, model, stream };
}

/** The last catalogue built, and what it was built from (see `catalogueOf`). */
let lastCatalogue: { key: string; catalogue: Catalogue } | undefined;

/**
 * `buildCatalogue(setup, seed, replication)`, built once for consecutive setups with the same
 * catalogue settings (the default study's three setups share one): the catalogue depends only
 * on the settings in the key, and nothing writes into it. A large catalogue takes seconds to
 * draw (10⁶ SKUs: about 0.7 s), so this saves that for every setup after the first. The one
 * kept is the one the last setup run holds anyway.
 */
function catalogueOf(setup: Setup, seed: number | string, replication: number): Catalogue {
  const key = JSON.stringify([
    seed,
    replication,
    setup.catalogue,
    setup.demand.marketMix === undefined,
    setup.shops.map((s) => [s.id, s.ordersPerDay, s.exclusiveSkuShare]),
  ]);
  if (lastCatalogue?.key !== key) lastCatalogue = { key, catalogue: buildCatalogue(setup, seed, replication) };
  return lastCatalogue.catalogue;
}

/** The largest `platform.searchBadgeOrderUplift` over the scenario's setups. */
export function maxUplift(scenario: Scenario): number {
  return scenario.setups.reduce((u, s) => Math.max(u, s.platform.searchBadgeOrderUplift), 0);
}
