import { readFileSync } from 'node:fs';
import { ids, snowflake } from './loopback-discord.js';

/** A gateway fixture's `d`, parsed afresh each time so tests can change it freely. */
export function fixture(name: string): Record<string, unknown> {
  const frame = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as { d: Record<string, unknown> };
  return frame.d;
}

/** READY for a loopback gateway on `port` (fixture gateway.READY.minimal.derived.json). */
export function ready(port: number): Record<string, unknown> {
  return { ...fixture('gateway.READY.minimal.derived.json'), resume_gateway_url: `ws://127.0.0.1:${port}` };
}

/** GUILD_CREATE for the fixture guild (gateway.GUILD_CREATE.minimal.derived.json). */
export function guildCreate(): Record<string, unknown> {
  return fixture('gateway.GUILD_CREATE.minimal.derived.json');
}

/**
 * An INTERACTION_CREATE `d` for a slash command, minted `agoMs` ago, from the docs-derived fixture.
 *
 * @example
 * discord.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: 'Who was sanctioned?' }));
 */
export function slashCommand(
  name: string,
  options: Record<string, string> = {},
  { agoMs = 0, overrides = {} }: { agoMs?: number; overrides?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const d = fixture('gateway.INTERACTION_CREATE.chat-input.derived.json');
  return {
    ...d,
    id: snowflake(agoMs),
    token: `token-${snowflake()}`,
    application_id: ids.application,
    data: {
      type: 1,
      name,
      id: snowflake(),
      options: Object.entries(options).map(([option, value]) => ({ type: 3, name: option, value })),
    },
    ...overrides,
  };
}

/** An INTERACTION_CREATE `d` for a button press on `message` (a message object the bot posted). */
export function buttonPress(customId: string, message: Record<string, unknown>, { agoMs = 0 } = {}): Record<string, unknown> {
  const d = fixture('gateway.INTERACTION_CREATE.chat-input.derived.json');
  return {
    ...d,
    type: 3,
    id: snowflake(agoMs),
    token: `token-${snowflake()}`,
    application_id: ids.application,
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A MESSAGE_CREATE `d` in the fixture guild's channel (gateway.MESSAGE_CREATE.mention.derived.json). */
export function messageCreate(content: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const d = fixture('gateway.MESSAGE_CREATE.mention.derived.json');
  return { ...d, id: snowflake(), timestamp: new Date().toISOString(), nonce: snowflake(), content, ...overrides };
}
