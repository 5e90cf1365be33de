import { describe, expect, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import * as messages from '../../src/engine/messages.js';

// Every builder in the catalogue, with sample arguments; the house style is lower-case, no
// trailing period (docs/architecture.md, STYLE §6).
const SAMPLES: Record<keyof typeof messages, string> = {
  scheduleInPast: messages.scheduleInPast(1, 2),
  tooManyPending: messages.tooManyPending(64),
  badParameter: messages.badParameter('gamma', 'cv', -1, 'a finite number > 0'),
  unknownDistribution: messages.unknownDistribution('weibull'),
  badWeights: messages.badWeights('expected at least one weight'),
  probabilityOutOfRange: messages.probabilityOutOfRange('tQuantile', 2, '[0, 1]'),
  badDegreesOfFreedom: messages.badDegreesOfFreedom('tQuantile', 0),
};

describe('engine message catalogue', () => {
  it('covers every builder', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(messages).sort());
  });

  it.each(Object.entries(SAMPLES))('%s: lower-case first letter, no trailing period, one line', (_name, text) => {
    expectHouseStyle(text);
  });
});
