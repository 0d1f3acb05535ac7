import type { SupervisionFacts } from '@xxgk/domain';

/**
 * What the supervision rules (@xxgk/domain supervision.ts) need from the records, loaded with
 * aggregate queries (GROUP BY on SQLite, $group on MongoDB): never the records themselves. The
 * store only loads; every judgement is the domain's, the same on both databases.
 */
export type FactsQuery = {
  /** The period's instants, half-open [from, to). */
  period: { from: Date; to: Date };
  /** The end of the as-of day (midnight after it, Beijing time): what was true then is judged. */
  asOfEnd: Date;
  /** Public records only (the gateway): no drafts, nothing withheld, no review log. */
  publicOnly: boolean;
};

export type SupervisionStore = { facts: (query: FactsQuery) => Promise<SupervisionFacts> };
