import { isAuthor, isEditor, isPublisher, seesEverything, type Actor } from './actor';
import { allOf, anyOf, equals, notEquals, oneOf, type Predicate, type Scope } from './predicate';
import { publicAttachmentPredicate, publicRecordPredicate } from './publicRecord';
import type { Status } from './disclosure';
import type { Refusal } from './refusal';

/**
 * Who may reach which disclosure records and attachments, as scopes the CMS translates into
 * its access rules (REST, GraphQL, Local API and the admin alike). `null` is the public.
 */
const unpublished: readonly Status[] = ['draft', 'submitted', 'returned'];
const ownDepartment = (actor: Actor): Predicate | null => (actor.departmentId === null ? null : equals('department', actor.departmentId));
const orOwnDepartment = (actor: Actor, other: Predicate): Predicate => {
  const own = ownDepartment(actor);
  return own ? anyOf(own, other) : other;
};

/**
 * Reading: reviewers, supervisors and administrators everything; an editor their department's
 * records plus other departments' published records that are not withheld; the public only
 * public records.
 */
export const disclosureReadScope = (actor: Actor | null): Scope => {
  if (!actor) return publicRecordPredicate;
  if (seesEverything(actor)) return true;
  return orOwnDepartment(actor, allOf(equals('status', 'published'), notEquals('attribute', 'withheld')));
};

/**
 * Version history follows the read rule twice: the version's own content must be readable,
 * and so must the record as it is now (a withdrawn record's old public versions stay hidden).
 * The public reads no history at all. Translators apply `version` to the version's fields and
 * `current` to its record's.
 */
export const disclosureVersionScope = (actor: Actor | null): { version: Scope; current: Scope } =>
  actor ? { version: disclosureReadScope(actor), current: disclosureReadScope(actor) } : { version: false, current: false };

export const canCreateDisclosure = (actor: Actor | null): boolean => isAuthor(actor);

/** Changing: reviewers and administrators any record; editors their department's unpublished ones (the workflow judges each change). */
export const disclosureUpdateScope = (actor: Actor | null): Scope => {
  if (isPublisher(actor)) return true;
  if (!isEditor(actor)) return false;
  const own = ownDepartment(actor);
  return own ? allOf(own, oneOf('status', unpublished)) : false;
};

/** Deleting: reviewers and administrators any record, editors their department's; `decideDeletion` judges the state. */
export const disclosureDeleteScope = (actor: Actor | null): Scope => {
  if (isPublisher(actor)) return true;
  if (!isEditor(actor)) return false;
  return ownDepartment(actor) ?? false;
};

/** Attachments: public while a public record links to them; staff see their department's files too. */
export const attachmentReadScope = (actor: Actor | null): Scope => {
  if (!actor) return publicAttachmentPredicate;
  if (seesEverything(actor)) return true;
  return orOwnDepartment(actor, publicAttachmentPredicate);
};

export const canUploadAttachment = (actor: Actor | null): boolean => isAuthor(actor);

/** An editor changes or deletes only their department's files that are not yet public. */
export const attachmentChangeScope = (actor: Actor | null): Scope => {
  if (isPublisher(actor)) return true;
  if (!isEditor(actor)) return false;
  const own = ownDepartment(actor);
  return own ? allOf(own, equals('isPublic', false)) : false;
};

/**
 * Fields of an attachment that users may write: `isPublic` is the system's alone (it follows
 * the records that link the file); the uploading department only reviewers and administrators
 * change (an editor's upload is filed under their own department by the system).
 */
export const canWriteAttachmentField = ({ actor, field }: { actor: Actor | null; field: 'isPublic' | 'department' }): boolean =>
  field === 'department' ? isPublisher(actor) : false;

/**
 * An editor authors only for their own department (责任部门): the department defaults to
 * theirs on creation, and any other is refused with a message rather than silently replaced.
 * Returns the department to store (unchanged for everyone else).
 */
export const decideDepartment = ({
  actor,
  operation,
  requested,
}: {
  actor: Actor | null;
  operation: 'create' | 'update';
  requested: number | string | null | undefined;
}): { department: number | string | null | undefined } | { refusal: Refusal } => {
  if (!isEditor(actor)) return { department: requested };
  if (actor.departmentId === null) return { refusal: { key: 'editorWithoutDepartment' } };
  if (requested === null || requested === undefined || requested === '') {
    return { department: operation === 'create' ? actor.departmentId : requested };
  }
  if (String(requested) !== String(actor.departmentId)) return { refusal: { key: 'editorOwnDepartmentOnly', path: 'department' } };
  return { department: requested };
};
