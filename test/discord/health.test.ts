// /healthz and /readyz of the Discord bot on HEALTH_PORT: ready only once the gateway is, not while
// connecting or shutting down; against the loopback Discord.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDiscordBot } from '../../adapters/discord/bot.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { LoopbackDiscord } from './loopback-discord.js';
import { ScriptedEngine, articles } from './scripted-engine.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

let discord: LoopbackDiscord;
let dir: string;
beforeAll(async () => {
  discord = await LoopbackDiscord.start();
  dir = await mkdtemp(join(tmpdir(), 'discord-health-'));
}, 60_000);
afterAll(async () => {
  await discord?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

async function probe(port: number, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.json() };
}

describe('Discord health probes on HEALTH_PORT', () => {
  it('are live at once, ready once the gateway is, and not ready after stop begins', async () => {
    // The gateway address is held back, so the bot stays "connecting" until the test releases it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    discord.respond = (r) => (r.method === 'GET' && r.path === '/api/v10/gateway/bot' ? { status: 200, holdUntil: held, body: { url: `ws://127.0.0.1:${discord.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } } : undefined);
    const engine = new ScriptedEngine({}, articles);
    const bot = createDiscordBot({ engine, feedback: new FeedbackLog(join(dir, 'feedback.jsonl')), client: { rest: { api: discord.api } }, logger: silent, healthPort: 0 });
    const starting = bot.start(discord.token);
    try {
      await vi.waitFor(() => expect(bot.healthPort).toBeTypeOf('number'), { timeout: 20_000 });
      const port = bot.healthPort!;
      expect(await probe(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(port, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'Discord gateway not connected', articles: articles.length } });
      release();
      await starting;
      expect(await probe(port, '/readyz')).toEqual({ status: 200, body: { status: 'ok', articles: articles.length } });
      // A question in flight holds shutdown open; meanwhile probes still answer.
      let finish!: () => void;
      const inFlight = bot.gate.track(new Promise<void>((r) => (finish = r)));
      const stopping = bot.stop();
      await vi.waitFor(async () => expect((await probe(port, '/readyz')).body).toMatchObject({ status: 'unavailable', reason: 'shutting down' }));
      finish();
      await inFlight;
      await stopping;
    } finally {
      release();
      await starting.catch(() => undefined);
      await bot.stop();
    }
  }, 60_000);
});
