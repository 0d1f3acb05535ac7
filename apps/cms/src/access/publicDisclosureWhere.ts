import { publicRecordCriteria } from '@xxgk/domain';
import type { Where } from 'payload';

/** The where-clause that defines what the public may read (DOMAIN.md rule 1): published, active, public audience. */
export const publicDisclosureWhere: Where = {
  and: [
    { status: { equals: publicRecordCriteria.status } },
    { attribute: { equals: publicRecordCriteria.attribute } },
    { audience: { equals: publicRecordCriteria.audience } },
  ],
};
