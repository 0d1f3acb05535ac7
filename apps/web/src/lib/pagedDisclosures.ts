import { DisclosureListDocument, SearchResultsDocument, type DisclosureFilter, type DisclosureRowFragment } from '../gql/graphql';
import { GatewayInputError, query } from './gateway';

export const pageSize = 20;

/** A directory row; search results also carry the 文号 and the body's plain text, for snippets. */
export type DisclosureListRow = DisclosureRowFragment & { documentNo?: string | null; bodyText?: string };

export type DisclosurePage = {
  rows: DisclosureListRow[];
  totalCount: number;
  isFirstPage: boolean;
  previousCursor?: string | null;
  nextCursor?: string | null;
};

/**
 * One page of public records newest first. `after` pages forward; `before` pages back by
 * reading the opposite order from that cursor and reversing, since the gateway pages forward only.
 */
export const pagedDisclosures = async ({
  filter,
  after,
  before,
  withBodyText = false,
}: {
  filter: DisclosureFilter;
  after?: string;
  before?: string;
  withBodyText?: boolean;
}): Promise<DisclosurePage> => {
  // Same selection and variables; search results add the 文号 and bodyText (the directory lists need neither).
  const document = (withBodyText ? SearchResultsDocument : DisclosureListDocument) as typeof SearchResultsDocument;
  const isBackward = Boolean(before) && !after;
  const cursor = isBackward ? before : after;
  let result;
  try {
    result = await query(document, { filter, first: pageSize, after: cursor, orderBy: isBackward ? 'PUBLISHED_AT_ASC' : 'PUBLISHED_AT_DESC' });
  } catch (error) {
    // A damaged or outdated page link: show the first page rather than an error.
    if (cursor && error instanceof GatewayInputError) return pagedDisclosures({ filter, withBodyText });
    throw error;
  }
  const { disclosures } = result;
  // Reading back to the newest record: show the full first page rather than a short one.
  if (isBackward && !disclosures.pageInfo.hasNextPage) return pagedDisclosures({ filter, withBodyText });
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
