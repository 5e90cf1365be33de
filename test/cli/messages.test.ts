import { describe, expect, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import { cliMsg } from '../../src/cli/messages.js';

type Id = keyof typeof cliMsg;

// Sample arguments for every builder; a new builder without samples is a type error.
const SAMPLES: Record<Id, unknown[]> = {
  usageHint: ['run'],
  unknownCommand: ['valdate', 'did you mean validate?'],
  needCommand: [],
  unexpected: ['x is undefined'],
  debugHint: [],
  interrupted: [],
  validOk: [['unmerged', 'merged']],
  validBad: [3],
  validSummary: [1, 2],
  wrote: ['out.json'],
  cannotWrite: ['out.json', 'ENOENT'],
  resultsBad: [3],
  cannotWriteReport: ['reports/run/report.html', 'no space left on the device (ENOSPC)'],
};

describe('cli message catalogue', () => {
  it('has samples for every builder', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(cliMsg).sort());
  });

  it.each(Object.keys(cliMsg) as Id[])('%s: lower-case first letter, no trailing period, one line', (id) => {
    const text = (cliMsg[id] as (...args: unknown[]) => string)(...SAMPLES[id]);
    expectHouseStyle(text);
  });
});
