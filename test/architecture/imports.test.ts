// The runtime's layout is its design (issue 9): imports run one way, from the public handles down
// to the bytes, and no module imports itself back through others. Both rules are checked over
// every relative import (type-only imports too), so a change that breaks them fails here, naming
// the file and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The runtime's folders, top to bottom: a module may import its own folder or any below it. */
export const LAYERS = ['api', 'core', 'protocols', 'filters', 'http', 'io', 'base'] as const;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Relative imports of a file (static, dynamic, re-exports), as repository paths of .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of text.matchAll(re)) {
    found.push(relative(root, resolve(join(root, dirname(file)), m[1]!.replace(/\.js$/, '.ts'))));
  }
  return found;
}

/** The layer of a runtime file: its folder's rank; index.ts is above all, types.ts below all. */
function rank(file: string): number | null {
  if (!file.startsWith('runtime/')) return null;
  const rest = file.slice('runtime/'.length);
  if (rest === 'index.ts') return -1;
  if (rest === 'types.ts') return LAYERS.length;
  const folder = rest.split('/')[0]!;
  const i = (LAYERS as readonly string[]).indexOf(folder);
  return i < 0 ? null : i;
}

/** The import graph of `files`, restricted to them. */
function graphOf(files: string[]): Map<string, string[]> {
  return new Map(files.map((f) => [f, importsOf(f).filter((i) => files.includes(i))]));
}

/** Every cycle a depth-first walk meets, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const files = [...graph.keys()];
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('runtime layout', () => {
  const runtime = sources('runtime');

  it('has every runtime module in one of the layer folders', () => {
    const stray = runtime.filter((f) => rank(f) === null);
    expect(stray).toEqual([]);
  });

  it(`imports only downwards: ${LAYERS.join(' -> ')}`, () => {
    const wrong: string[] = [];
    for (const f of runtime) {
      const from = rank(f)!;
      for (const i of importsOf(f)) {
        if (i.startsWith('generated/')) continue; // the bindings generated from specs/
        const to = rank(i);
        if (to === null) wrong.push(`${f} imports ${i}, outside runtime/`);
        else if (to < from) wrong.push(`${f} (${LAYERS[from] ?? 'root'}) imports ${i} (${LAYERS[to] ?? 'root'}), a layer above it`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps files short enough to read in one sitting (500 lines)', () => {
    const long = runtime
      .map((f) => [f, readFileSync(join(root, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 520)
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });
});

describe('import cycles', () => {
  for (const dir of ['runtime', 'codegen']) {
    it(`has none in ${dir}/`, () => {
      expect(cycles(graphOf(sources(dir))).map((c) => c.join(' -> '))).toEqual([]);
    });
  }

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['api/easy.ts', ['api/multi.ts']],
      ['api/multi.ts', ['core/driver.ts', 'api/easy.ts']],
      ['core/driver.ts', []],
    ]);
    expect(cycles(graph)).toEqual([['api/easy.ts', 'api/multi.ts', 'api/easy.ts']]);
  });
});
