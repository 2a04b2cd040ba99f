// The README's Install section shows both installs (issue 11): the runtime alone for a runtime
// user, the generator beside it for a generator user, by the names the packages' own manifests
// give, and the set-up commands of a clone. readme.test.ts checks that each command is valid;
// test/package/pack.test.ts that the installs work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const name = (pkg: string): string => (JSON.parse(readFileSync(join(repo, 'packages', pkg, 'package.json'), 'utf8')) as { name: string }).name;

/** The shell commands of the README section `## title`, comments dropped. */
function commands(title: string): string[] {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `a "## ${title}" section`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l !== ''),
  );
}

describe('README: Install', () => {
  const lines = commands('Install');

  it('installs the runtime alone for a runtime user', () => {
    expect(name('manbind')).toBe('manbind');
    expect(lines).toContain(`npm install ${name('manbind')}`);
  });

  it('installs the generator beside the runtime for a generator user, then runs it', () => {
    expect(lines).toContain(`npm install ${name('manbind')} && npm install -D ${name('manbind-codegen')}`);
    expect(lines.some((l) => l.startsWith('npx manbind generate '))).toBe(true);
  });

  it('keeps the two set-up commands of a clone, and says how the packages are made', () => {
    expect(lines).toContain('npm ci && npm run generate');
    expect(lines).toContain('npm test');
    expect(lines).toContain('npm run packages');
  });
});
