export { Simulation } from './simulation.js';
export { substream } from './random/stream.js';
export type { Handler, HandlerId, EventHandle } from './simulation.js';
export type { Rng } from './random/stream.js';
