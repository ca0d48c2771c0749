// Every command explains itself with --help (and exits 0 without doing anything), and refuses an
// option it does not know, with its usage, instead of ignoring it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repo } from './shared/npm-process.js';

/** Runs `npm run <script> -- <args>` with no settings at all (help must not need any). */
const npm = (script: string, args: string[]) =>
  spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ENV_FILE: '/nonexistent/.env' },
    encoding: 'utf8',
    timeout: 120_000,
  });

const COMMANDS = ['ask', 'eval', 'index', 'bench', 'soak', 'slack', 'discord', 'discord:register', 'train', 'vectors', 'check:squad', 'probe'];

describe.each(COMMANDS)('npm run %s', (script) => {
  it('--help prints its usage and exits 0 without running', () => {
    const started = Date.now();
    const r = npm(script, ['--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
    expect(r.stdout).toMatch(/-h, --help/);
    // nothing ran: no output beyond the usage (a bench or soak run prints tables and takes minutes)
    expect(r.stdout).not.toMatch(/running \(|wrote |soak: |node v\d|│/);
    expect(Date.now() - started).toBeLessThan(100_000);
  }, 120_000);

  it('refuses an unknown option with its usage', () => {
    const r = npm(script, ['--no-such-option']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown option '--no-such-option'/);
    expect(r.stderr).toMatch(/Usage: /);
  }, 120_000);
});

describe('npm run probe', () => {
  it('names the file and line of a malformed probe question, and an unknown stage, in one line', () => {
    const bad = npm('probe', ['test/fixtures-missing.tsv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^probe: cannot read test\/fixtures-missing\.tsv \(ENOENT\)\n$/);
    const stage = npm('probe', ['--scorer', 'bogus']);
    expect(stage.status).toBe(2);
    expect(stage.stderr).toMatch(/^probe: --scorer must be among checked, rules, learned, combined\n$/);
  }, 120_000);
});
