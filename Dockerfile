# One image for every app of the platform (docker-compose.yml picks the command per service):
# the CMS and the public site run their Next production builds, the gateway runs its TypeScript
# with tsx, as `npm start` does. See docs/DEPLOYMENT.md.
FROM node:20-bookworm-slim

# package.json asks for npm 11 (packageManager); Node 20 images ship npm 10.
RUN npm install -g npm@11.19.1

WORKDIR /app
COPY . .
# Dev dependencies stay: the gateway runs through tsx and the builds need them.
RUN npm ci --no-audit --no-fund \
 && NODE_OPTIONS=--conditions=production NEXT_TELEMETRY_DISABLED=1 npx turbo run build --output-logs=errors-only

# What the apps write at run time: Next's caches, generated secrets (unused when given, as in
# docker-compose.yml) and uploads (a volume; shared storage or S3 with several CMS instances).
RUN mkdir -p /app/data /uploads \
 && chown -R node:node /app/data /uploads /app/apps/cms/.next /app/apps/web/.next

ENV NODE_ENV=production \
    NODE_OPTIONS=--conditions=production \
    NEXT_TELEMETRY_DISABLED=1
USER node
