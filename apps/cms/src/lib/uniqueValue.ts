import type { Labelled } from '@xxgk/domain';
import type { CollectionSlug, Validate } from 'payload';
import { say } from '../i18n/messages';

/**
 * A field validator that refuses a value another document of the collection already has, with
 * a message at the field that names it, in the request's language. The database's unique index
 * stays the guarantee; this check exists because what the databases say on a violation differs:
 * SQLite names the column, MongoDB names the index (`code_1`), and MongoDB-compatible servers
 * such as DocumentDB name neither, so Payload could only say "Value must be unique" at no field.
 * Only a write racing another with the same value in the same instant still gets that message.
 */
export const uniqueValue =
  ({ collection, field, label, format }: { collection: CollectionSlug; field: string; label: Labelled; format?: Validate }): Validate =>
  async (value, options) => {
    const formatted = format ? await format(value, options) : true;
    if (formatted !== true || value === null || value === undefined || value === '') return formatted;
    const { req, id } = options;
    const sameValue = { [field]: { equals: value } };
    const { totalDocs } = await req.payload.count({
      collection,
      where: id ? { and: [sameValue, { id: { not_equals: id } }] } : sameValue,
      req,
      overrideAccess: true,
    });
    return totalDocs > 0 ? say(req, { key: 'valueTaken', path: field, params: { field: label, value: String(value) } }) : true;
  };
