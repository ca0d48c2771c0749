import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8'));

describe('slack/manifest.yml', () => {
  it('declares /ask, the events the app listens to, interactivity and the scopes they need', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/ask']);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('defaults to Socket Mode, like SLACK_MODE', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
