/**
 * Paths and loaders of the report test fixtures, written by make-fixtures.mjs: the default
 * study and the sweep are SYNTHETIC; the transition and sync fixtures are REAL (trimmed) runs
 * of scenarios/transition.yaml and scenarios/sync-faults.yaml. The history fixture is the
 * default one with a seller's order history added (make-history-fixture.mjs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Results } from '../../../src/results/types.js';
import type { SweepInput } from '../../../src/report/sweep-analysis.js';

export const REPORT_FIXTURE = resolve(__dirname, '../../fixtures/results-default.json');
export const SWEEP_FIXTURE = resolve(__dirname, '../../fixtures/results-sweep.json');
export const TRANSITION_FIXTURE = resolve(__dirname, '../../fixtures/results-transition.json');
export const SYNC_FIXTURE = resolve(__dirname, '../../fixtures/results-sync.json');
export const HISTORY_FIXTURE = resolve(__dirname, '../../fixtures/results-history.json');
/** A REAL run of the default study (4 replications, 120 days) with --sensitivity (make-sensitivity-fixture.mjs). */
export const SENSITIVITY_FIXTURE = resolve(__dirname, '../../fixtures/results-sensitivity.json');

/** A fresh deep copy of the default fixture (tests may modify it). */
export function loadFixture(): Results {
  return JSON.parse(readFileSync(REPORT_FIXTURE, 'utf8')) as Results;
}

/** A fresh deep copy of the transition fixture (its setup `merged` has a transition). */
export function loadTransitionFixture(): Results {
  return JSON.parse(readFileSync(TRANSITION_FIXTURE, 'utf8')) as Results;
}

/**
 * A fresh deep copy of the sync fixture: setups unmerged, merged-lagging (lock failures from
 * late pushes and a forgotten token) and merged-in-sync, each with a failure board.
 */
export function loadSyncFixture(): Results {
  return JSON.parse(readFileSync(SYNC_FIXTURE, 'utf8')) as Results;
}

/**
 * A fresh deep copy of the history fixture (SYNTHETIC, make-history-fixture.mjs): the default
 * fixture with `scenario.history` (replay, 14 days, shops shop-a and shop-b) and
 * `scenario.initialStock` added.
 */
export function loadHistoryFixture(): Results {
  return JSON.parse(readFileSync(HISTORY_FIXTURE, 'utf8')) as Results;
}

export function loadSweepFixture(): SweepInput {
  const json = JSON.parse(readFileSync(SWEEP_FIXTURE, 'utf8')) as { varied: string[]; points: Results[] };
  return { varied: json.varied, points: json.points };
}
