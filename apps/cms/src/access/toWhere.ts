import type { Predicate, Scope } from '@xxgk/domain';
import type { AccessResult, Where } from 'payload';

/**
 * Translates a domain predicate into a Payload where-clause. `prefix` addresses the fields
 * through a path, e.g. `version.` for a version's own content or `parent.` for the record a
 * version belongs to.
 */
export const toWhere = (predicate: Predicate, prefix = ''): Where => {
  if ('and' in predicate) return { and: predicate.and.map((part) => toWhere(part, prefix)) };
  if ('or' in predicate) return { or: predicate.or.map((part) => toWhere(part, prefix)) };
  const path = `${prefix}${predicate.field}`;
  if ('equals' in predicate) return { [path]: { equals: predicate.equals } };
  if ('notEquals' in predicate) return { [path]: { not_equals: predicate.notEquals } };
  return { [path]: { in: [...predicate.in] } };
};

/** A domain scope as a Payload access result: true, false or a where-clause. */
export const toAccess = (scope: Scope, prefix = ''): AccessResult => (typeof scope === 'boolean' ? scope : toWhere(scope, prefix));

/** Both scopes must hold; `true` and `false` simplify away. */
export const bothScopes = (first: AccessResult, second: AccessResult): AccessResult => {
  if (first === false || second === false) return false;
  if (first === true) return second;
  if (second === true) return first;
  return { and: [first, second] };
};
