import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync, truncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, ScenarioError, formatProblem, loadScenario } from '../../src/scenario/index.js';
import { msg } from '../../src/scenario/messages.js';
import { MINIMAL_FILE, minimalText } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `path`, expecting exactly one file-level problem; returns its formatted line. */
async function fileError(path: string): Promise<string> {
  const error = await loadScenario(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScenarioError);
  const { problems, message } = error as ScenarioError;
  expect(problems).toHaveLength(1);
  expect(problems[0].line).toBe(0);
  expect(message).not.toContain('\n');
  expect(message).toBe(formatProblem(problems[0]));
  return message;
}

describe('loadScenario: file checks, each a one-line error', () => {
  it('loads a real file and hashes its bytes', async () => {
    const loaded = await loadScenario(MINIMAL_FILE);
    expect(loaded.file).toBe(MINIMAL_FILE);
    expect(loaded.text).toBe(minimalText());
    expect(loaded.sha256).toBe(createHash('sha256').update(minimalText()).digest('hex'));
  });

  it('a missing file', async () => {
    const path = join(dir, 'nope.yaml');
    expect(await fileError(path)).toBe(`${path}: ${msg.fileMissing()}`);
  });

  it('a directory', async () => {
    const path = join(dir, 'folder.yaml');
    mkdirSync(path);
    expect(await fileError(path)).toBe(`${path}: ${msg.fileIsDirectory()}`);
  });

  it('another extension', async () => {
    const path = join(dir, 'study.txt');
    writeFileSync(path, minimalText());
    expect(await fileError(path)).toBe(`${path}: ${msg.fileExtension('.txt')}`);
  });

  it('a file over the size limit', async () => {
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, '');
    truncateSync(path, MAX_SCENARIO_BYTES + 1); // sparse: no 5 MB written
    expect(await fileError(path)).toBe(`${path}: ${msg.fileTooLarge(MAX_SCENARIO_BYTES + 1, MAX_SCENARIO_BYTES)}`);
  });

  it('a binary file', async () => {
    const path = join(dir, 'binary.yaml');
    writeFileSync(path, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x00, 0x01, 0xff]));
    expect(await fileError(path)).toBe(`${path}: ${msg.fileBinary(4)}`);
  });

  it('text that is not UTF-8', async () => {
    const path = join(dir, 'latin1.yaml');
    writeFileSync(path, Buffer.from('name: caf\xe9\n', 'latin1'));
    expect(await fileError(path)).toBe(`${path}: ${msg.fileNotUtf8()}`);
  });

  // Root reads any file whatever its mode, so the check cannot fail for root.
  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const path = join(dir, 'locked.yaml');
    copyFileSync(MINIMAL_FILE, path);
    chmodSync(path, 0o000);
    expect(await fileError(path)).toBe(`${path}: ${msg.fileUnreadable('permission denied')}`);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const path = join(dir, 'bom.yaml');
    writeFileSync(path, `\uFEFF${minimalText()}`);
    const { scenario } = await loadScenario(path);
    expect(scenario.name).toBe('minimal');
  });
});
