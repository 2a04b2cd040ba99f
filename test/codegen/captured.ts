// Runs a CLI entry point in process with stdout and stderr captured (and, when asked, from
// another working directory), for the CLI tests of generate, docs and diff.
import { vi } from 'vitest';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls `entry`, capturing what it writes; `cwd` is the working directory while it runs. */
export async function captured(entry: () => Promise<number>, cwd?: string): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const before = process.cwd();
  if (cwd !== undefined) process.chdir(cwd);
  try {
    return { code: await entry(), stdout, stderr };
  } finally {
    if (cwd !== undefined) process.chdir(before);
    out.mockRestore();
    err.mockRestore();
  }
}
