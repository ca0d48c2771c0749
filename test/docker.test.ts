// The container files cannot be built here (no Docker engine): these check what can be checked
// without one — the compose file parses and names scripts, paths and ports that exist, the
// Dockerfile keeps its promises (node:20-slim, npm ci, non-root, exec form, a health check), and the
// health check script answers as Docker expects.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { healthcheck, repo } from './shared/npm-process.js';

const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };
const dockerfile = read('Dockerfile');
/** Dockerfile instructions, continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const instruction = (name: string) => instructions.filter((l) => l.toUpperCase().startsWith(`${name} `)).map((l) => l.slice(name.length + 1).trim());

type Service = { build?: string; command: string[]; env_file: string; environment: Record<string, string>; ports?: string[]; volumes: string[]; init?: boolean; stop_grace_period?: string };
const compose = parse(read('compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('compose.yaml', () => {
  it('has a slack and a discord service running npm scripts that exist', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['discord', 'slack']);
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.command).toEqual([name]);
      expect(pkg.scripts[name]).toBeDefined();
      expect(service.build).toBe('.');
      expect(service.env_file).toBe('.env');
      expect(service.init).toBe(true);
    }
  });

  it('keeps the corpus and the feedback log in declared volumes, where the bots look for them', () => {
    for (const service of Object.values(compose.services)) {
      const mounts = Object.fromEntries(service.volumes.map((v) => v.split(':') as [string, string]).map(([volume, target]) => [target, volume]));
      expect(mounts['/app/corpus']).toBe('corpus');
      expect(mounts['/app/data']).toBe('feedback');
      expect(service.environment.CORPUS_DIR).toBe('/app/corpus');
      expect(service.environment.FEEDBACK_PATH).toMatch(/^\/app\/data\/[\w-]+\.jsonl$/);
      for (const volume of Object.values(mounts)) expect(compose.volumes).toHaveProperty(volume);
    }
    expect(existsSync(join(repo, 'corpus'))).toBe(true);
  });

  it('publishes the port Slack HTTP mode listens on by default, and gives each bot a health port', () => {
    const port = /^PORT=(\d+)$/m.exec(read('.env.example'))![1];
    expect(compose.services.slack!.ports).toEqual([`${port}:${port}`]);
    for (const service of Object.values(compose.services)) expect(service.environment.HEALTH_PORT).toMatch(/^\d+$/);
  });

  it('waits longer to stop than the bots take to finish answers in flight', () => {
    const grace = Number(/^SHUTDOWN_GRACE_MS=(\d+)$/m.exec(read('.env.example'))![1]);
    for (const service of Object.values(compose.services)) expect(Number.parseInt(service.stop_grace_period ?? '10s', 10) * 1000).toBeGreaterThan(grace);
  });
});

describe('Dockerfile', () => {
  it('starts from node:20-slim, a Node that package.json engines admits', () => {
    expect(instruction('FROM')).toEqual(['node:20-slim']);
    expect(semver.intersects('^20.19.0', pkg.engines.node)).toBe(true);
  });

  it('installs with npm ci and runs as a user other than root', () => {
    expect(instruction('RUN').some((r) => /^npm ci\b/.test(r))).toBe(true);
    const user = instruction('USER');
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0)$/);
  });

  it('starts in exec form (so the bot gets SIGTERM) with an npm script that exists', () => {
    const entrypoint = JSON.parse(instruction('ENTRYPOINT')[0]!) as string[];
    const command = JSON.parse(instruction('CMD')[0]!) as string[];
    expect(entrypoint.slice(0, 2)).toEqual(['npm', 'run']);
    expect(pkg.scripts[command[0]!]).toMatch(/^exec /);
  });

  it('gives every bot in the image a health port, which it exposes', () => {
    const port = /\bHEALTH_PORT=(\d+)/.exec(instruction('ENV').join(' '))?.[1];
    expect(port).toBeDefined();
    expect(instruction('EXPOSE').join(' ').split(/\s+/)).toContain(port);
  });

  it('copies only files that exist and checks health with a script that exists', () => {
    for (const copy of instruction('COPY')) {
      const sources = copy.split(/\s+/).filter((w) => !w.startsWith('--')).slice(0, -1);
      for (const source of sources) expect(existsSync(join(repo, source))).toBe(true);
    }
    const health = instruction('HEALTHCHECK')[0]!;
    const command = JSON.parse(health.slice(health.indexOf('CMD ') + 4)) as string[];
    expect(command[0]).toBe('node');
    expect(existsSync(join(repo, command[1]!))).toBe(true);
  });

  it('leaves secrets and local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['.env', 'node_modules/', 'data/', '.cache/']) expect(ignored).toContain(entry);
  });
});

describe('scripts/healthcheck.mjs', () => {
  it('exits 0 when /healthz answers 200 on HEALTH_PORT, 1 on 503 or when nothing listens', async () => {
    let status = 200;
    const server = createServer((req, res) => res.writeHead(req.url === '/healthz' ? status : 404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = String((server.address() as AddressInfo).port);
    try {
      expect(await healthcheck({ HEALTH_PORT: port })).toBe(0);
      expect(await healthcheck({ PORT: port })).toBe(0); // Slack HTTP mode: on its own port
      status = 503;
      expect(await healthcheck({ HEALTH_PORT: port })).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await healthcheck({ HEALTH_PORT: port })).toBe(1);
  }, 60_000);
});
