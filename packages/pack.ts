// `npm run packages`: the two packages this repository publishes, as protobuf-es publishes its
// runtime (@bufbuild/protobuf) and its generator (@bufbuild/protoc-gen-es) from one repository:
//
//   manbind          the runtime (runtime/ and the bindings in generated/): no dependencies, one
//                    ESM bundle plus the declarations its entry points reach, within 500 kB
//   manbind-codegen  the generator (codegen/): the `manbind` command, its API and the docs site,
//                    with their dependencies; it depends on manbind for `manbind/types` (what the
//                    bindings it writes import) and `manbind/served` (what the runtime serves)
//
// Each package's manifest and README live in packages/<name>/. The build (tsc, dist/) comes
// first; this script copies what each package ships from dist/ into a scratch folder and runs
// `npm pack` there, so the top-level folders stay as they are.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The runtime package's budget (issue 11): a runtime user installs nothing else and little. */
export const runtimeBudget = 500_000;

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** What `npm pack --json` says about one tarball, and where it was written. */
export interface Packed {
  name: string;
  version: string;
  filename: string;
  path: string;
  size: number;
  unpackedSize: number;
  files: string[];
  dependencies: Record<string, string>;
}

/** The repository: the folder above this file's packages/ (from packages/ or dist/packages/). */
function repoRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'packages', 'manbind', 'package.json'))) return dir;
  }
  throw new Error('pack: cannot find the repository (packages/manbind/package.json) above this script');
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The manifests agree with the repository's: one version, and the generator's dependencies are
 * the repository's plus the runtime at that version. */
export function checkManifests(repo: string): { runtime: Manifest; codegen: Manifest } {
  const root = readJson<Manifest>(join(repo, 'package.json'));
  const runtime = readJson<Manifest>(join(repo, 'packages', 'manbind', 'package.json'));
  const codegen = readJson<Manifest>(join(repo, 'packages', 'manbind-codegen', 'package.json'));
  for (const m of [runtime, codegen]) {
    if (m.version !== root.version) throw new Error(`pack: packages/${m.name}/package.json has version ${m.version}, the repository ${root.version}`);
  }
  if (Object.keys(runtime.dependencies ?? {}).length > 0) throw new Error('pack: the runtime package must have no dependencies');
  const want = { ...root.dependencies, manbind: root.version };
  const have = codegen.dependencies ?? {};
  const names = [...new Set([...Object.keys(want), ...Object.keys(have)])].sort();
  const differ = names.filter((n) => want[n as keyof typeof want] !== have[n]);
  if (differ.length > 0) {
    const show = (d: Record<string, string>, n: string): string => d[n] ?? '(none)';
    throw new Error(
      `pack: packages/manbind-codegen/package.json's dependencies differ from the repository's (plus manbind ${root.version}): ` +
        differ.map((n) => `${n} ${show(have, n)} there, ${show(want, n)} wanted`).join('; '),
    );
  }
  return { runtime, codegen };
}

/** Module specifiers of a .js or .d.ts file as tsc writes them: `import`/`export ... from` at the
 * start of a line, `import '...'`, and `import('...')` (not text inside strings of emitted code). */
export function moduleSpecifiers(text: string): string[] {
  const statics = [...text.matchAll(/^(?:(?:import|export)[\s{*][^;'"]*?\bfrom\s*|import\s*)['"]([^'"$]+)['"]/gm)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"$]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...statics, ...dynamic];
}

/** Relative module specifiers of a .js or .d.ts file. */
function relativeImports(text: string): string[] {
  return moduleSpecifiers(text).filter((s) => s.startsWith('./') || s.startsWith('../'));
}

/** The .d.ts files under `dist` that the given entry declarations reach, as paths inside `dist`,
 * each with its distance from the nearest entry (0 for an entry). */
function reachableDeclarations(dist: string, entries: string[]): Map<string, number> {
  const depth = new Map<string, number>();
  const queue: [string, number][] = entries.map((e) => [e, 0]);
  while (queue.length > 0) {
    const [file, d] = queue.shift()!;
    if (depth.has(file)) continue;
    const abs = join(dist, file);
    if (!existsSync(abs)) throw new Error(`pack: ${join('dist', file)} is missing; run the build first (npm run build)`);
    depth.set(file, d);
    for (const spec of relativeImports(readFileSync(abs, 'utf8'))) {
      queue.push([normalize(join(dirname(file), spec.replace(/\.js$/, '.d.ts'))).split(sep).join('/'), d + 1]);
    }
  }
  return new Map([...depth].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A declaration file without its doc comments. */
const withoutDocComments = (dts: string): string => dts.replace(/^ *\/\*\*[\s\S]*?\*\/\n/gm, '');

/**
 * The value maps (SetoptMap, GetinfoMap, MultiSetoptMap) without their members' doc comments:
 * each repeats the comment its name-object member (`CURLOPT.URL`, what the hover shows) carries,
 * and the two copies would take the runtime package past its budget.
 */
export function dropMapMemberComments(dts: string): string {
  return dts.replace(/(export interface (?:Setopt|Getinfo|MultiSetopt)Map \{\n)([\s\S]*?)(\n\})/g, (_m, head: string, body: string, tail: string) => {
    return head + withoutDocComments(body) + tail;
  });
}

/**
 * A generated doc comment as the runtime package ships it: the summary line (the page's NAME),
 * the Default, Protocols and Added-in facts, deprecation, and the link to the option's full page
 * (its URL);
 * the description, the See-also list and the "generated; do not edit" notes stay in the generated
 * bindings of the repository and the generator package. Full doc comments for every served
 * option would take the package past its budget (the docs alone are larger than the engine).
 */
export function packagedDocComment(comment: string): string {
  const lines = comment.split('\n');
  const indent = /^( *)\/\*\*/.exec(lines[0]!)?.[1] ?? '';
  const text = lines.slice(1, -1).map((l) => l.replace(/^ *\* ?/, ''));
  const kept: string[] = [];
  const summary = text.findIndex((l) => l.trim() !== '');
  if (summary >= 0 && !text[summary]!.startsWith('@')) kept.push(text[summary]!);
  for (let i = summary + 1; i < text.length; i++) {
    const l = text[i]!;
    if (/^(Default|Protocols): /.test(l)) kept.push('', l);
    else if (/^@(since|deprecated)\b/.test(l)) kept.push(l);
    // the page link as a bare URL (an editor's hover shows it as a link all the same): the named
    // form's text repeats the name the hover is on, 13 kB over the package
    else if (/^@see \{@link https:\/\//.test(l)) kept.push(l.replace(/^@see \{@link (\S+) \|.*$/, '@see $1'));
  }
  if (kept.length === 0) return '';
  // the facts after the summary, the tags after a blank line (as the generator lays them out)
  const firstTag = kept.findIndex((l) => l.startsWith('@'));
  if (firstTag > 0 && kept[firstTag - 1] !== '') kept.splice(firstTag, 0, '');
  return [`${indent}/**`, ...kept.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join('\n') + '\n';
}

/**
 * A declaration file indented by two spaces a level where tsc writes four (tsc has no setting for
 * it): the shipped declarations are a third of the runtime package, and their indentation a
 * tenth of those. Comment lines (` * `) keep their one-space offset.
 */
export function halveIndent(dts: string): string {
  return dts.replace(/^ +/gm, (lead) => ' '.repeat((lead.length >> 2) * 2 + (lead.length & 3)));
}

/** Every doc comment of a generated declaration file, as the runtime package ships it. */
const packagedDocComments = (dts: string): string => dts.replace(/^ *\/\*\*[\s\S]*?\*\/\n/gm, (c) => packagedDocComment(c.slice(0, -1)));

/** The runtime package: manifest, README, the bundle and the declarations, in `stage`. */
async function stageRuntime(repo: string, stage: string): Promise<void> {
  const dist = join(repo, 'dist');
  cpSync(join(repo, 'packages', 'manbind', 'package.json'), join(stage, 'package.json'));
  cpSync(join(repo, 'packages', 'manbind', 'README.md'), join(stage, 'README.md'));
  // The entry points of the package's exports: '.', './types', './served'.
  const entries = { index: 'runtime/index', types: 'runtime/types', served: 'runtime/api/served' };
  for (const path of Object.values(entries)) {
    if (!existsSync(join(dist, `${path}.js`))) throw new Error(`pack: dist/${path}.js is missing; run the build first (npm run build)`);
  }
  // One bundle of tsc's output (stale files in dist/ are never reached), shared code in one chunk;
  // minified for size, with class and function names kept for stack traces and console output.
  const result = await build({
    entryPoints: Object.entries(entries).map(([out, path]) => ({ in: join(dist, `${path}.js`), out })),
    outdir: join(stage, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'silent',
    metafile: true,
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const packages = output.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path);
    if (packages.length > 0) throw new Error(`pack: the runtime bundle ${file} imports packages (${packages.join(', ')}); it must have no dependencies`);
  }
  // The declarations the entry points export from keep their doc comments (Easy's methods, the
  // callback types, the bindings); the engine's, reached only through those, are there for the
  // types alone and go without theirs.
  for (const [file, depth] of reachableDeclarations(dist, Object.values(entries).map((p) => `${p}.d.ts`))) {
    const text = readFileSync(join(dist, file), 'utf8');
    mkdirSync(dirname(join(stage, 'dist', file)), { recursive: true });
    const shipped = file.startsWith('generated/') ? packagedDocComments(dropMapMemberComments(text)) : depth > 1 ? withoutDocComments(text) : text;
    writeFileSync(join(stage, 'dist', file), halveIndent(shipped));
  }
}

/** Source files (.ts, not .d.ts) under `dir`, relative to `root`. */
function sources(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(root, p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** The one runtime module the generator imports (codegen/served.ts): in the package, a re-export
 * of the manbind package's own. */
const servedShim = {
  js: "// The runtime's list of what it serves, from the manbind package (runtime/api/served.ts).\nexport * from 'manbind/served';\n",
  dts: "export * from 'manbind/served';\n",
};

/** The generator package: manifest, README, overrides and the compiled codegen/, in `stage`. */
function stageCodegen(repo: string, stage: string): void {
  const dist = join(repo, 'dist');
  cpSync(join(repo, 'packages', 'manbind-codegen', 'package.json'), join(stage, 'package.json'));
  cpSync(join(repo, 'packages', 'manbind-codegen', 'README.md'), join(stage, 'README.md'));
  mkdirSync(join(stage, 'codegen'));
  cpSync(join(repo, 'codegen', 'overrides.json'), join(stage, 'codegen', 'overrides.json'));
  // What tsc made of each source file (stale files of renamed sources stay behind).
  for (const source of sources(repo, 'codegen')) {
    for (const ext of ['.js', '.d.ts']) {
      const file = source.replace(/\.ts$/, ext);
      if (!existsSync(join(dist, file))) throw new Error(`pack: dist/${file} is missing; run the build first (npm run build)`);
      mkdirSync(dirname(join(stage, 'dist', file)), { recursive: true });
      cpSync(join(dist, file), join(stage, 'dist', file));
    }
  }
  mkdirSync(join(stage, 'dist', 'runtime', 'api'), { recursive: true });
  writeFileSync(join(stage, 'dist', 'runtime', 'api', 'served.js'), servedShim.js);
  writeFileSync(join(stage, 'dist', 'runtime', 'api', 'served.d.ts'), servedShim.dts);
  // Every relative import resolves inside the package: the generator carries no runtime code.
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') || e.name.endsWith('.d.ts')) {
        for (const spec of relativeImports(readFileSync(p, 'utf8'))) {
          const target = resolve(dirname(p), e.name.endsWith('.d.ts') ? spec.replace(/\.js$/, '.d.ts') : spec);
          if (!existsSync(target)) missing.push(`${relative(stage, p)}: ${spec}`);
        }
      }
    }
  };
  walk(join(stage, 'dist'));
  if (missing.length > 0) throw new Error(`pack: the generator package imports files it does not ship: ${missing.join(', ')}`);
}

function npmPack(stage: string, out: string): Packed {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const json = execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(json.slice(json.indexOf('['))) as { name: string; version: string; filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  const manifest = readJson<Manifest>(join(stage, 'package.json'));
  return {
    name: info!.name,
    version: info!.version,
    filename: info!.filename,
    path: join(out, info!.filename),
    size: info!.size,
    unpackedSize: info!.unpackedSize,
    files: info!.files.map((f) => f.path).sort(),
    dependencies: manifest.dependencies ?? {},
  };
}

/** Stage and pack both packages into `out`; the tarballs' facts, runtime first. */
export async function packAll(out: string): Promise<Packed[]> {
  const repo = repoRoot();
  checkManifests(repo);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'manbind-pack-stage-'));
  try {
    const runtimeStage = join(scratch, 'manbind');
    const codegenStage = join(scratch, 'manbind-codegen');
    mkdirSync(runtimeStage);
    mkdirSync(codegenStage);
    await stageRuntime(repo, runtimeStage);
    stageCodegen(repo, codegenStage);
    const packed = [npmPack(runtimeStage, out), npmPack(codegenStage, out)];
    const runtime = packed[0]!;
    if (runtime.unpackedSize > runtimeBudget) {
      throw new Error(`pack: the runtime package is ${kB(runtime.unpackedSize)} unpacked, over its ${kB(runtimeBudget)} budget`);
    }
    return packed;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

async function main(argv: string[]): Promise<number> {
  let out = process.cwd();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--out' && argv[i + 1] !== undefined) out = resolve(argv[++i]!);
    else {
      process.stderr.write(`pack: unknown argument ${argv[i]}\nusage: npm run packages [-- --out DIR] [--json]\n`);
      return 2;
    }
  }
  const packed = await packAll(out);
  if (json) process.stdout.write(`${JSON.stringify(packed, null, 2)}\n`);
  else {
    for (const p of packed) {
      const deps = Object.keys(p.dependencies).length;
      process.stdout.write(
        `pack: ${relative(process.cwd(), p.path) || p.filename}: ${p.files.length} files, ${kB(p.size)} packed, ${kB(p.unpackedSize)} unpacked, ${deps} dependencies\n`,
      );
    }
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
