import { describe, expect, it } from 'vitest';
import { ConfigError, loadDiscordConfig } from '../../adapters/discord/config.js';

const valid = { DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abc-DEF_123', DISCORD_APP_ID: '771825006014889000' };

function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadDiscordConfig', () => {
  it('reads the token and application id, with global commands and default paths', () => {
    expect(loadDiscordConfig(valid)).toEqual({
      ...valid,
      DISCORD_GUILD_ID: undefined,
      DISCORD_API_URL: 'https://discord.com/api',
      CORPUS_DIR: 'corpus',
      FEEDBACK_PATH: 'data/feedback.jsonl',
    });
  });

  it('reads HEALTH_PORT when set (empty: no health server) and names a bad one', () => {
    expect(loadDiscordConfig({ ...valid, HEALTH_PORT: '8081' }).HEALTH_PORT).toBe(8081);
    expect(loadDiscordConfig({ ...valid, HEALTH_PORT: '' }).HEALTH_PORT).toBeUndefined();
    const error = failure({ ...valid, HEALTH_PORT: '99999' });
    expect(error.variables).toEqual(['HEALTH_PORT']);
    expect(error.message).toContain('expected a port number 0-65535');
  });

  it('treats an empty DISCORD_GUILD_ID (as copied from .env.example) as unset', () => {
    expect(loadDiscordConfig({ ...valid, DISCORD_GUILD_ID: '' }).DISCORD_GUILD_ID).toBeUndefined();
    expect(loadDiscordConfig({ ...valid, DISCORD_GUILD_ID: '290926798626357999' }).DISCORD_GUILD_ID).toBe('290926798626357999');
  });

  it('names every missing variable and where to find it', () => {
    const error = failure({});
    expect(error.variables).toEqual(['DISCORD_TOKEN', 'DISCORD_APP_ID']);
    expect(error.message).toContain('DISCORD_TOKEN is not set; copy the bot token from Developer Portal → Bot → Reset Token');
    expect(error.message).toContain('DISCORD_APP_ID is not set; expected the Application ID from Developer Portal → General Information');
  });

  it('says what came for a malformed id', () => {
    const error = failure({ ...valid, DISCORD_GUILD_ID: 'my-server' });
    expect(error.variables).toEqual(['DISCORD_GUILD_ID']);
    expect(error.message).toContain('DISCORD_GUILD_ID expected the server id');
    expect(error.message).toContain('got "my-server"');
  });

  it('catches a "Bot " prefix on the token without echoing the secret', () => {
    const error = failure({ ...valid, DISCORD_TOKEN: `Bot ${valid.DISCORD_TOKEN}` });
    expect(error.variables).toEqual(['DISCORD_TOKEN']);
    expect(error.message).toContain('DISCORD_TOKEN starts with "Bot "; set only the token itself');
    expect(error.message).not.toContain(valid.DISCORD_TOKEN);
  });

  it('rejects something that is not a token', () => {
    expect(failure({ ...valid, DISCORD_TOKEN: 'hunter2' }).message).toContain('DISCORD_TOKEN does not look like a bot token');
  });
});
