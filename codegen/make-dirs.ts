// Creating the output folders, one level at a time. Node 20's `mkdirSync(path, { recursive: true })`
// never returns for some unwritable paths (under /proc it retries forever), and its errors do not
// say which level failed; this walks up to the deepest folder that exists, then creates each level
// below it, so an unwritable path fails at once with a message naming it.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ManbindError } from './errors.js';

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'the parent folder does not take new entries',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a path component is a file',
  EEXIST: 'a file of that name exists',
};

/** A Node file system error as a short reason (`permission denied`), or its message. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined ? reasons[code] : undefined) ?? (error as Error)?.message ?? String(error);
}

/** Whether `error` is a Node file system error (it has an errno code such as EACCES). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

/**
 * Make `dir` and any missing parents. Throws a ManbindError naming `shown` (the path as the user
 * wrote it) when a level is a file or cannot be created.
 */
export function makeDirs(dir: string, shown: string = dir): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(at).isDirectory();
    } catch {
      isDir = undefined;
    }
    if (isDir === true) break;
    if (isDir === false) throw new ManbindError(`cannot create folder ${shown}: ${at} is a file, not a folder`);
    missing.unshift(at);
    if (dirname(at) === at) break;
    at = dirname(at);
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(level).isDirectory()) continue; // made meanwhile
      throw new ManbindError(`cannot create folder ${shown}: ${level}: ${fsReason(error)}`);
    }
  }
}

/** An output path must be a folder or not exist yet: `--out README.md` is the user's mistake, said so. */
export function expectFolder(path: string, flag: string): void {
  let isFile = false;
  try {
    isFile = !statSync(path).isDirectory();
  } catch {
    isFile = false; // missing (made later) or unreadable (reported when written)
  }
  if (isFile) throw new ManbindError(`expected ${flag} to name a folder, found a file: ${path}`);
}
