// Types of cacheHandler.mjs (plain JavaScript, loaded by Next as its `cacheHandler`).
export declare const serialize: (value: unknown) => string;
export declare const deserialize: (text: string) => any;

export default class SharedCacheHandler {
  constructor(context?: unknown);
  get(key: string, ctx: any): Promise<{ lastModified: number; value: any; cacheControl?: unknown } | null>;
  set(key: string, data: any, ctx: any): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
