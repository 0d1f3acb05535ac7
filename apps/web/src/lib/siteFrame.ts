import { cache } from 'react';
import { SiteFrameDocument } from '../gql/graphql';
import { query } from './gateway';

/** The institution and guide contacts shown on every page (one gateway call per render). */
export const siteFrame = cache(async () => (await query(SiteFrameDocument)).site);
