import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Browser features the site never uses, refused to its pages and to anything embedded in them. */
const permissionsPolicy = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()', 'bluetooth=()', 'browsing-topics=()'].join(', ');

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@xxgk/domain', '@xxgk/config'],
  poweredByHeader: false,
  // ECharts renders charts to SVG strings on the server; keep it out of the bundler.
  serverExternalPackages: ['echarts'],
  experimental: {
    // The application form carries files (up to 20 MB together, lib/intake): its POST must reach
    // the server action whole, through the proxy (src/proxy.ts) too. A little over the gateway's
    // own limit (25 MB with the form), so that the gateway says what is too large, at the field.
    serverActions: { bodySizeLimit: '30mb' },
    proxyClientMaxBodySize: '30mb',
    // app/global-not-found.tsx answers unknown addresses (and those the proxy finds missing)
    // with a complete page: the root layout sits under [lang], so no other 404 page can.
    globalNotFound: true,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: permissionsPolicy },
        ],
      },
    ];
  },
};

/**
 * Several site instances (REDIS_URL set): Next's data cache lives in Redis, shared by every
 * instance (cacheHandler.mjs), and none keeps a copy in its own memory. Only for the server a
 * build is run with: `next build` neither needs Redis nor writes to it.
 */
export default (phase: string): NextConfig =>
  phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL
    ? { ...nextConfig, cacheHandler: path.join(path.dirname(fileURLToPath(import.meta.url)), 'cacheHandler.mjs'), cacheMaxMemorySize: 0 }
    : nextConfig;
