import { collections, decideTransition, deriveRecord, type ReviewEntry } from '@xxgk/domain';
import type { CollectionBeforeChangeHook } from 'payload';
import type { Disclosure } from '../../../payload-types';
import { fieldError, languageOf, refusal } from '../../../i18n/messages';
import { actorFromReq } from '../../../lib/user';

/**
 * The review workflow and the derived fields of a record, as @xxgk/domain decides them: who may
 * take this status or validity change, the comment it needs, then the publication date,
 * academic year, confidentiality-review log (保密审查记录) and body text it derives.
 */
export const applyWorkflow: CollectionBeforeChangeHook<Disclosure> = ({ data, originalDoc, operation, req }) => {
  const actor = actorFromReq(req);
  const before = operation === 'create' || !originalDoc ? null : originalDoc;
  const decision = decideTransition({
    actor,
    before: before && { status: before.status, validity: before.validity, publishedAt: before.publishedAt },
    requested: { status: data.status, validity: data.validity, publishedAt: data.publishedAt, note: data.reviewNote },
  });
  if (!decision.isAllowed) {
    const { path } = decision.refusal;
    // A missing comment is the user's to fill in at the field; a forbidden change is refused outright.
    if (decision.refusal.key === 'commentRequired' && path) throw fieldError({ req, collection: collections.disclosures, refusal: { ...decision.refusal, path } });
    throw refusal({ req, refusal: decision.refusal });
  }
  const derived = deriveRecord({
    decision,
    actor,
    before: before && { status: before.status, publishedAt: before.publishedAt, submittedAt: before.submittedAt, reviews: before.reviews as ReviewEntry[] | null, body: before.body },
    data: { publishedAt: data.publishedAt, body: data.body, reviews: data.reviews as ReviewEntry[] | null },
    now: new Date(),
    language: languageOf(req),
  });
  const author = operation === 'create' && actor ? { author: actor.id } : {};
  return { ...data, ...derived, ...author } as Partial<Disclosure>;
};
