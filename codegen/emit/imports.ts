// Import lines for a generated file, from the names its body referred to (type-only: generated
// bindings use runtime and types.ts names only in type positions, `typeof X` included).
import type { EmitContext } from './context.js';
import { maxWidth } from './layout.js';
import { byName, stringLiteral } from './literal.js';
import type { Refs } from './ts-type.js';
import type { SourceWriter } from './writer.js';

export function writeImports(w: SourceWriter, refs: Refs, ctx: EmitContext, self: 'options' | 'multi-options' | 'info' | 'types' | 'validators'): void {
  const fromTypes = new Set<string>(self === 'types' ? [] : refs.types);
  const fromOptions = new Set<string>();
  for (const name of refs.constants) {
    const home = ctx.constants.get(name)?.home;
    if (home === undefined || home === self) continue;
    (home === 'types' ? fromTypes : fromOptions).add(name);
  }
  const line = (names: Set<string>, from: string): void => {
    if (names.size === 0) return;
    const sorted = [...names].sort(byName);
    const one = `import type { ${sorted.join(', ')} } from ${stringLiteral(from)};`;
    w.writeLine(one.length <= maxWidth ? one : ['import type {', ...sorted.map((n) => `  ${n},`), `} from ${stringLiteral(from)};`].join('\n'));
  };
  line(refs.runtime, ctx.options.runtimeImport);
  line(fromOptions, './options.js');
  line(fromTypes, './types.js');
}
