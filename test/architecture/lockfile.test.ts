/**
 * `npm ci` needs no network beyond the npm registry: every package of package-lock.json is a
 * registry package with an integrity hash (no git, no other URL, no local path). A package
 * without `resolved` is fetched from the configured registry by name and version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(resolve(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, { resolved?: string; integrity?: string; link?: boolean }>;
};

describe('package-lock.json', () => {
  const deps = Object.entries(lock.packages).filter(([path]) => path !== '');
  it('lists the dependencies', () => expect(deps.length).toBeGreaterThan(10));
  it.each(deps.map(([path, p]) => [path, p] as const))('%s comes from the npm registry with an integrity hash', (_path, p) => {
    expect(p.link).not.toBe(true);
    if (p.resolved !== undefined) expect(p.resolved).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    expect(p.integrity).toMatch(/^sha512-/);
  });
});
