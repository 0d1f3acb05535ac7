import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Env } from './env';
import { findRepoRoot } from './repoRoot';

export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string };

const fromRoot = (value: string) => path.resolve(findRepoRoot(), value);

/** The one place that turns DATABASE_URL into a database choice (relative SQLite paths resolve from the repo root). */
export const resolveDatabase = (env: Env): DatabaseChoice => {
  if (env.DATABASE_URL.startsWith('mongodb')) return { kind: 'mongodb', url: env.DATABASE_URL };
  const file = fromRoot(env.DATABASE_URL.slice('file:'.length));
  mkdirSync(path.dirname(file), { recursive: true });
  return { kind: 'sqlite', url: `file:${file}`, file };
};

export const resolveUploadDir = (env: Env) => fromRoot(env.UPLOAD_DIR);
export const resolveDataDir = (env: Env) => fromRoot(env.DATA_DIR);

/** A random secret created once in the data folder and shared by every local process. */
const secretFile = (env: Env, name: string): string => {
  const dataDir = resolveDataDir(env);
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
};

/**
 * PAYLOAD_SECRET signs sessions. Without one, a random secret is created once in the data
 * folder and shared by every process, so a fresh clone is secure without configuration.
 */
export const resolveSecret = (env: Env): string => env.PAYLOAD_SECRET ?? secretFile(env, 'payload-secret');

/** REVALIDATE_SECRET lets the CMS tell the public site to drop its cached pages (same defaulting). */
export const resolveRevalidateSecret = (env: Env): string => env.REVALIDATE_SECRET ?? secretFile(env, 'revalidate-secret');

/**
 * GATEWAY_SITE_KEY identifies the public site to the gateway, whose rate limit is for
 * anonymous clients: the site serves every visitor through it and limits its own visitors.
 */
export const resolveSiteKey = (env: Env): string => env.GATEWAY_SITE_KEY ?? secretFile(env, 'gateway-site-key');

/** The site's persisted operations, an explicit input of the gateway (generated with the site's typed client). */
export const resolvePersistedOperationsFile = (env: Env) => fromRoot(env.GATEWAY_PERSISTED_OPERATIONS);

/** Where the public site, the gateway and the CMS are reached (defaults: this machine). */
export const resolveUrls = (env: Env) => {
  const web = env.WEB_PUBLIC_URL ?? `http://localhost:${env.WEB_PORT}`;
  return {
    web,
    webRevalidate: env.WEB_REVALIDATE_URL ?? `http://localhost:${env.WEB_PORT}/api/revalidate`,
    gateway: env.GATEWAY_URL ?? `http://localhost:${env.GATEWAY_PORT}/graphql`,
    gatewayPublic: env.GATEWAY_PUBLIC_URL ?? env.GATEWAY_URL ?? `http://localhost:${env.GATEWAY_PORT}/graphql`,
    cms: env.CMS_PUBLIC_URL ?? `http://localhost:${env.CMS_PORT}`,
  };
};

export type MailSettings = {
  /** Unset: nothing is sent; notifications are recorded only. */
  smtp: { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } } | null;
  from: { name: string; address: string };
};

/** The SMTP server and sender of staff notifications (port 465 with SMTP_SECURE=true, else 587, unless SMTP_PORT says). */
export const resolveMail = (env: Env): MailSettings => {
  const named = /^\s*"?(.*?)"?\s*<([^<>]+)>\s*$/.exec(env.MAIL_FROM);
  const from = named ? { name: named[1]!.trim(), address: named[2]!.trim() } : { name: '', address: env.MAIL_FROM.trim() };
  if (!env.SMTP_HOST) return { smtp: null, from };
  return {
    smtp: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587),
      secure: env.SMTP_SECURE,
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    },
    from,
  };
};
