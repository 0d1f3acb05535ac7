import type { CollectionBeforeChangeHook } from 'payload';
import { fieldError } from '../i18n/messages';

/** Stable codes (checklist codes, channel keys) never change once created: other systems link by them. */
export const keepCodeStable =
  (field: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req, collection }) => {
    if (operation === 'update' && field in data && data[field] !== originalDoc?.[field]) {
      throw fieldError({ req, collection: collection.slug, refusal: { key: 'codeImmutable', path: field, params: { code: String(originalDoc?.[field]) } } });
    }
    return data;
  };
