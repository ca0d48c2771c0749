import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Paths of the two probes: liveness (the process answers) and readiness (it can answer questions). */
export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

/** What a front end knows about itself when a readiness probe asks. */
export interface ReadinessFacts {
  /** Articles the engine has loaded; 0 means there is nothing to answer from. */
  articles: number;
  /** Whether the platform connection is up (HTTP server listening, Socket Mode or gateway connected). */
  connected: boolean;
  /** What the connection is, for the reason when it is down: "Slack Socket Mode", "Discord gateway". */
  connection: string;
  /** Shutting down: questions are refused. */
  closing: boolean;
}

/** A probe's answer: its HTTP status and JSON body. */
export interface ProbeAnswer {
  status: 200 | 503;
  body: { status: 'ok' | 'unavailable'; articles?: number; reason?: string };
}

/**
 * Readiness from the facts: 200 only when the corpus is loaded, the platform connection is up and
 * the bot is not shutting down; otherwise 503 with the first reason.
 *
 * @example
 * readiness({ articles: 3, connected: true, connection: 'Discord gateway', closing: false })
 * // → { status: 200, body: { status: 'ok', articles: 3 } }
 */
export function readiness(facts: ReadinessFacts): ProbeAnswer {
  const reason = facts.closing
    ? 'shutting down'
    : facts.articles === 0
      ? 'no articles loaded'
      : !facts.connected
        ? `${facts.connection} not connected`
        : undefined;
  if (reason !== undefined) return { status: 503, body: { status: 'unavailable', reason, articles: facts.articles } };
  return { status: 200, body: { status: 'ok', articles: facts.articles } };
}

/**
 * Answers GET (or HEAD) `/healthz` and `/readyz` with JSON; returns false, without answering, for
 * any other request so the caller can route it on.
 *
 * @example
 * createServer((req, res) => answerProbe(req, res, facts) || res.writeHead(404).end());
 */
export function answerProbe(req: IncomingMessage, res: ServerResponse, facts: () => ReadinessFacts): boolean {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== HEALTH_PATHS.live && path !== HEALTH_PATHS.ready) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const answer: ProbeAnswer = path === HEALTH_PATHS.live ? { status: 200, body: { status: 'ok' } } : readiness(facts());
  const json = JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(json) });
  res.end(req.method === 'HEAD' ? undefined : json);
  return true;
}

/** A running health server: the port it listens on and how to close it. */
export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the probes on their own port (HEALTH_PORT), for front ends without an HTTP server of their
 * own: Slack Socket Mode and Discord. Bodies are refused and slow requests cut off after 5 s.
 *
 * @example
 * const health = await startHealthServer(8080, () => ({ articles: engine.sources().length, connected: client.isReady(), connection: 'Discord gateway', closing: gate.closed }));
 * // … on shutdown:
 * await health.close();
 */
export async function startHealthServer(port: number, facts: () => ReadinessFacts, host?: string): Promise<HealthServer> {
  const server: Server = createServer({ requestTimeout: 5_000, headersTimeout: 5_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000, maxHeaderSize: 8 * 1024 }, (req, res) => {
    if (!answerProbe(req, res, facts)) res.writeHead(404, { connection: 'close' }).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
