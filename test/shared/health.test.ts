import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HealthServer, type ReadinessFacts, readiness, startHealthServer } from '../../adapters/shared/health.js';

const up: ReadinessFacts = { articles: 3, connected: true, connection: 'Discord gateway', closing: false };

describe('readiness', () => {
  it('is ok with articles loaded, the connection up and no shutdown', () => {
    expect(readiness(up)).toEqual({ status: 200, body: { status: 'ok', articles: 3 } });
  });

  it('gives the reason it is not ready, shutdown first', () => {
    expect(readiness({ ...up, connected: false })).toEqual({ status: 503, body: { status: 'unavailable', reason: 'Discord gateway not connected', articles: 3 } });
    expect(readiness({ ...up, articles: 0 })).toEqual({ status: 503, body: { status: 'unavailable', reason: 'no articles loaded', articles: 0 } });
    expect(readiness({ ...up, connected: false, closing: true }).body.reason).toBe('shutting down');
  });
});

describe('startHealthServer', () => {
  let facts: ReadinessFacts;
  let server: HealthServer;
  beforeAll(async () => {
    facts = { ...up, connected: false };
    server = await startHealthServer(0, () => facts, '127.0.0.1');
  });
  afterAll(() => server?.close());

  const get = async (path: string, method = 'GET') => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };

  it('answers /healthz while the process is up, whatever the readiness', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: '{"status":"ok"}' });
  });

  it('answers /readyz from the facts as they are at each request', async () => {
    facts = { ...up, connected: false };
    expect(await get('/readyz')).toMatchObject({ status: 503, body: '{"status":"unavailable","reason":"Discord gateway not connected","articles":3}' });
    facts = up;
    expect(await get('/readyz')).toMatchObject({ status: 200, body: '{"status":"ok","articles":3}' });
  });

  it('answers 404 elsewhere and 405 to a POST', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/readyz', 'POST')).status).toBe(405);
  });
});
