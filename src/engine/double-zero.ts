/**
 * Zero stored the way V8 stores a fraction: the starting value of a number field that will
 * hold fractions (times, sums of days or money).
 *
 * V8 lays a number field out by its first value. A field that starts at `0`, a small
 * integer, and later receives a fraction changes its object's layout in the middle of a
 * run, and V8 throws away the optimised code of every function that has seen the old layout
 * and compiles it again. Negative zero is the one zero that is not a small integer, so a
 * field that starts at `DOUBLE_ZERO` has the fraction layout from the first object on. Use it
 * where the first fraction can come after the handlers are optimised (sums over the measured
 * window, levels that events change); a field that gets its first fraction from the first
 * events, such as the clock, changes layout before anything is optimised and does not need
 * it. On a worker thread that compiles on its own time this saves about 0.2 s of
 * replication 0 (docs/performance.md, "Scaling to 2 workers").
 *
 * It adds like zero (−0 + x is x for every other x) and JSON and `String` write it as "0".
 * Only a sum that is never added to stays −0: the model's output adds 0 to such sums
 * (−0 + 0 is 0), and `test/model/no-negative-zero.test.ts` checks that no −0 gets out.
 */
export const DOUBLE_ZERO = -0;
