import type { Refusal } from '@xxgk/domain';
import type { FieldAccess, FieldHook } from 'payload';
import { fieldError } from '../i18n/messages';
import { idOf } from './user';

/**
 * Field-level access drops a value the user may not write; this hook, run before it, tells the
 * user instead of silently ignoring the change. Only a real change is refused (forms send every
 * field back unchanged).
 */
export const refuseForbiddenWrite =
  ({
    canWrite,
    refusal,
    fallback,
    operations = ['create', 'update'],
  }: {
    canWrite: FieldAccess;
    refusal: Refusal & { path: string };
    fallback?: unknown;
    /** The operations the field's access restricts (as in its `access`). */
    operations?: ('create' | 'update')[];
  }): FieldHook =>
  async (args) => {
    const { value, previousValue, overrideAccess, req, collection, operation } = args;
    if (overrideAccess || value === undefined || !operations.includes(operation as 'create' | 'update')) return value;
    const before = operation === 'create' ? fallback : previousValue;
    const isChange = String(idOf(value) ?? '') !== String(idOf(before) ?? '');
    if (isChange && !(await canWrite({ req, data: args.data, siblingData: args.siblingData, doc: args.originalDoc }))) {
      throw fieldError({ req, collection: collection?.slug ?? '', refusal });
    }
    return value;
  };
