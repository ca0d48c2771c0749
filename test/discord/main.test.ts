import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from './dispatches.js';
import { LoopbackDiscord, ids } from './loopback-discord.js';
import { alive, descendants, eventually, freePort, healthcheck, killAll, logRecords, npmRun, tempCorpus, until } from '../shared/npm-process.js';

const TIMEOUT = 400_000;
/** A wait long enough for a busy 2-core machine: a hang detector, not a speed target. */
const PATIENCE = 120_000;
const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

/** Runs a script with exactly `env` (plus PATH), from a folder without a .env file. */
function run(script: string, env: Record<string, string>, cwd: string): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(tsx, [join(repo, script)], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('npm run discord and npm run discord:register as processes', () => {
  let discord: LoopbackDiscord;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    discord = await LoopbackDiscord.start();
    dir = await mkdtemp(join(tmpdir(), 'discord-main-'));
    env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: ids.application,
      DISCORD_API_URL: discord.api,
      CORPUS_DIR: join(repo, 'corpus'),
      FEEDBACK_PATH: join(dir, 'feedback.jsonl'),
    };
  }, TIMEOUT);
  afterAll(async () => {
    await discord?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it('refuses an unwritable FEEDBACK_PATH before it loads the corpus or logs in', async () => {
    const corpus = await tempCorpus();
    try {
      await writeFile(join(corpus.dir, 'broken.md'), 'no front matter here\n'); // loading the corpus would report it
      const bot = npmRun('discord', { ...env, CORPUS_DIR: corpus.dir, CORPUS_WATCH: 'false', FEEDBACK_PATH: join(corpus.dir, 'harbour.md', 'feedback.jsonl') });
      expect(await bot.exit).toEqual({ code: 1, signal: null });
      expect(bot.output()).toMatch(/FEEDBACK_PATH .*harbour\.md.*cannot be written/);
      expect(bot.output()).not.toContain('broken.md'); // the corpus was never read
    } finally {
      await corpus.remove();
    }
  }, TIMEOUT);

  it(
    'starts on the corpus, answers /ask, and stops cleanly on SIGTERM',
    async () => {
      const bot = npmRun('discord', env);
      try {
        await discord.waitForRequest((r) => r.path === '/api/v10/gateway/bot', PATIENCE);
        await until(() => bot.output().includes('logged in as newsbot'), 'the bot to log in', bot);
        const d = slashCommand('ask', { question: 'Who runs Emennet Pasargad?' });
        discord.dispatch('INTERACTION_CREATE', d);
        const callback = await discord.waitForRequest((r) => r.path === `/api/v10/interactions/${d.id}/${d.token}/callback`, PATIENCE);
        const body = callback.body as { type: number; data: { embeds?: { title?: string }[]; allowed_mentions?: unknown } };
        expect([4, 5]).toContain(body.type);
        if (body.type === 4) {
          expect(body.data.embeds?.[0]?.title).toBe('Who runs Emennet Pasargad?');
          expect(body.data.allowed_mentions).toEqual({ parse: [] });
        }
      } finally {
        bot.child.kill('SIGTERM'); // to npm, which passes it on
      }
      expect(await bot.exit).toEqual({ code: 0, signal: null });
      expect(bot.output()).toContain('SIGTERM: shutting down');
      expect(bot.output()).not.toContain(discord.token);
    },
    TIMEOUT,
  );

  it(
    'registers the commands with the guild from DISCORD_GUILD_ID and prints the invite link',
    async () => {
      discord.reset();
      const register = run('adapters/discord/register.ts', { ...env, DISCORD_GUILD_ID: ids.guild }, dir);
      expect(await register.exit).toBe(0);
      expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${ids.application}/guilds/${ids.guild}/commands`]);
      expect(register.output()).toContain(`Registered /ask, /sources in server ${ids.guild}.`);
      expect(register.output()).toContain(`client_id=${ids.application}&scope=bot+applications.commands&permissions=274877991936`);
    },
    TIMEOUT,
  );

  it(
    'exits with an error naming the missing variable',
    async () => {
      const register = run('adapters/discord/register.ts', { DISCORD_APP_ID: ids.application }, dir);
      expect(await register.exit).toBe(1);
      expect(register.output()).toContain('DISCORD_TOKEN is not set');
      expect(register.output()).not.toContain('DISCORD_APP_ID');
    },
    TIMEOUT,
  );

  it(
    'npm run discord stops, bot and all, on SIGTERM to the npm process (as Docker and Kubernetes send it)',
    async () => {
      const corpus = await tempCorpus();
      const healthPort = String(await freePort());
      const bot = npmRun('discord', { ...env, CORPUS_DIR: corpus.dir, CORPUS_WATCH: 'false', SHUTDOWN_GRACE_MS: '1000', HEALTH_PORT: healthPort });
      let tree: number[] = [];
      try {
        await until(() => bot.output().includes('logged in as newsbot'), 'the bot to log in', bot);
        tree = descendants(bot.child.pid!);
        expect(tree.length).toBeGreaterThan(0);
        // the container's HEALTHCHECK passes against the running bot
        expect(await healthcheck({ HEALTH_PORT: healthPort })).toBe(0);
        process.kill(bot.child.pid!, 'SIGTERM');
        await bot.exit;
        await eventually(() => !tree.some(alive));
        expect(tree.filter(alive)).toEqual([]);
        expect(bot.output()).toContain('SIGTERM: shutting down');
        const records = logRecords(bot.output());
        expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/logged in as newsbot/), expect.stringMatching(/^SIGTERM: shutting down/)]));
      } finally {
        killAll(tree);
        await corpus.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'names every bad or missing variable in one go: its own, the limits and the engine settings',
    async () => {
      const bot = npmRun('discord', { DISCORD_APP_ID: 'my-app', MAX_CONCURRENT_QUESTIONS: '0', CORPUS_WATCH: 'maybe' });
      expect(await bot.exit).toEqual({ code: 1, signal: null });
      const output = bot.output();
      expect(output).toMatch(/DISCORD_TOKEN is not set/);
      expect(output).toMatch(/DISCORD_APP_ID expected the Application ID/);
      expect(output).toMatch(/MAX_CONCURRENT_QUESTIONS must be between 1/);
      expect(output).toMatch(/CORPUS_WATCH.*expected "true" or "false"/);
      expect(output).not.toMatch(/\n\s+at /); // a message for people, no stack trace
    },
    TIMEOUT,
  );
});

