import { DisclosureListDocument, type DisclosureFilter, type DisclosureRowFragment } from '../gql/graphql';
import { GatewayInputError, query } from './gateway';

export const pageSize = 20;

export type DisclosurePage = {
  rows: DisclosureRowFragment[];
  totalCount: number;
  isFirstPage: boolean;
  previousCursor?: string | null;
  nextCursor?: string | null;
};

/**
 * One page of public records newest first. `after` pages forward; `before` pages back by
 * reading the opposite order from that cursor and reversing, since the gateway pages forward only.
 */
export const pagedDisclosures = async ({ filter, after, before }: { filter: DisclosureFilter; after?: string; before?: string }): Promise<DisclosurePage> => {
  const isBackward = Boolean(before) && !after;
  const cursor = isBackward ? before : after;
  let result;
  try {
    result = await query(DisclosureListDocument, { filter, first: pageSize, after: cursor, orderBy: isBackward ? 'PUBLISHED_AT_ASC' : 'PUBLISHED_AT_DESC' });
  } catch (error) {
    // A damaged or outdated page link: show the first page rather than an error.
    if (cursor && error instanceof GatewayInputError) return pagedDisclosures({ filter });
    throw error;
  }
  const { disclosures } = result;
  // Reading back to the newest record: show the full first page rather than a short one.
  if (isBackward && !disclosures.pageInfo.hasNextPage) return pagedDisclosures({ filter });
  const edges = isBackward ? [...disclosures.edges].reverse() : disclosures.edges;
  const rows = edges.map((edge) => edge.node);
  const hasMoreBefore = isBackward ? disclosures.pageInfo.hasNextPage : Boolean(after);
  const hasMoreAfter = isBackward ? true : disclosures.pageInfo.hasNextPage;
  return {
    rows,
    totalCount: disclosures.totalCount,
    isFirstPage: !hasMoreBefore,
    previousCursor: hasMoreBefore ? edges[0]?.cursor : null,
    nextCursor: hasMoreAfter ? edges.at(-1)?.cursor : null,
  };
};
