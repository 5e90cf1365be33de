import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT, poolsim } from './run-cli.js';

const scenarioDoc = readFileSync(join(ROOT, 'docs/scenario.md'), 'utf8');
const cliDoc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'poolsim-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs examples run as shown', () => {
  it('docs/scenario.md: the error example prints exactly the output shown', () => {
    const file = /```yaml\n(name: example\n[\s\S]*?)```/.exec(scenarioDoc)?.[1];
    const shown = /`poolsim validate example\.yaml` prints:\n\n```\n([\s\S]*?)```/.exec(scenarioDoc)?.[1];
    expect(file).toBeDefined();
    expect(shown).toBeDefined();
    writeFileSync(join(dir, 'example.yaml'), file!);
    const r = poolsim(['validate', 'example.yaml'], {}, dir);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toBe(shown);
  });

  it('docs/cli.md: the validate example prints the line shown', () => {
    const shown = /\$ poolsim validate scenarios\/default\.yaml\n(.*)\n/.exec(cliDoc)?.[1];
    expect(shown).toBeDefined();
    const r = poolsim(['validate', 'scenarios/default.yaml']);
    expect([r.code, r.stdout]).toEqual([EXIT.ok, `${shown}\n`]);
  });

  it('docs/cli.md: the check example prints the output shown', () => {
    const shown = /\$ poolsim check (test\/fixtures\/check\/example\.yaml)\n([\s\S]*?)```/.exec(cliDoc);
    expect(shown).not.toBeNull();
    const r = poolsim(['check', shown![1]]);
    expect([r.code, r.stdout]).toEqual([EXIT.notReady, shown![2]]);
  });

  it('docs/cli.md: the export-to-report example prints what it shows', () => {
    const exported = /\$ poolsim export orders scenarios\/default\.yaml --warmup 0 --horizon 56 --out orders\.csv\n(.*)\n/.exec(cliDoc)?.[1];
    const imported = /\$ poolsim import orders orders\.csv\n((?:.*\n)*?)  …\n/.exec(cliDoc)?.[1];
    expect(exported).toBeDefined();
    expect(imported).toBeDefined();
    const e = poolsim(['export', 'orders', join(ROOT, 'scenarios/default.yaml'), '--warmup', '0', '--horizon', '56', '--out', 'orders.csv'], {}, dir);
    expect([e.code, e.stdout]).toEqual([EXIT.ok, `${exported}\n`]);
    const i = poolsim(['import', 'orders', 'orders.csv'], {}, dir);
    expect(i.code, i.stderr).toBe(EXIT.ok);
    // every line shown appears as printed (the example leaves some out)
    for (const line of imported!.trimEnd().split('\n')) expect(i.stdout + i.stderr).toContain(line);
  });

  it('docs/cli.md documents every option of validate and schema', () => {
    for (const option of ['--json', '--out FILE', '-o FILE']) expect(cliDoc).toContain(`\`${option}`);
  });
});
