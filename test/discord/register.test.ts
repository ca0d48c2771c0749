import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, inviteUrl, registerCommands } from '../../adapters/discord/register.js';
import { LoopbackDiscord, ids } from './loopback-discord.js';

const TIMEOUT = 60_000;

/** The commands exactly as Discord's bulk-overwrite endpoint must receive them. */
const expectedCommands = [
  {
    type: 1,
    name: 'ask',
    description: 'Ask a question; the answer quotes the news articles it comes from',
    options: [
      {
        type: 3,
        name: 'question',
        description: 'Your question, e.g. who was sanctioned over the 2020 election?',
        required: true,
        min_length: 1,
        max_length: 500,
      },
    ],
    integration_types: [0],
    contexts: [0, 1],
  },
  {
    type: 1,
    name: 'sources',
    description: 'List the news articles the answers are drawn from',
    integration_types: [0],
    contexts: [0, 1],
  },
];

describe('npm run discord:register', () => {
  let discord: LoopbackDiscord;
  beforeAll(async () => {
    discord = await LoopbackDiscord.start();
  }, TIMEOUT);
  afterAll(() => discord.close(), TIMEOUT);
  beforeEach(() => discord.reset());

  it(
    'overwrites the guild commands when DISCORD_GUILD_ID is set',
    async () => {
      const result = await registerCommands({ token: discord.token, applicationId: ids.application, guildId: ids.guild, rest: { api: discord.api } });
      expect(result).toEqual({ scope: 'guild', names: ['ask', 'sources'] });
      expect(discord.requests).toHaveLength(1);
      const [put] = discord.requests;
      expect(put?.method).toBe('PUT');
      expect(put?.path).toBe(`/api/v10/applications/${ids.application}/guilds/${ids.guild}/commands`);
      expect(put?.headers.authorization).toBe(`Bot ${discord.token}`);
      expect(put?.body).toEqual(expectedCommands);
    },
    TIMEOUT,
  );

  it(
    'overwrites the global commands otherwise',
    async () => {
      const result = await registerCommands({ token: discord.token, applicationId: ids.application, rest: { api: discord.api } });
      expect(result.scope).toBe('global');
      expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${ids.application}/commands`]);
      expect(discord.requests[0]?.body).toEqual(expectedCommands);
    },
    TIMEOUT,
  );

  it(
    'reports what Discord rejected',
    async () => {
      discord.respond = () => ({ status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } });
      await expect(registerCommands({ token: discord.token, applicationId: ids.application, rest: { api: discord.api } })).rejects.toThrow('Invalid Form Body');
    },
    TIMEOUT,
  );
});

describe('inviteUrl', () => {
  it('asks for the bot and applications.commands scopes with view, send, threads, embed links and history', () => {
    expect(BOT_PERMISSIONS).toBe((1n << 10n) | (1n << 11n) | (1n << 38n) | (1n << 14n) | (1n << 16n));
    expect(inviteUrl(ids.application)).toBe(
      `https://discord.com/oauth2/authorize?client_id=${ids.application}&scope=bot+applications.commands&permissions=274877991936`,
    );
  });
});
