// Types of sharedCache.mjs (plain JavaScript, loaded by server.mjs and by Next through cacheHandler.mjs).
import type { Redis } from 'ioredis';

export declare const sharedKeys: { entry: (key: string) => string; generations: string; channel: string };
export declare const everyTag: '*';
export declare const warnShared: (what: string, error: unknown) => void;
export declare const sharedRedis: () => Redis | null;
export declare const toGenerations: (raw: Record<string, string>) => Record<string, number>;
export declare const expireTags: (tags: string[]) => Promise<void>;
export declare const connectSharedCache: (options: { url?: string; onExpiry: () => void; timeoutMs?: number }) => void;
