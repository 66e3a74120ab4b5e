# syntax=docker/dockerfile:1
# The AgentDesk sync server. Build:  docker build -t agentdesk-server .
# Run:    docker run -p 8787:8787 -v agentdesk-data:/data agentdesk-server
# Settings: environment variables, see docs/server.md. compose.yaml runs it with PostgreSQL.

# --- build: bundle src/server with the root lockfile's tools (esbuild) -----------------------
FROM node:22-bookworm-slim AS build
WORKDIR /src
ENV ELECTRON_SKIP_BINARY_DOWNLOAD=1
COPY package.json package-lock.json ./
# Only the bundler and the bundled pure-JS packages are needed: no install scripts (no Electron download, no native build).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY scripts/buildServer.mjs ./scripts/
COPY server/package.json ./server/
COPY src/shared ./src/shared
COPY src/node ./src/node
COPY src/server ./src/server
RUN npm run build:server

# --- deps: the server's own runtime dependencies (server/package-lock.json) ------------------
FROM node:22-bookworm-slim AS deps
# better-sqlite3 downloads a prebuilt binary; these let it compile instead where none fits (or GitHub is unreachable).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY server/package.json server/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ----------------------------------------------------------------------------------
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    AGENTDESK_SERVER_DB=/data/agentdesk-server.db
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/dist/server ./dist/server
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["node", "dist/server/healthcheck.js"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/main.js"]
