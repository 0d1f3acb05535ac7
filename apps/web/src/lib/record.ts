import { cache } from 'react';
import { DisclosurePageDocument } from '../gql/graphql';
import { query } from './gateway';

/** A public record, or null for a missing, hidden or malformed id (the gateway answers all three alike). */
export const loadRecord = cache(async (id: string) => (await query(DisclosurePageDocument, { id })).disclosure ?? null);
