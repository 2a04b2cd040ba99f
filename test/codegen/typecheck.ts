// Type-check generated files with the TypeScript compiler API (strict, NodeNext), as
// `tsc --strict --noEmit` would, and read back what a module exports.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type * as TS from 'typescript';

// require() skips the ESM loader's export scan of the 9 MB compiler (about 2x faster to load).
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

/** A stand-in for runtime/types.ts: the type names generated code imports, without node types. */
export const runtimeStub = [
  'export type CurlSocket = object | number;',
  'export type CurlData = unknown;',
  'export interface ErrorBuffer { text: string }',
  'export interface TextSink { write(chunk: string): unknown }',
  'export interface TlsSessionInfo { backend: number; internals: object | null }',
  'export interface CertInfo { num_of_certs: number; certinfo: string[][] }',
  'export interface CurlMime { addPart(): unknown; free(): void }',
  '',
].join('\n');

/** Write files (path -> text) under a new temp dir; returns the dir. */
export function writeTree(files: Record<string, string> | Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-'));
  for (const [path, text] of files instanceof Map ? files : Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface Checked {
  /** `file(line,col): TSxxxx: message`, relative to the root dir. */
  errors: string[];
  /** Names a module exports, sorted. */
  exportsOf(file: string): string[];
  program: TS.Program;
}

/** `extra` overrides the options below (skipLibCheck as most projects set it, for one). */
export function typecheck(dir: string, rootFiles: string[], extra: TS.CompilerOptions = {}): Checked {
  const options: TS.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: false,
    ...extra,
  };
  // A package.json with type module so .ts files are ES modules under NodeNext.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const program = ts.createProgram({ rootNames: rootFiles.map((f) => join(dir, f)), options });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return `TS${d.code}: ${text}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(dir.length + 1)}(${line + 1},${character + 1}): TS${d.code}: ${text}`;
  });
  const checker = program.getTypeChecker();
  return {
    errors,
    program,
    exportsOf(file: string): string[] {
      const source = program.getSourceFile(join(dir, file));
      const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      return symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name).sort();
    },
  };
}
