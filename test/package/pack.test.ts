// The packages as users get them (issues 5 and 11): `npm run packages` (the build, then both
// tarballs), then two scratch projects. A runtime user installs `manbind` alone: nothing else is
// installed, it is at most 500 kB unpacked, and there an ESM import runs a connect-only transfer
// against a loopback echo server and a consumer type-checks strictly (a wrong option value must be
// a type error). A generator user installs both tarballs: `npx manbind generate` turns the user's
// own specs into bindings that compile, and their hover says which options the runtime serves.
// The generator's dependencies come from the npm registry (or npm's cache); skipped when npm is absent.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Packed } from '../../packages/pack.js';
import { dropMapMemberComments, halveIndent, moduleSpecifiers, packagedDocComment, runtimeBudget } from '../../packages/pack.js';

const repo = join(import.meta.dirname, '..', '..');
const haveNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveNpm) console.warn('npm is not on PATH: skipping the package test (npm run packages, npm install)');

const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The environment for child npm runs: without the npm_package_* / npm_lifecycle_* variables `npm
 * test` sets, which describe this repository rather than the scratch project.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_/i.test(key) || /^npm_config_local_prefix$/i.test(key)) delete env[key];
  }
  return env;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command without blocking the event loop (the echo server lives in this process). */
function run(file: string, args: string[], cwd: string, timeout = 240_000): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: childEnv(), timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr + (error && typeof error.code !== 'number' ? `\n${error.message}` : '') });
    });
  });
}

/** Expect exit 0, showing the command's output when not. */
function ok(result: Result, what: string): Result {
  expect(result.code, `${what} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/** Every file under `root`, relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
}

/** `file: specifier` for every import of a package (neither relative nor node:) in the .js files under `root`. */
function bareImports(root: string): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const name of filesUnder(root).filter((f) => f.endsWith('.js'))) {
    const specifiers = moduleSpecifiers(readFileSync(join(root, name), 'utf8'));
    seen += specifiers.length;
    for (const s of specifiers) if (!s.startsWith('.') && !s.startsWith('node:')) found.push(`${name}: ${s}`);
  }
  // A scan that found no imports at all would prove nothing.
  expect(seen, root).toBeGreaterThan(0);
  return found;
}

/** A scratch ESM project that has installed `tarballs`. */
async function scratchProject(dir: string, name: string, tarballs: string[]): Promise<string> {
  const app = join(dir, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }, null, 2));
  ok(await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], app), `npm install ${tarballs.join(' ')}`);
  return app;
}

/** A strict tsconfig for a scratch project, checking the shipped declarations too. */
function strictConfig(files: { files?: string[]; include?: string[] }, emit: boolean): string {
  return JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        ...(emit ? { outDir: 'build' } : { noEmit: true }),
        // Check the shipped declarations too, against the repository's @types/node.
        skipLibCheck: false,
        typeRoots: [join(repo, 'node_modules', '@types')],
        types: ['node'],
      },
      ...files,
    },
    null,
    2,
  );
}

describe('dropMapMemberComments', () => {
  it("drops the value maps' member comments and nothing else", () => {
    const dts = [
      'export declare const CURLOPT: {',
      '    /**',
      '     * the URL',
      '     */',
      '    readonly URL: "URL";',
      '};',
      'export interface SetoptMap {',
      '    /**',
      '     * the URL',
      '     */',
      '    URL: string | null;',
      '    /** by number */',
      '    10002: SetoptMap["URL"];',
      '}',
      'export interface Setopt {',
      '    /** Set one option */',
      '    setopt<K extends keyof SetoptMap>(option: K, value: SetoptMap[K]): number;',
      '}',
      '',
    ].join('\n');
    expect(dropMapMemberComments(dts).split('\n')).toEqual([
      'export declare const CURLOPT: {',
      '    /**',
      '     * the URL',
      '     */',
      '    readonly URL: "URL";',
      '};',
      'export interface SetoptMap {',
      '    URL: string | null;',
      '    10002: SetoptMap["URL"];',
      '}',
      'export interface Setopt {',
      '    /** Set one option */',
      '    setopt<K extends keyof SetoptMap>(option: K, value: SetoptMap[K]): number;',
      '}',
      '',
    ]);
  });
});

describe('packagedDocComment', () => {
  it('keeps the summary, the facts, deprecation and the page link; drops the body and See-also', () => {
    const comment = [
      '    /**',
      '     * set up the connection, then hand it to the application',
      '     *',
      '     * A long description that the docs site and the generated bindings keep.',
      '     *',
      '     * Default: 0',
      '     *',
      '     * Protocols: All',
      '     *',
      '     * @since 7.15.2',
      '     * @deprecated since 9.9.9',
      '     * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}',
      '     * @see curl_easy_send',
      '     * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html | CURLOPT_CONNECT_ONLY} from CURLOPT_CONNECT_ONLY.md (generated; do not edit)',
      '     */',
    ].join('\n');
    expect(packagedDocComment(comment).split('\n')).toEqual([
      '    /**',
      '     * set up the connection, then hand it to the application',
      '     *',
      '     * Default: 0',
      '     *',
      '     * Protocols: All',
      '     *',
      '     * @since 7.15.2',
      '     * @deprecated since 9.9.9',
      '     * @see https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html',
      '     */',
      '',
    ]);
  });

  it('drops a comment with nothing to keep', () => {
    expect(packagedDocComment('/**\n * @see specs (generated; do not edit)\n */')).toBe('');
  });
});

describe('halveIndent', () => {
  it('two spaces a level where tsc writes four; comment lines keep their offset', () => {
    const dts = ['export declare const CURLOPT: {', '    /**', '     * summary', '     */', '    readonly URL: "URL";', '    f(): {', '        a: 1;', '    };', '};', ''].join('\n');
    expect(halveIndent(dts).split('\n')).toEqual(['export declare const CURLOPT: {', '  /**', '   * summary', '   */', '  readonly URL: "URL";', '  f(): {', '    a: 1;', '  };', '};', '']);
  });
});

describe('moduleSpecifiers', () => {
  it('finds what a module imports, and not text in strings of emitted code', () => {
    const js = [
      "import { a } from './a.js';",
      "import './side.js';",
      'export { b,',
      "  c } from '../b.js';",
      "export * from 'pkg';",
      'export function f(cwd) {',
      "    const modules = join(cwd, 'node_modules');",
      "    w.writeLine(`export * from './${m}.js';`);",
      "    await import('./diff/cli.js');",
      '}',
      "import type { T } from 'node:fs';",
      '',
    ].join('\n');
    expect(moduleSpecifiers(js)).toEqual(['./a.js', './side.js', '../b.js', 'pkg', 'node:fs', './diff/cli.js']);
  });
});

describe.skipIf(!haveNpm)('npm run packages', () => {
  let dir: string;
  let runtime: Packed;
  let codegen: Packed;
  /** The runtime user's project: manbind alone. */
  let app: string;
  /** The generator user's project: both packages. */
  let genApp: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'manbind-pack-'));
    // The script builds first, so the tarballs hold the current sources.
    const pack = ok(await run('npm', ['run', 'packages', '--silent', '--', '--out', dir, '--json'], repo), 'npm run packages');
    const packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Packed[];
    runtime = packed.find((p) => p.name === 'manbind')!;
    codegen = packed.find((p) => p.name === 'manbind-codegen')!;
    expect(packed.map((p) => p.filename)).toEqual(['manbind-0.1.0.tgz', 'manbind-codegen-0.1.0.tgz']);
    app = await scratchProject(dir, 'app', [runtime.path]);
    genApp = await scratchProject(dir, 'gen-app', [runtime.path, codegen.path]);
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the runtime package: no dependencies, nothing else installed, at most 500 kB unpacked', () => {
    expect(runtime.dependencies).toEqual({});
    // Only manbind in node_modules: no dependency, direct or not.
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['manbind']);
    expect(runtime.unpackedSize).toBeLessThanOrEqual(runtimeBudget);
    expect(runtimeBudget).toBe(500_000);
    const installed = join(app, 'node_modules', 'manbind');
    const bytes = filesUnder(installed).reduce((n, f) => n + statSync(join(installed, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(500_000);
    console.log(`manbind: ${runtime.files.length} files, ${runtime.size} bytes packed, ${runtime.unpackedSize} bytes unpacked (${bytes} installed)`);
    console.log(`manbind-codegen: ${codegen.files.length} files, ${codegen.size} bytes packed, ${codegen.unpackedSize} bytes unpacked`);
  });

  it('the runtime package ships the bundle, the declarations and its README; no generator, tests or sources', () => {
    for (const file of ['package.json', 'README.md', 'dist/index.js', 'dist/types.js', 'dist/served.js', 'dist/runtime/index.d.ts', 'dist/runtime/types.d.ts', 'dist/runtime/api/served.d.ts', 'dist/generated/options.d.ts', 'dist/generated/info.d.ts']) {
      expect(runtime.files).toContain(file);
    }
    const unwanted = runtime.files.filter((p) => /codegen|(^|\/)(test|bench)\//.test(p) || (p.endsWith('.ts') && !p.endsWith('.d.ts')));
    expect(unwanted).toEqual([]);
    expect(bareImports(join(app, 'node_modules', 'manbind', 'dist'))).toEqual([]);
  });

  it('the generator package ships the CLI, its API, the overrides and README, and no runtime code', () => {
    for (const file of ['package.json', 'README.md', 'codegen/overrides.json', 'dist/codegen/cli.js', 'dist/codegen/index.js', 'dist/codegen/index.d.ts']) {
      expect(codegen.files).toContain(file);
    }
    // The one runtime module it names is a re-export of manbind/served.
    expect(codegen.files.filter((p) => p.startsWith('dist/runtime/'))).toEqual(['dist/runtime/api/served.d.ts', 'dist/runtime/api/served.js']);
    const installed = join(genApp, 'node_modules', 'manbind-codegen');
    expect(readFileSync(join(installed, 'dist', 'runtime', 'api', 'served.js'), 'utf8')).toContain("export * from 'manbind/served';");
    const unwanted = codegen.files.filter((p) => /(^|\/)(test|bench|generated)\//.test(p) || (p.endsWith('.ts') && !p.endsWith('.d.ts')));
    expect(unwanted).toEqual([]);
    // It depends on the runtime at its own version, and every package the CLI imports is a declared dependency.
    expect(codegen.dependencies['manbind']).toBe(codegen.version);
    const cliBare = bareImports(join(installed, 'dist'));
    expect(cliBare.map((s) => s.split(': ')[1])).toEqual(expect.arrayContaining(['unified', 'remark-parse', 'yaml', 'manbind/served']));
    for (const s of cliBare) {
      const specifier = s.split(': ')[1]!;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      expect(codegen.dependencies, s).toHaveProperty([name]);
    }
    // The manbind it uses is the runtime tarball, installed once beside it.
    expect(readdirSync(installed).includes('node_modules')).toBe(false);
    const lock = JSON.parse(readFileSync(join(genApp, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    expect(lock.packages['node_modules/manbind']?.resolved).toMatch(/manbind-0\.1\.0\.tgz$/);
  });

  it('imports from ESM, type-checks strictly (a wrong option value is a type error), shows the hover and runs', async () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { Easy, Multi, CURLOPT, CURLINFO, CURLE } from 'manbind';",
        '',
        'const port = Number(process.argv[2]);',
        'const easy = new Easy();',
        "easy.setopt(CURLOPT.URL, `http://127.0.0.1:${port}/`);",
        '// @ts-expect-error CONNECT_ONLY takes 0, 1 or 2',
        "console.log('bad value', easy.setopt(CURLOPT.CONNECT_ONLY, 3));",
        'easy.setopt(CURLOPT.CONNECT_ONLY, 1);',
        "console.log('perform', await easy.perform());",
        "const sent = easy.send(new TextEncoder().encode('ping'));",
        "console.log('send', sent.code, sent.n);",
        'const buf = new Uint8Array(16);',
        'let r = easy.recv(buf);',
        "while (r.code === CURLE.AGAIN) { await easy.wait('recv'); r = easy.recv(buf); }",
        "console.log('recv', r.code, new TextDecoder().decode(buf.subarray(0, r.n)));",
        'const code: number = easy.getinfo(CURLINFO.RESPONSE_CODE).code;',
        "console.log('getinfo', code);",
        'easy.cleanup();',
        "console.log('multi', new Multi().cleanup());",
        "const { served } = await import('manbind/served');",
        "console.log('served', served.options.includes('URL'), served.options.includes('HSTS'));",
        '',
      ].join('\n'),
    );
    writeFileSync(join(app, 'tsconfig.json'), strictConfig({ files: ['consumer.ts'] }, true));
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.json'], app), 'tsc over consumer.ts');

    // Without the expect-error comment the same file must fail to compile: the check has teeth.
    const source = readFileSync(join(app, 'consumer.ts'), 'utf8');
    writeFileSync(join(app, 'consumer.ts'), source.replace('// @ts-expect-error CONNECT_ONLY takes 0, 1 or 2\n', ''));
    const bad = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], app);
    writeFileSync(join(app, 'consumer.ts'), source);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/consumer\.ts\(6,\d+\): error TS\d+/);

    // The hover of CURLOPT.URL: its doc comment is in the shipped declarations.
    const options = readFileSync(join(app, 'node_modules', 'manbind', 'dist', 'generated', 'options.d.ts'), 'utf8');
    const url = options.indexOf('readonly URL: "URL";');
    expect(url).toBeGreaterThan(0);
    expect(options.slice(options.lastIndexOf('/**', url), url)).toMatch(/@see https:\/\/curl\.se\/libcurl\/c\/CURLOPT_URL\.html\n/);

    const echo = net.createServer((s) => {
      s.on('error', () => {});
      s.pipe(s);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      const port = (echo.address() as net.AddressInfo).port;
      const out = ok(await run(process.execPath, ['build/consumer.js', String(port)], app, 30_000), 'node build/consumer.js');
      expect(out.stdout.trimEnd().split('\n')).toEqual(['bad value 43', 'perform 0', 'send 0 4', 'recv 0 ping', 'getinfo 0', 'multi 0', 'served true false']);
    } finally {
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  }, 240_000);

  it("npx manbind generate works on the user's own specs, the bindings compile and the hover says what the runtime serves", async () => {
    mkdirSync(join(genApp, 'docs'), { recursive: true });
    // PORT's range comes from codegen/overrides.json only: finding it proves the CLI found the file.
    for (const name of ['CURLOPT_PORT.md', 'CURLINFO_ACTIVESOCKET.md']) cpSync(join(repo, 'specs', name), join(genApp, 'docs', name));
    // An option of the user's own that the runtime has no handler for.
    const never = readFileSync(join(repo, 'specs', 'CURLOPT_PORT.md'), 'utf8').replaceAll('CURLOPT_PORT', 'CURLOPT_MANBIND_NEVER');
    writeFileSync(join(genApp, 'docs', 'CURLOPT_MANBIND_NEVER.md'), never);
    const gen = ok(await run('npx', ['manbind', 'generate', '--specs', './docs', '--out', './gen'], genApp), 'npx manbind generate');
    expect(gen.stdout).toMatch(/^manbind: 3 docs read, 2 options, 1 infos, 0 functions emitted \(1, 1 and 0 served by the manbind runtime\), \d+ diagnostics, \d+ ms$/m);
    expect(readFileSync(join(genApp, 'gen', 'validators.ts'), 'utf8')).toContain('PORT: inRange(0, 65535)');
    // The runtime types come from the installed package ('manbind/types', the default).
    expect(readFileSync(join(genApp, 'gen', 'info.ts'), 'utf8')).toContain("from 'manbind/types';");
    // The hover says which option the runtime does not serve, from the installed runtime's list.
    const options = readFileSync(join(genApp, 'gen', 'options.ts'), 'utf8');
    const comment = (key: string): string => {
      const at = options.indexOf(`\n  ${key}: '${key}',\n`);
      expect(at, key).toBeGreaterThan(0);
      return options.slice(options.lastIndexOf('/**', at), at);
    };
    expect(comment('MANBIND_NEVER')).toContain('@remarks Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48) for it.');
    expect(comment('PORT')).not.toContain('@remarks');
    expect(ok(await run('npx', ['manbind', '--version'], genApp), 'npx manbind --version').stdout).toBe('manbind 0.1.0\n');

    writeFileSync(
      join(genApp, 'use-gen.ts'),
      [
        "import type { CurlSocket } from 'manbind/types';",
        "import { CURLOPT, CURLINFO, validateOption, type Getinfo, type Setopt } from './gen/index.js';",
        '',
        'declare const handle: Setopt & Getinfo;',
        'export const rc: number = handle.setopt(CURLOPT.PORT, 8080);',
        '// @ts-expect-error PORT takes a number',
        "handle.setopt(CURLOPT.PORT, '8080');",
        'export const socket: CurlSocket = handle.getinfo(CURLINFO.ACTIVESOCKET).value;',
        "export const checks = [validateOption('PORT', 80), validateOption('PORT', 70000)];",
        '// The generator API types resolve too (they name mdast types, from its dependencies).',
        "export type Summary = import('manbind-codegen').GenerateResult['summary'];",
        '',
      ].join('\n'),
    );
    writeFileSync(join(genApp, 'tsconfig.gen.json'), strictConfig({ include: ['use-gen.ts', 'gen'] }, false));
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.gen.json'], genApp), 'tsc over the generated bindings');
  }, 240_000);
});
