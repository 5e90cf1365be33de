import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layers import one way only (docs/architecture.md). `results` is the contract shared by the
// experiment (writer) and report (reader) layers; it may import types from `model/result.ts`.
const ALLOWED: Record<string, string[]> = {
  engine: ['engine'],
  scenario: ['scenario', 'engine'],
  history: ['history', 'scenario', 'engine'],
  model: ['model', 'history', 'scenario', 'engine'],
  results: ['results', 'model'],
  experiment: ['experiment', 'results', 'model', 'history', 'scenario', 'engine'],
  report: ['report', 'results'],
  cli: ['cli', 'report', 'experiment', 'results', 'model', 'history', 'scenario', 'engine'],
};

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0];
}

describe('layering', () => {
  const files = sourceFiles(SRC);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports only from layers before it', (_name, file) => {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    expect(allowed, `unknown layer ${layer}`).toBeDefined();
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      const target = resolve(dirname(file), spec);
      const targetLayer = layerOf(target);
      expect(allowed, `${relative(SRC, file)} imports ${spec} (layer ${targetLayer})`).toContain(targetLayer);
    }
  });
});
