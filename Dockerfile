# The bots in a container: `docker compose up -d slack` (or discord) — see compose.yaml and
# docs/operations.md. One image; the command picks the front end (slack, discord, index, …).
FROM node:20-slim

# HEALTH_PORT: every bot in the image serves /healthz there, whatever its mode, for the HEALTHCHECK below.
ENV NODE_ENV=production \
    HEALTH_PORT=8080 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app

# Dependencies first, so a source change does not reinstall them. --ignore-scripts: `prepare`
# (the bundle build) needs the sources, copied next; dev dependencies (tests, tsx) stay out.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

COPY . .
# The bundles in dist/, built now so the non-root user never has to write them; .cache (index
# snapshot) and data (feedback) belong to that user.
RUN npm run build \
 && mkdir -p .cache data \
 && chown -R node:node .cache data corpus

USER node

# Slack HTTP mode listens on PORT; /healthz and /readyz are served there and on HEALTH_PORT.
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "scripts/healthcheck.mjs"]

# npm hands SIGTERM to the bot (its scripts `exec` node), which finishes the questions in flight.
ENTRYPOINT ["npm", "run", "--silent"]
CMD ["slack"]
