// The `manbind` CLI through main(argv): exit codes, the exact diagnostic and summary lines, --check,
// --strict, --json, usage errors. Streams are captured; files go to temp dirs.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs } from '../../codegen/cli.js';

const repo = join(import.meta.dirname, '..', '..');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'manbind-cli-'));
  mkdirSync(join(dir, 'specs'));
  for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_VERBOSE.md', 'CURLOPT_URL.md']) {
    cpSync(join(repo, 'specs', name), join(dir, 'specs', name));
  }
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** main() with stdout/stderr captured; paths shown relative to the cwd, so `rel` turns them back. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** `manbind generate --no-cache ...`: tests must not touch the repo's node_modules/.cache (cache.test.ts covers it). */
const generate = (...argv: string[]) => run('generate', '--no-cache', ...argv);

const rel = (p: string): string => relative(process.cwd(), p);
const summaryLine = /^manbind: (\d+) docs read, (\d+) options, (\d+) infos, (\d+) functions emitted, (\d+) diagnostics, \d+ ms$/;

describe('manbind generate', () => {
  it('writes the bindings and ends with the summary line', async () => {
    const { code, stdout, stderr } = await generate('--specs', join(dir, 'specs'), '--out', join(dir, 'out'));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      'manbind: 3 of 3 options and 0 of 0 infos typed precisely',
      expect.stringMatching(summaryLine),
    ]);
    expect(summaryLine.exec(lines.at(-1)!)!.slice(1, 6)).toEqual(['3', '3', '0', '0', `${stderr === '' ? 0 : stderr.trimEnd().split('\n').length}`]);
    const options = readFileSync(join(dir, 'out', 'options.ts'), 'utf8');
    expect(options.split('\n')[0]).toBe(`// generated from ${rel(join(dir, 'specs'))} by manbind; do not edit`);
    expect(options).toContain('  setopt(option: typeof CURLOPT.CONNECT_ONLY, value: 0 | 1 | 2): number;');
  });

  it('prints each diagnostic as path:line:col: message [rule], and --strict fails on them', async () => {
    writeFileSync(join(dir, 'specs', 'CURLOPT_BROKEN.md'), 'no frontmatter here\n');
    const specs = join(dir, 'specs');
    const lenient = await generate('--specs', specs, '--out', join(dir, 'out'));
    expect(lenient.code).toBe(0);
    const diagnostic = `${rel(join(specs, 'CURLOPT_BROKEN.md'))}:1:1: Expected frontmatter between \`---\` lines at the start of the file, found \`no frontmatter here\` [curldown:frontmatter]`;
    expect(lenient.stderr.split('\n')).toContain(diagnostic);
    expect(lenient.stdout).toMatch(/4 docs read, 3 options, 0 infos, 0 functions emitted, \d+ diagnostics/);

    const strict = await generate('--specs', specs, '--out', join(dir, 'out'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr.split('\n')).toContain(diagnostic);
    expect(strict.stderr).toMatch(/^manbind: --strict: \d+ diagnostic\(s\)$/m);
  });

  it('--check: 0 when up to date, 1 with a unified diff when the out dir was edited', async () => {
    const args = ['--specs', join(dir, 'specs'), '--out', join(dir, 'out')];
    expect((await generate(...args)).code).toBe(0);
    const clean = await generate(...args, '--check');
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain('--- a/');
    expect(clean.stderr).not.toContain('differ from');

    const path = join(dir, 'out', 'validators.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace('CONNECT_ONLY: oneOf(0, 1, 2),', 'CONNECT_ONLY: oneOf(0, 1, 2, 3),'));
    const before = readFileSync(path, 'utf8');
    const dirty = await generate(...args, '--check');
    expect(dirty.code).toBe(1);
    const shown = rel(join(dir, 'out', 'validators.ts'));
    expect(dirty.stdout).toContain(`--- a/${shown}\n+++ b/${shown}\n`);
    expect(dirty.stdout).toContain('\n-  CONNECT_ONLY: oneOf(0, 1, 2, 3),\n+  CONNECT_ONLY: oneOf(0, 1, 2),\n');
    expect(dirty.stderr).toContain(`1 file(s) in ${rel(join(dir, 'out'))} differ from what ${rel(join(dir, 'specs'))} generates: ${shown}`);
    expect(readFileSync(path, 'utf8')).toBe(before); // --check never writes
  });

  it('--json prints the summary and diagnostics as JSON', async () => {
    const { code, stdout, stderr } = await generate('--specs', join(dir, 'specs'), '--out', join(dir, 'out'), '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as { ok: boolean; summary: { options: number; precise: { options: number } }; diagnostics: unknown[] };
    expect(json.ok).toBe(true);
    expect(json.summary.options).toBe(3);
    expect(json.summary.precise.options).toBe(3);
    expect(Array.isArray(json.diagnostics)).toBe(true);
  });

  it('--runtime-import changes the import of runtime types', async () => {
    await generate('--specs', join(dir, 'specs'), '--out', join(dir, 'out'), '--runtime-import', '@acme/rt');
    cpSync(join(repo, 'specs', 'CURLINFO_ACTIVESOCKET.md'), join(dir, 'specs', 'CURLINFO_ACTIVESOCKET.md'));
    await generate('--specs', join(dir, 'specs'), '--out', join(dir, 'out'), '--runtime-import=@acme/rt');
    expect(readFileSync(join(dir, 'out', 'info.ts'), 'utf8').split('\n')[1]).toBe("import type { CurlSocket } from '@acme/rt';");
  });
});

describe('nothing to generate', () => {
  it('a missing folder is one line and exit 1', async () => {
    const missing = join(dir, 'nope');
    const { code, stdout, stderr } = await generate('--specs', missing, '--out', join(dir, 'out'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`manbind: no such folder: ${rel(missing)}\n`);
  });

  it('a folder without docs is one line and exit 1', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, stderr } = await generate('--specs', empty, '--out', join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toBe(`manbind: no docs found in ${rel(empty)}\n`);
  });
});

describe('usage errors', () => {
  it.each([
    [['generate', '--frobnicate'], 'manbind: unknown flag --frobnicate'],
    [['generate', '--specs'], 'manbind: --specs needs a value'],
    [['generate', '--check=yes'], 'manbind: --check takes no value'],
    [['build'], 'manbind: unknown command build'],
    [[], 'manbind: missing command'],
    [['generate', 'extra'], 'manbind: unexpected argument extra'],
  ])('%j -> exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${message}\nusage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--runtime-import SPEC] [--no-cache]\n`,
    );
  });

  it('parses defaults and = forms', () => {
    expect(parseArgs(['generate'])).toEqual({ specs: 'specs', out: 'generated', check: false, strict: false, json: false, cache: true });
    expect(parseArgs(['generate', '--specs=a', '--out', 'b', '--check', '--strict', '--json', '--runtime-import', 'x', '--no-cache'])).toEqual({
      specs: 'a',
      out: 'b',
      check: true,
      strict: true,
      json: true,
      cache: false,
      runtimeImport: 'x',
    });
    expect(parseArgs(['--help'])).toBe('help');
  });
});

describe('the bin', () => {
  it('runs as a script with a shebang and exits 2 on a bad flag, without a stack trace', () => {
    const source = readFileSync(join(repo, 'codegen', 'cli.ts'), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'codegen', 'cli.ts'), 'generate', '--nope'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'manbind: unknown flag --nope\nusage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--runtime-import SPEC] [--no-cache]\n',
    );
  });
});
