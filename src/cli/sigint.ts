import type { Interrupt } from '../experiment/run/interrupt.js';
import { EXIT } from './exit-codes.js';

/**
 * Wires Ctrl-C to an `Interrupt` while a study runs: the first SIGINT stops scheduling new
 * replications (running ones finish and are written), the second drops the running ones,
 * a third exits at once with 130. Returns the function that removes the listener.
 * (`main.ts` exits on SIGINT only while no other listener is installed.)
 */
export function handleSigint(interrupt: Interrupt, say: { first(): void; second(): void }): () => void {
  let count = 0;
  const listener = () => {
    count++;
    if (count === 1) {
      interrupt.request();
      say.first();
    } else if (count === 2) {
      interrupt.abandon();
      say.second();
    } else {
      process.exit(EXIT.interrupted);
    }
  };
  process.on('SIGINT', listener);
  return () => {
    process.off('SIGINT', listener);
  };
}
