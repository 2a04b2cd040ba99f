// The `manbind` CLI through main(argv): exit codes, the exact diagnostic and summary lines, --check,
// --strict, --json, --help and --version, usage and user errors (one line each, never "internal
// error"). Streams are captured; files go to temp dirs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { help, main, parseArgs } from '../../codegen/cli.js';
import { captured, type Captured } from './captured.js';

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
function run(...argv: string[]): Promise<Captured> {
  return captured(() => main(argv));
}

/** `manbind generate --no-cache ...`: tests must not touch the repo's node_modules/.cache (cache.test.ts covers it). */
const generate = (...argv: string[]) => run('generate', '--no-cache', ...argv);

const rel = (p: string): string => relative(process.cwd(), p);
const summaryLine = /^manbind: (\d+) docs read, (\d+) options, (\d+) infos, (\d+) functions emitted \(\d+, \d+ and \d+ served by the manbind runtime\), (\d+) diagnostics, \d+ ms$/;

describe('manbind generate', () => {
  it('writes the bindings and ends with the summary line', async () => {
    const { code, stdout, stderr } = await generate('--specs', join(dir, 'specs'), '--out', join(dir, 'out'));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      'manbind: 3 of 3 options and 0 of 0 infos typed precisely',
      expect.stringMatching(summaryLine),
    ]);
    const counts = summaryLine.exec(lines.at(-1)!)!.slice(1, 6);
    expect(counts.slice(0, 4)).toEqual(['3', '3', '0', '0']);
    // The see-also names pages these three docs do not include: one line for the rule, with the count.
    expect(stderr).toMatch(new RegExp(`^manbind: see-also:unknown: ${counts[4]} warnings, first: .*\\[see-also:unknown\\]\nmanbind: --verbose lists all ${counts[4]} diagnostics\n$`));
    const options = readFileSync(join(dir, 'out', 'options.ts'), 'utf8');
    // The stamp names the specs folder by its own name, wherever the run started.
    expect(options.split('\n')[0]).toBe('// generated from specs by manbind; do not edit');
    expect(readFileSync(join(dir, 'out', 'validators.ts'), 'utf8')).toContain('  CONNECT_ONLY: oneOf(0, 1, 2),\n');
  });

  it('prints each diagnostic as path:line:col: message [rule] under --verbose, and --strict fails on them', async () => {
    writeFileSync(join(dir, 'specs', 'CURLOPT_BROKEN.md'), 'no frontmatter here\n');
    const specs = join(dir, 'specs');
    const lenient = await generate('--specs', specs, '--out', join(dir, 'out'), '--verbose');
    expect(lenient.code).toBe(0);
    const diagnostic = `${rel(join(specs, 'CURLOPT_BROKEN.md'))}:1:1: Expected frontmatter between \`---\` lines at the start of the file, found \`no frontmatter here\` [curldown:frontmatter]`;
    expect(lenient.stderr.split('\n')).toContain(diagnostic);
    expect(lenient.stdout).toMatch(/4 docs read, 3 options, 0 infos, 0 functions emitted \(3, 0 and 0 served by the manbind runtime\), \d+ diagnostics/);

    const strict = await generate('--specs', specs, '--out', join(dir, 'out'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr.split('\n')).toContain(`manbind: curldown:frontmatter: 1 error, first: ${diagnostic}`);
    expect(strict.stderr).toMatch(/^manbind: --strict: \d+ diagnostic\(s\)$/m);
  });

  it('prints one line per rule with its count, and every diagnostic only under --verbose', async () => {
    for (const n of [1, 2, 3]) writeFileSync(join(dir, 'specs', `CURLOPT_BROKEN${n}.md`), 'no frontmatter here\n');
    const specs = join(dir, 'specs');
    const quiet = await generate('--specs', specs, '--out', join(dir, 'out'));
    expect(quiet.code).toBe(0);
    const first = `${rel(join(specs, 'CURLOPT_BROKEN1.md'))}:1:1: Expected frontmatter between \`---\` lines at the start of the file, found \`no frontmatter here\` [curldown:frontmatter]`;
    const lines = quiet.stderr.trimEnd().split('\n');
    const total = Number(/(\d+) diagnostics, \d+ ms$/.exec(quiet.stdout.trimEnd())![1]);
    // Rules in name order, each with its count and first diagnostic; then the hint.
    expect(lines).toEqual([
      `manbind: curldown:frontmatter: 3 errors, first: ${first}`,
      expect.stringMatching(new RegExp(`^manbind: see-also:unknown: ${total - 3} warnings, first: `)),
      `manbind: --verbose lists all ${total} diagnostics`,
    ]);
    const verbose = await generate('--specs', specs, '--out', join(dir, 'out'), '--verbose');
    const all = verbose.stderr.trimEnd().split('\n');
    expect(all).toHaveLength(total);
    expect(all.filter((l) => l.endsWith('[curldown:frontmatter]'))).toEqual([1, 2, 3].map((n) => first.replace('BROKEN1', `BROKEN${n}`)));
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
    [['generate', 'extra'], 'manbind: unexpected argument extra'],
  ])('%j -> exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${message}\nusage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--verbose] [--runtime-import SPEC] [--docs-url URL] [--no-cache]\n`,
    );
  });

  it.each([
    [['build'], 'manbind: unknown command build'],
    [[], 'manbind: missing command'],
  ])('%j -> exit 2 with the commands', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\nusage: manbind <generate|docs|diff> [flags]; \`manbind --help\` lists them\n`);
  });

  it('parses defaults and = forms', () => {
    expect(parseArgs(['generate'])).toEqual({ specs: 'specs', out: 'generated', check: false, strict: false, json: false, verbose: false, cache: true });
    expect(
      parseArgs(['generate', '--specs=a', '--out', 'b', '--check', '--strict', '--json', '--verbose', '--runtime-import', 'x', '--docs-url=u', '--no-cache']),
    ).toEqual({
      specs: 'a',
      out: 'b',
      check: true,
      strict: true,
      json: true,
      verbose: true,
      cache: false,
      runtimeImport: 'x',
      docsUrl: 'u',
    });
    expect(parseArgs(['--help'])).toBe('help');
    expect(parseArgs(['generate', '--version'])).toBe('version');
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
      'manbind: unknown flag --nope\nusage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--verbose] [--runtime-import SPEC] [--docs-url URL] [--no-cache]\n',
    );
  });
});

describe('--help and --version', () => {
  it('--help lists every command and flag with its default, and the exit codes', async () => {
    for (const argv of [['--help'], ['-h'], ['generate', '--help'], ['docs', '-h']]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(help);
    }
    for (const command of ['generate', 'docs', 'diff OLD NEW [--json] [--fail-on removed,changed]']) expect(help).toContain(`\n  ${command}`);
    // Each command's flags, each described on its own line, with the default where it has one.
    const section = (from: string, to: string): string => help.slice(help.indexOf(`\n${from}`), help.indexOf(`\n${to}`));
    const flags: [string, string, string][] = [
      ['generate [', '--specs DIR', '(default: specs)'],
      ['generate [', '--out DIR', '(default: generated)'],
      ['generate [', '--check', 'write nothing'],
      ['generate [', '--strict', 'exit 1'],
      ['generate [', '--json', 'JSON'],
      ['generate [', '--verbose', '(default: one line per rule'],
      ['generate [', '--runtime-import SPEC', 'else manbind/types)'],
      ['generate [', '--docs-url URL', 'https://curl.se/libcurl/c/'],
      ['generate [', '--no-cache', '(default: reuse parses'],
      ['docs [', '--specs DIR', '(default: specs)'],
      ['docs [', '--out DIR', '(default: site)'],
      ['docs [', '--title TEXT', "(default: the docs' own name"],
      ['docs [', '--verbose', '(default: one line per rule'],
      ['docs [', '--no-cache', '(default: reuse parses)'],
      ['diff OLD', '--json', 'JSON'],
      ['diff OLD', '--fail-on KINDS', 'exit 1'],
    ];
    const next: Record<string, string> = { 'generate [': 'docs [', 'docs [': 'diff OLD', 'diff OLD': 'exit codes:' };
    for (const [command, flag, note] of flags) {
      const text = section(command, next[command]!);
      const at = text.indexOf(`\n  ${flag} `);
      expect(at, `${command} ${flag}`).toBeGreaterThan(0);
      const described = text.slice(at + 1).split(/\n(?= {2}-)/)[0]!; // up to the next flag line
      expect(described.replace(/\s+/g, ' '), `${command} ${flag}`).toContain(note);
    }
    expect(help).toContain('--help');
    expect(help).toContain('--version');
    expect(help).toMatch(/exit codes:\n {2}0 {2}.*\n {2}1 {2}.*check.*\n(?: {5}.*\n)+ {2}2 {2}usage error/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['generate', '--version']]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(`manbind ${pkg.version}\n`);
    }
  });
});

describe('user errors are one line, never an internal error', () => {
  it('--out naming an existing file: exit 1, one line saying so', async () => {
    const file = join(dir, 'README.md');
    writeFileSync(file, 'mine\n');
    for (const command of ['generate', 'docs']) {
      const { code, stdout, stderr } = await run(command, '--no-cache', '--specs', join(dir, 'specs'), '--out', file);
      expect(code, command).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`manbind: expected --out to name a folder, found a file: ${file}\n`);
      expect(readFileSync(file, 'utf8')).toBe('mine\n');
    }
    // --check, which writes nothing, says the same.
    expect((await generate('--specs', join(dir, 'specs'), '--out', file, '--check')).stderr).toBe(`manbind: expected --out to name a folder, found a file: ${file}\n`);
  });

  it('--out under a file: exit 1, one line naming it', async () => {
    writeFileSync(join(dir, 'plain'), '');
    const out = join(dir, 'plain', 'gen');
    const { code, stderr } = await generate('--specs', join(dir, 'specs'), '--out', out);
    expect(code).toBe(1);
    expect(stderr).toBe(`manbind: cannot create folder ${out}: ${join(dir, 'plain')} is a file, not a folder\n`);
  });

  // Node 20's recursive mkdirSync never returns for a path under /proc; the CLI must not hang.
  it.skipIf(!existsSync('/proc/self'))('an unwritable --out (under /proc) fails within a second with one line', async () => {
    for (const command of ['generate', 'docs']) {
      const out = `/proc/manbind-test-${process.pid}/out`;
      const started = performance.now();
      const { code, stdout, stderr } = await run(command, '--no-cache', '--specs', join(dir, 'specs'), '--out', out);
      expect(performance.now() - started, command).toBeLessThan(1000);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^manbind: cannot create folder ${out}: /proc/manbind-test-\\d+: [a-z ]+\\n$`));
      expect(stderr).not.toContain('internal error');
    }
  });

  it('an unreadable specs folder entry is a user error too', async () => {
    const { code, stderr } = await generate('--specs', join(dir, 'specs', 'CURLOPT_URL.md'), '--out', join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toBe(`manbind: expected a folder of docs, not a file: ${rel(join(dir, 'specs', 'CURLOPT_URL.md'))}\n`);
  });
});
