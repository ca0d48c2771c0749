// Test doubles for Slack itself: a loopback server standing in for the Web API and
// response_urls, request signing as Slack does it, and the fixtures in Slack's formats.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseSlackConfig } from '../../adapters/slack/config.js';

const fixtureDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Reads a JSON fixture without its provenance keys. */
export function jsonFixture<T = Record<string, any>>(name: string): T {
  const data = JSON.parse(readFileSync(fixtureDir + name, 'utf8'));
  delete data._provenance;
  delete data._copied_from;
  return data as T;
}

/** Reads a form-encoded fixture: the last line is the raw body. */
export function formFixture(name: string): URLSearchParams {
  const lines = readFileSync(fixtureDir + name, 'utf8').trim().split('\n');
  return new URLSearchParams(lines[lines.length - 1]);
}

/** One request that reached the fake Slack. */
export interface Captured {
  /** `api:<method>` for Web API calls, `response:<id>` for response_url posts. */
  route: string;
  headers: IncomingMessage['headers'];
  body: Record<string, any>;
}

/** A failure the fake answers one matching request with, instead of its normal answer. */
export interface Fault {
  match: (c: Captured) => boolean;
  status: number;
  headers?: Record<string, string>;
  /** Hold the answer until this settles (a slow or hanging Slack). */
  holdUntil?: Promise<unknown>;
}

/** Loopback stand-in for slack.com/api and hooks.slack.com response URLs. */
export class FakeSlack {
  readonly requests: Captured[] = [];
  /** Failures to answer with, each used once, first match first. */
  faults: Fault[] = [];
  /** Extra Web API responses by method; `auth.test` and `chat.postMessage` have defaults. */
  readonly apiResponses = new Map<string, Record<string, unknown>>();
  private waiters: Array<{ match: (c: Captured) => boolean; resolve: (c: Captured) => void }> = [];
  private server: Server | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const captured: Captured = { route: routeOf(path), headers: req.headers, body: parseBody(raw, req.headers['content-type']) };
      this.requests.push(captured);
      this.waiters = this.waiters.filter((w) => (w.match(captured) ? (w.resolve(captured), false) : true));
      const fault = this.faults.find((f) => f.match(captured));
      if (fault) {
        this.faults = this.faults.filter((f) => f !== fault);
        await fault.holdUntil?.catch(() => undefined);
        if (!res.destroyed) res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers }).end(JSON.stringify({ ok: false, error: 'fault' }));
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(captured.route.startsWith('api:') ? this.apiResponse(captured) : { ok: true }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url on this server. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Resolves with the first captured request (past or future) matching, or rejects after `timeoutMs`. */
  waitFor(match: (c: Captured) => boolean, timeoutMs = 30_000): Promise<Captured> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Slack: expected request never came')), timeoutMs);
      this.waiters.push({ match, resolve: (c) => (clearTimeout(timer), resolve(c)) });
    });
  }

  /** Every request to one route, in arrival order. */
  to(route: string): Captured[] {
    return this.requests.filter((c) => c.route === route);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private apiResponse(c: Captured): Record<string, unknown> {
    const method = c.route.slice('api:'.length);
    const custom = this.apiResponses.get(method);
    if (custom) return custom;
    if (method === 'auth.test') {
      return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'cited-answers', team_id: 'T123ABC456', user_id: BOT_USER_ID, bot_id: 'B0BOT' };
    }
    if (method === 'chat.postMessage') return { ok: true, channel: c.body.channel, ts: '1700000000.000100', message: {} };
    return { ok: true };
  }
}

/** The bot's own user id, as auth.test reports it; the docs' app_mention example mentions this id. */
export const BOT_USER_ID = 'U0LAN0Z89';

function routeOf(path: string): string {
  if (path.startsWith('/api/')) return `api:${path.slice('/api/'.length)}`;
  if (path.startsWith('/response/')) return `response:${path.slice('/response/'.length)}`;
  return `other:${path}`;
}

// The Web API client sends form fields with JSON-encoded values (blocks); response_urls get JSON.
function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  const out: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/** Slack's signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function sign(secret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

/**
 * The app's config for the tests: HTTP mode on a free port, Web API and response_urls at the fake,
 * signed with SIGNING_SECRET; `env` adds or overrides variables.
 */
export function httpTestConfig(apiUrl: string, feedbackPath: string, env: Record<string, string> = {}): ReturnType<typeof parseSlackConfig> {
  return parseSlackConfig({
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: apiUrl,
    FEEDBACK_PATH: feedbackPath,
    // The fake's response_urls are on the same loopback origin as its Web API.
    SLACK_RESPONSE_URL_ORIGINS: new URL(apiUrl).origin,
    ...env,
  });
}

/** POSTs a body to the app as Slack would, signed unless told otherwise. */
export async function postToApp(
  port: number,
  rawBody: string,
  contentType: string,
  options: { timestamp?: number; signature?: string; path?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${port}${options.path ?? '/slack/events'}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(SIGNING_SECRET, timestamp, rawBody),
      ...options.headers,
    },
    body: rawBody,
  });
  return { status: response.status, body: await response.text() };
}

/** The docs' slash command, asking `text`, answering to `responseUrl`. */
export function slashCommandBody(text: string, responseUrl: string): string {
  const form = formFixture('slash-command.docs-example.form.txt');
  form.set('command', '/ask');
  form.set('text', text);
  form.set('response_url', responseUrl);
  return form.toString();
}

/** A block_actions body (form-encoded `payload=`) for a click on one of our buttons. */
export function buttonClickBody(actionId: string, value: string, responseUrl: string, container: Record<string, unknown> = {}): string {
  const payload = jsonFixture('block_actions.bolt-python-test.json');
  payload.response_url = responseUrl;
  payload.container = { ...payload.container, ...container };
  payload.actions = [{ ...payload.actions[0], action_id: actionId, block_id: 'answer_actions', value }];
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Every string Slack would show from a message: all of them but button values, which are never displayed. */
export function renderedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(renderedStrings);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'value' ? [] : renderedStrings(v)));
  }
  return [];
}
