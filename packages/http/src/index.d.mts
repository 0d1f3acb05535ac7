import type { IncomingMessage } from 'node:http';

/** Splits a comma-separated TRUSTED_PROXIES value into entries (addresses, CIDR ranges, `loopback`…). */
export declare const parseTrustedProxies: (text: string | undefined) => string[];
/** Canonical text of an address (IPv4-mapped IPv6 becomes IPv4). */
export declare const normalizeAddress: (address: string) => string;
/** The client address of a request, believing X-Forwarded-For only from trusted proxies. */
export declare const createClientAddress: (options: { trustedProxies: string[] }) => (request: IncomingMessage) => string;
/** Header through which a server started by serveNext passes the resolved client address to the app. */
export declare const clientAddressHeader: 'x-xxgk-client-address';
/** The client's preferred encoding among br and gzip (q-values respected), or null. */
export declare const negotiateEncoding: (acceptEncoding: string | null | undefined) => 'br' | 'gzip' | null;
/** A whole body compressed with br (quality 5) or gzip (level 6). */
export declare const compressBody: (body: Uint8Array, encoding: 'br' | 'gzip') => Buffer;
/** Content-Disposition with an ASCII filename and, for other names, an RFC 8187 `filename*`. */
export declare const contentDisposition: (filename: string, disposition?: 'attachment' | 'inline') => string;
/** A fresh CSP nonce: 128 random bits, base64. */
export declare const newNonce: () => string;
/** A client that can run a Lua script (ioredis's `eval`): what the window counter needs of Redis. */
export type ScriptRunner = { eval: (script: string, keyCount: number, ...args: string[]) => Promise<unknown> };
/**
 * Counts events per key in fixed windows that open at a key's first event. In process, or in Redis
 * (shared by every instance) when a client is given; falls back to counting in process when Redis fails.
 */
export declare const createWindowCounter: (options?: {
  windowMs?: number;
  maxKeys?: number;
  redis?: ScriptRunner | null;
  onRedisError?: (error: unknown) => void;
}) => (key: string, now?: number) => Promise<{ count: number; resetInMs: number }>;
