import { allOf, equals, matches } from './predicate';

/**
 * What the public may see (DOMAIN.md rule 1): a record that is published, actively disclosed
 * (主动公开) and meant for society (向社会公开). The one definition every store translates:
 * the CMS access rule, the gateway's SQL statistics, the site-notification check and tests.
 */
export const publicRecordPredicate = allOf(equals('status', 'published'), equals('attribute', 'active'), equals('audience', 'public'));

export const isPublicRecord = (record: Record<string, unknown> | null | undefined): boolean =>
  Boolean(record) && matches(publicRecordPredicate, record as Record<string, unknown>);

/** Attachments (附件) are public exactly while a public record links to them; the system keeps this flag. */
export const publicAttachmentPredicate = equals('isPublic', true);
