import { describe, expect, it } from 'vitest';
import { ConfigError, parseSlackConfig } from '../../adapters/slack/config.js';

const socketEnv = { SLACK_BOT_TOKEN: 'xoxb-1-2-secret', SLACK_APP_TOKEN: 'xapp-1-A1-secret' };
const httpEnv = { SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-1-2-secret', SLACK_SIGNING_SECRET: 'shh' };

function errorOf(env: Record<string, string>): string {
  try {
    parseSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseSlackConfig', () => {
  it('defaults to Socket Mode with the documented paths', () => {
    expect(parseSlackConfig(socketEnv)).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1-2-secret',
      appToken: 'xapp-1-A1-secret',
      port: 3000,
      slackApiUrl: 'https://slack.com/api/',
      corpusDir: 'corpus',
      feedbackPath: 'data/feedback.jsonl',
      logLevel: 'info',
      requestTimeoutMs: 10_000,
      responseUrlOrigins: ['https://hooks.slack.com'],
    });
  });

  it('reads HTTP mode, port, API URL (with a trailing slash added) and paths', () => {
    const config = parseSlackConfig({ ...httpEnv, PORT: '0', SLACK_API_URL: 'http://127.0.0.1:9/api', FEEDBACK_PATH: '/tmp/f.jsonl', CORPUS_DIR: 'news' });
    expect(config).toMatchObject({ mode: 'http', signingSecret: 'shh', port: 0, slackApiUrl: 'http://127.0.0.1:9/api/', feedbackPath: '/tmp/f.jsonl', corpusDir: 'news' });
  });

  it('names a missing bot token', () => {
    expect(errorOf({ SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/SLACK_BOT_TOKEN is missing/);
  });

  it('names a malformed bot token without repeating the secret', () => {
    const message = errorOf({ ...socketEnv, SLACK_BOT_TOKEN: 'xoxp-user-token-secret' });
    expect(message).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"/);
    expect(message).not.toContain('xoxp-user-token-secret');
  });

  it('names the signing secret when HTTP mode lacks it', () => {
    expect(errorOf({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_SIGNING_SECRET is missing: SLACK_MODE=http needs/);
  });

  it('names the app token when Socket Mode lacks it or it is not an xapp- token', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_APP_TOKEN is missing: SLACK_MODE=socket needs/);
    expect(errorOf({ ...socketEnv, SLACK_APP_TOKEN: 'xoxb-2' })).toMatch(/SLACK_APP_TOKEN must be an app-level token starting with "xapp-"/);
  });

  it('names a bad mode, port or URL and says what was expected', () => {
    expect(errorOf({ ...socketEnv, SLACK_MODE: 'websocket' })).toMatch(/SLACK_MODE expected "http" or "socket", got "websocket"/);
    expect(errorOf({ ...httpEnv, PORT: 'eighty' })).toMatch(/PORT expected a port number 0-65535, got "eighty"/);
    expect(errorOf({ ...httpEnv, PORT: '70000' })).toMatch(/PORT expected a port number 0-65535/);
    expect(errorOf({ ...httpEnv, SLACK_API_URL: 'slack.com/api' })).toMatch(/SLACK_API_URL expected an http\(s\) URL/);
  });

  it('names a request timeout that is not a positive whole number of milliseconds', () => {
    for (const bad of ['10s', '0', '-5']) {
      const message = errorOf({ ...httpEnv, SLACK_REQUEST_TIMEOUT_MS: bad });
      expect(message).toContain('SLACK_REQUEST_TIMEOUT_MS');
      expect(message).toContain(`expected a whole number of milliseconds such as 10000, got "${bad}"`);
    }
    expect(parseSlackConfig({ ...httpEnv, SLACK_REQUEST_TIMEOUT_MS: '2500' })).toMatchObject({ requestTimeoutMs: 2500 });
  });

  it('reads the response_url origins, and names one with a path or without a scheme', () => {
    expect(parseSlackConfig({ ...httpEnv, SLACK_RESPONSE_URL_ORIGINS: 'https://hooks.slack.com, https://hooks.slack-gov.com/' })).toMatchObject({
      responseUrlOrigins: ['https://hooks.slack.com', 'https://hooks.slack-gov.com'],
    });
    for (const bad of ['hooks.slack.com', 'https://hooks.slack.com/commands']) {
      const message = errorOf({ ...httpEnv, SLACK_RESPONSE_URL_ORIGINS: bad });
      expect(message).toContain('SLACK_RESPONSE_URL_ORIGINS');
      expect(message).toContain(`expected origins such as https://hooks.slack.com (scheme and host, no path), comma-separated; got "${bad}"`);
    }
  });

  it('reads HEALTH_PORT when set (unset: no health server of its own) and names a bad one', () => {
    expect(parseSlackConfig({ ...socketEnv, HEALTH_PORT: '8080' })).toMatchObject({ healthPort: 8080 });
    expect(parseSlackConfig({ ...socketEnv, HEALTH_PORT: ' ' }).healthPort).toBeUndefined();
    const message = errorOf({ ...socketEnv, HEALTH_PORT: 'http' });
    expect(message).toContain('HEALTH_PORT');
    expect(message).toContain('expected a port number 0-65535, got "http"');
  });

  it('treats empty variables as unset', () => {
    expect(parseSlackConfig({ ...socketEnv, PORT: '', SLACK_SIGNING_SECRET: ' ' })).toMatchObject({ port: 3000 });
  });
});
