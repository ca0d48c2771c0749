import { pathToFileURL } from 'node:url';
import { PermissionFlagsBits, REST, Routes, type RESTOptions } from 'discord.js';
import { commands } from './commands.js';
import { parseCommandLine } from '../shared/command-line.js';
import { loadEnvFile } from '../shared/env.js';
import { describeError } from '../shared/log.js';
import { loadDiscordConfig } from './config.js';

/** What the bot needs in a channel: see it, post, embed article links, reply to messages (also in threads). */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/**
 * The "Add to Discord" link: the bot user plus its slash commands, with `BOT_PERMISSIONS`.
 *
 * @example
 * inviteUrl('771825006014889000');
 * // 'https://discord.com/oauth2/authorize?client_id=771825006014889000&scope=bot+applications.commands&permissions=274877991936'
 */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${query}`;
}

/**
 * Replaces the application's commands with `/ask` and `/sources`: in one server when `guildId`
 * is given (instant, for testing), otherwise globally.
 *
 * @example
 * await registerCommands({ token, applicationId: '771825006014889000', guildId: '290926798626357999' });
 */
export async function registerCommands({
  token,
  applicationId,
  guildId,
  rest = {},
}: {
  token: string;
  applicationId: string;
  guildId?: string;
  /** @discordjs/rest options; tests point `api` at a loopback server. */
  rest?: Partial<RESTOptions>;
}): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const client = new REST({ version: '10', ...rest }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const saved = (await client.put(route, { body: commands })) as { name: string }[];
  return { scope: guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}

async function main(): Promise<void> {
  parseCommandLine(
    'discord:register',
    'Register the /ask and /sources commands with Discord and print the link that adds the bot to a server.',
    `  DISCORD_TOKEN             bot token (required)
  DISCORD_APP_ID            application id (required)
  DISCORD_GUILD_ID          a server id: register there only (instant); empty: globally (up to an hour)
  DISCORD_API_URL           REST base URL (default https://discord.com/api)`,
  );
  loadEnvFile();
  const config = loadDiscordConfig();
  const { scope, names } = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APP_ID,
    guildId: config.DISCORD_GUILD_ID,
    rest: { api: config.DISCORD_API_URL },
  });
  const where = scope === 'guild' ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (may take a few minutes to appear)';
  console.log(`Registered ${names.map((n) => `/${n}`).join(', ')} ${where}.`);
  console.log(`Add the bot to a server: ${inviteUrl(config.DISCORD_APP_ID)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // settings errors (ours and the .env loader's) are written for people; anything else without secrets
    console.error(error instanceof Error && error.name === 'ConfigError' ? error.message : describeError(error));
    process.exitCode = 1;
  });
}
