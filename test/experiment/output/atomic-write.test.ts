import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../../src/experiment/output/atomic-write.js';

function recordingFs(failOn?: keyof AtomicWriteFs): { fs: AtomicWriteFs; calls: string[] } {
  const calls: string[] = [];
  const wrap =
    <K extends keyof AtomicWriteFs>(name: K) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${typeof args[0] === 'string' ? args[0] : ''}`.trim());
      if (name === failOn) throw new Error(`simulated ${name} failure`);
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    };
  const names: (keyof AtomicWriteFs)[] = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'rmSync'];
  return { fs: Object.fromEntries(names.map((n) => [n, wrap(n)])) as unknown as AtomicWriteFs, calls };
}

describe('writeFileAtomic', () => {
  it('writes a temporary file in the same folder, fsyncs it, then renames it into place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolsim-atomic-'));
    const target = join(dir, 'results.json');
    const { fs: rec, calls } = recordingFs();
    writeFileAtomic(target, '{"a":1}\n', rec);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    const open = calls.find((c) => c.startsWith('openSync'))!;
    const tmp = open.slice('openSync '.length);
    expect(tmp.startsWith(dir)).toBe(true);
    expect(tmp).not.toBe(target);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync']);
    expect(calls.at(-1)).toBe(`renameSync ${tmp}`);
    expect(readdirSync(dir)).toEqual(['results.json']);
  });

  it('leaves the previous file intact and no temporary file when writing fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolsim-atomic-'));
    const target = join(dir, 'results.json');
    writeFileSync(target, 'old');
    for (const failOn of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
      const { fs: rec } = recordingFs(failOn);
      expect(() => writeFileAtomic(target, 'new', rec)).toThrow(`simulated ${failOn} failure`);
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['results.json']);
    }
  });
});
