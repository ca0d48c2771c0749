import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreate, ready } from './dispatches.js';

/**
 * A loopback stand-in for Discord: the REST routes the bot uses and a gateway that speaks
 * enough of the protocol for the real discord.js Client (Hello, heartbeat ACK,
 * Identify → READY → GUILD_CREATE, then whatever dispatches a test sends).
 *
 * @example
 * const discord = await LoopbackDiscord.start();
 * const client = new Client({ intents, rest: { api: discord.api } });
 * await client.login(discord.token);
 * discord.dispatch('INTERACTION_CREATE', interaction);
 * const callback = await discord.waitForRequest((r) => r.path.endsWith('/callback'));
 */

/** One request the bot made, with its parsed JSON body. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/api/v10/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** How the stand-in answers one request. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  holdUntil?: Promise<unknown>;
}

/** Ids shared by the gateway's READY / GUILD_CREATE and the dispatches tests build. */
export const ids = {
  application: '771825006014889000',
  bot: '1000000000000000001',
  guild: '290926798626357999',
  /** The guild text channel messages arrive in. */
  channel: '290926798999357250',
  /** The channel the interaction fixture names (not in the guild cache; interactions carry it). */
  interactionChannel: '645027906669510667',
  /** Who runs the slash commands in the interaction fixture. */
  user: '53908232506183680',
  /** Who writes the mention message fixture. */
  author: '53908099506183680',
} as const;

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake minted `agoMs` before now, so discord.js computes a realistic `createdTimestamp`. */
export function snowflake(agoMs = 0): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now() - agoMs) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export class LoopbackDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Identify payloads the gateway received (op 2 `d`). */
  readonly identifies: Record<string, unknown>[] = [];
  readonly token = 'MTAwMDAwMDAwMDAwMDAwMDAwMQ.fake.loopback-token';
  /**
   * Override a route's answer: return `undefined` to fall through to the defaults. `headers` are
   * added (Retry-After, X-RateLimit-*); `holdUntil` delays the answer (a slow or hanging Discord).
   */
  respond?: (req: RecordedRequest) => Answer | undefined;

  private sequence = 0;
  private sockets = new Set<WebSocket>();
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  /** Starts REST and gateway on one ephemeral loopback port. */
  static async start(): Promise<LoopbackDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const discord = new LoopbackDiscord(server, wss, port);
    server.on('request', (req, res) => void discord.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      wss.handleUpgrade(req, socket, head, (ws) => discord.onSocket(ws));
    });
    return discord;
  }

  /** The `rest.api` option for discord.js (REST appends `/v10`). */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Sends a gateway dispatch (op 0) to every connected shard. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.sequence, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        const made = this.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none';
        reject(new Error(`no matching request within ${timeoutMs} ms; requests made: ${made}`));
      }, timeoutMs);
      const done = (r: RecordedRequest) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiters.push({ match, resolve: done });
    });
  }

  /** Forgets recorded requests (between tests sharing one stand-in). */
  reset(): void {
    this.requests.length = 0;
    this.respond = undefined;
  }

  /** Closes every socket and the server. */
  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: raw && String(req.headers['content-type']).includes('json') ? JSON.parse(raw) : raw || undefined,
    };
    this.requests.push(recorded);

    const answer = this.respond?.(recorded) ?? this.defaultAnswer(recorded);
    // Waiters learn of the request as it arrives, even if its answer is held back.
    const waiters = this.waiters.filter((w) => w.match(recorded));
    if (answer.holdUntil) {
      this.settle(recorded, waiters);
      await answer.holdUntil.catch(() => undefined);
      if (res.destroyed) return;
    }
    if (answer.body === undefined) {
      // No JSON content-type on empty answers, or undici fails with "Unexpected end of JSON input".
      res.writeHead(answer.status, answer.headers).end();
    } else {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
    }
    if (!answer.holdUntil) this.settle(recorded, waiters);
  }

  private settle(recorded: RecordedRequest, waiters: typeof this.waiters): void {
    for (const waiter of waiters) {
      if (waiter.match(recorded)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(recorded);
      }
    }
  }

  private defaultAnswer(r: RecordedRequest): Answer {
    const { method, path } = r;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14400000, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return { status: 204 };
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/[^/]+(\/messages\/@original)?$/.exec(path);
    if (webhook && (method === 'PATCH' || method === 'POST')) {
      return { status: 200, body: this.messageFrom(r.body) };
    }
    const channelMessage = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (channelMessage && method === 'POST') {
      return { status: 200, body: this.messageFrom(r.body, channelMessage[1]) };
    }
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(r.body) ? r.body : [];
      return {
        status: 200,
        body: commands.map((c: object) => ({ ...c, id: snowflake(), application_id: ids.application, version: snowflake() })),
      };
    }
    return { status: 404, body: { message: `loopback: no route for ${method} ${path}`, code: 0 } };
  }

  /** A message object echoing what the bot sent, as Discord answers message creates and edits. */
  messageFrom(sent: unknown, channelId: string = ids.channel): Record<string, unknown> {
    const body = (sent && typeof sent === 'object' ? sent : {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      author: { id: ids.bot, username: 'newsbot', discriminator: '0', avatar: null, bot: true, global_name: null },
    };
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    const send = (frame: unknown) => ws.send(JSON.stringify(frame));
    send({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: unknown };
      if (frame.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (frame.op === 2) {
        this.identifies.push(frame.d as Record<string, unknown>);
        send({ op: 0, t: 'READY', s: ++this.sequence, d: ready(this.port) });
        send({ op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: guildCreate() });
      }
    });
  }
}
