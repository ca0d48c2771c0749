#!/usr/bin/env node
// The container's HEALTHCHECK: GET /healthz on HEALTH_PORT (Slack Socket Mode and Discord serve it
// there), or on PORT (Slack HTTP mode serves it beside /slack/events). Exit 0 when it answers 2xx
// within 3 seconds, 1 otherwise, as Docker expects.
const port = process.env.HEALTH_PORT?.trim() || process.env.PORT?.trim() || '3000';
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
