/**
 * Reading a scenario file from disk, with one clear error for each way it can go wrong
 * before parsing: missing, a directory, unreadable, too large, binary, not UTF-8.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ScenarioError, fileProblem } from './errors.js';
import { msg } from './messages.js';

/** Largest scenario file accepted, in bytes (5 MiB); a real study is a few kilobytes. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** File name endings accepted as scenario files (JSON is read as YAML). */
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** A scenario file's text and the SHA-256 of its bytes (hex). */
export interface ScenarioText {
  text: string;
  sha256: string;
}

/**
 * Reads a scenario file as UTF-8 text (a leading byte-order mark is dropped).
 * O(file size).
 *
 * @throws ScenarioError with one file-level problem when the file is missing, a directory or
 *   other non-regular file, has another extension than .yaml/.yml/.json, is larger than
 *   {@link MAX_SCENARIO_BYTES}, cannot be read, contains a NUL byte, or is not valid UTF-8
 * @example
 * const { text, sha256 } = await readScenarioText('scenarios/default.yaml');
 */
export async function readScenarioText(path: string): Promise<ScenarioText> {
  const fail = (note: string): never => {
    throw new ScenarioError([fileProblem(path, note)]);
  };
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' || code === 'ENOTDIR' ? msg.fileMissing() : msg.fileUnreadable(code ?? (e as Error).message));
  }
  if (info.isDirectory()) fail(msg.fileIsDirectory());
  if (!info.isFile()) fail(msg.fileNotRegular());
  const ext = extname(path).toLowerCase();
  if (!(SCENARIO_EXTENSIONS as readonly string[]).includes(ext)) fail(msg.fileExtension(ext));
  if (info.size > MAX_SCENARIO_BYTES) fail(msg.fileTooLarge(info.size, MAX_SCENARIO_BYTES));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(msg.fileUnreadable(code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message)));
  }
  // The size can change between stat and read; check what was actually read.
  if (bytes.length > MAX_SCENARIO_BYTES) fail(msg.fileTooLarge(bytes.length, MAX_SCENARIO_BYTES));
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail(msg.fileBinary(nul));
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(msg.fileNotUtf8());
  }
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
