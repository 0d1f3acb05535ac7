import { publicRecordCriteria } from '@xxgk/domain';
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, RequestContext } from 'payload';
import { notifyPublicSite } from '../lib/notifyPublicSite';

/** Seeds and bulk imports set this to skip the notification (they run before the site is up). */
export const skipRevalidation = { skipRevalidation: true } satisfies RequestContext;

type Record = { status?: string | null; attribute?: string | null; audience?: string | null } | undefined;

const isPublic = (doc: Record) =>
  doc?.status === publicRecordCriteria.status && doc?.attribute === publicRecordCriteria.attribute && doc?.audience === publicRecordCriteria.audience;

/** A disclosure record matters to the public site when it is public now or was before the change. */
export const revalidateAfterDisclosureChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (!req.context.skipRevalidation && (isPublic(doc) || isPublic(previousDoc))) notifyPublicSite(req.payload);
  return doc;
};

export const revalidateAfterDisclosureDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!req.context.skipRevalidation && isPublic(doc)) notifyPublicSite(req.payload);
  return doc;
};

/** Reference data (checklist wording, departments, channels) and site settings appear on every page. */
export const revalidateAfterReferenceChange: CollectionAfterChangeHook = ({ doc, req }) => {
  if (!req.context.skipRevalidation) notifyPublicSite(req.payload);
  return doc;
};

export const revalidateAfterSettingsChange: GlobalAfterChangeHook = ({ doc, req }) => {
  if (!req.context.skipRevalidation) notifyPublicSite(req.payload);
  return doc;
};
