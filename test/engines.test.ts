// package.json's `engines.node` is the real minimum: no Node it admits is refused by a package
// `npm ci` installs (vite 8, under vitest 4, is the strictest today), nor lacks an API the code uses.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

describe('engines.node in package.json', () => {
  it('admits only Node versions every installed package accepts', () => {
    const refused = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.optional && !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => !semver.subset(pkg.engines.node, (p.engines as { node: string }).node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it('admits only Node versions with the APIs the code calls (util.parseEnv: 20.12)', () => {
    expect(semver.subset(pkg.engines.node, '>=20.12.0')).toBe(true);
  });

  it('is met by the Node running the tests', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
