import { relationId } from './relationId';

/**
 * A small declarative predicate over a record's fields. A rule such as "what the public may
 * see" or "what an editor may read" is written once as a predicate, and every store translates
 * the same definition: the CMS into a Payload where-clause, the gateway into SQL (and MongoDB
 * filters), and `matches` evaluates it in memory. Fields used in predicates are never null.
 */
export type PredicateValue = string | number | boolean;

export type Predicate =
  | { and: readonly Predicate[] }
  | { or: readonly Predicate[] }
  | { field: string; equals: PredicateValue }
  | { field: string; notEquals: PredicateValue }
  | { field: string; in: readonly PredicateValue[] };

/** What an actor may reach: everything, nothing, or the records that match a predicate. */
export type Scope = boolean | Predicate;

export const equals = (field: string, value: PredicateValue): Predicate => ({ field, equals: value });
export const notEquals = (field: string, value: PredicateValue): Predicate => ({ field, notEquals: value });
export const oneOf = (field: string, values: readonly PredicateValue[]): Predicate => ({ field, in: values });
export const allOf = (...predicates: Predicate[]): Predicate => ({ and: predicates });
export const anyOf = (...predicates: Predicate[]): Predicate => ({ or: predicates });

// Relationship values arrive populated ({ id, … }) or bare, and ids as numbers (SQLite) or
// strings (MongoDB); compare them by their text.
const same = (actual: unknown, expected: PredicateValue) => {
  const value = relationId(actual);
  return value !== null && String(value) === String(expected);
};

/** Evaluates a predicate against one record. */
export const matches = (predicate: Predicate, record: Record<string, unknown>): boolean => {
  if ('and' in predicate) return predicate.and.every((part) => matches(part, record));
  if ('or' in predicate) return predicate.or.some((part) => matches(part, record));
  const actual = record[predicate.field];
  if ('equals' in predicate) return same(actual, predicate.equals);
  if ('notEquals' in predicate) return !same(actual, predicate.notEquals);
  return predicate.in.some((value) => same(actual, value));
};

/** Evaluates a scope against one record. */
export const isInScope = (scope: Scope, record: Record<string, unknown>): boolean =>
  typeof scope === 'boolean' ? scope : matches(scope, record);

/** The field names a predicate reads, so that a translator can check it knows each of them. */
export const predicateFields = (predicate: Predicate): string[] => {
  if ('and' in predicate) return [...new Set(predicate.and.flatMap(predicateFields))];
  if ('or' in predicate) return [...new Set(predicate.or.flatMap(predicateFields))];
  return [predicate.field];
};
