// An unwritable FEEDBACK_PATH stops the Discord bot at start-up, before it connects, not at the first click.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../adapters/discord/bot.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { LoopbackDiscord } from './loopback-discord.js';
import { ScriptedEngine, articles } from './scripted-engine.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

let discord: LoopbackDiscord;
let dir: string;
beforeAll(async () => {
  discord = await LoopbackDiscord.start();
  dir = await mkdtemp(join(tmpdir(), 'discord-feedback-start-'));
}, 60_000);
afterAll(async () => {
  await discord?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('Discord start-up with an unwritable FEEDBACK_PATH', () => {
  it('fails naming FEEDBACK_PATH and the OS error, without logging in', async () => {
    await writeFile(join(dir, 'a-file'), '');
    const path = join(dir, 'a-file', 'feedback.jsonl');
    const bot = createDiscordBot({ engine: new ScriptedEngine({}, articles), feedback: new FeedbackLog(path), client: { rest: { api: discord.api } }, logger: silent });
    try {
      const error = await bot.start(discord.token).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('ConfigError');
      expect((error as Error).message).toMatch(/^FEEDBACK_PATH .*a-file.*(ENOTDIR|EEXIST)/);
      expect(discord.identifies).toEqual([]);
    } finally {
      await bot.stop();
    }
  }, 60_000);
});
