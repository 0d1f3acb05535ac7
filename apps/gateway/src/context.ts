import type DataLoader from 'dataloader';
import type { Attachment } from '@xxgk/cms/types';
import type { Payload } from 'payload';
import type { ReferenceData } from './data/referenceData';
import type { ProofOfWork } from './intake/proofOfWork';
import type { SubmissionLimit } from './intake/submissionLimit';
import type { StatisticsStore } from '@xxgk/cms/statistics';

/**
 * What every resolver gets: Payload's Local API (queried with the public access rules),
 * in-memory reference data, the statistics store, per-request loaders and the limits.
 */
export type Context = {
  payload: Payload;
  reference: ReferenceData;
  statistics: StatisticsStore;
  attachments: DataLoader<string, Attachment | null>;
  /** Bodies are the heaviest column: lists never read them, this loader fetches them in one query when asked for. */
  bodies: DataLoader<string, unknown>;
  /** Keywords in their order (a table of their own on SQLite): fetched for a page in one query, only when asked for. */
  keywords: DataLoader<string, string[]>;
  /** Computes a value once per request (e.g. per-item activity used by all 50 items). */
  once: <T>(key: string, compute: () => Promise<T>) => Promise<T>;
  limits: { maxPageSize: number; resolverTimeoutMs: number };
  /** The HTTP request (graphql-yoga's own context): its language and headers. */
  request: Request;
  /** The public intake (submissions, status lookups): its rate limit, proof of work and the site's address. */
  intake: {
    /** Counts one call for this request's client; throws RATE_LIMITED (429) beyond the limit. */
    limit: (language: Parameters<SubmissionLimit>[1]) => Promise<void>;
    proofOfWork: ProofOfWork;
    /** The public site's address, for correction requests that name a page of it. */
    siteUrl?: string;
  };
};
