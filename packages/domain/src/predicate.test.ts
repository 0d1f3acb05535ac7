import { describe, expect, it } from 'vitest';
import { allOf, anyOf, equals, isInScope, matches, notEquals, oneOf, predicateFields } from './predicate';

describe('declarative predicates', () => {
  const record = { status: 'published', department: { id: 7, name: '财务处' }, year: 2022, flag: true };

  it('compares equal values, populated relationships and ids of either type by their text', () => {
    expect(matches(equals('status', 'published'), record)).toBe(true);
    expect(matches(equals('status', 'draft'), record)).toBe(false);
    expect(matches(equals('department', 7), record)).toBe(true);
    expect(matches(equals('department', '7'), record)).toBe(true);
    expect(matches(equals('department', 8), record)).toBe(false);
    expect(matches(equals('flag', true), record)).toBe(true);
    expect(matches(equals('flag', false), record)).toBe(false);
  });

  it('treats a missing field as equal to nothing and different from everything', () => {
    expect(matches(equals('missing', 'x'), record)).toBe(false);
    expect(matches(equals('missing', 'null'), record)).toBe(false);
    expect(matches(equals('missing', 'undefined'), { missing: null })).toBe(false);
    expect(matches(notEquals('missing', 'x'), record)).toBe(true);
    expect(matches(oneOf('missing', ['x']), record)).toBe(false);
  });

  it('negates with notEquals and lists with in', () => {
    expect(matches(notEquals('status', 'draft'), record)).toBe(true);
    expect(matches(notEquals('status', 'published'), record)).toBe(false);
    expect(matches(oneOf('status', ['draft', 'published']), record)).toBe(true);
    expect(matches(oneOf('status', ['draft', 'returned']), record)).toBe(false);
    expect(matches(oneOf('status', []), record)).toBe(false);
  });

  it('combines with and / or', () => {
    const yes = equals('status', 'published');
    const no = equals('status', 'draft');
    expect(matches(allOf(yes, yes), record)).toBe(true);
    expect(matches(allOf(yes, no), record)).toBe(false);
    expect(matches(anyOf(no, yes), record)).toBe(true);
    expect(matches(anyOf(no, no), record)).toBe(false);
  });

  it('evaluates scopes: everything, nothing, or a predicate', () => {
    expect(isInScope(true, record)).toBe(true);
    expect(isInScope(false, record)).toBe(false);
    expect(isInScope(equals('year', 2022), record)).toBe(true);
    expect(isInScope(equals('year', 2021), record)).toBe(false);
  });

  it('lists the fields a predicate reads, once each', () => {
    expect(predicateFields(anyOf(equals('a', 1), allOf(notEquals('b', 2), oneOf('a', [3]))))).toEqual(['a', 'b']);
  });
});
