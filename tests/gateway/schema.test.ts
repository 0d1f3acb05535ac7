import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isIntrospectionType, isObjectType, isInputObjectType, isEnumType, isSpecifiedScalarType } from 'graphql';
import { printSortedSchema } from '@xxgk/gateway/printSchema';
import { schema } from '@xxgk/gateway/schema';
import { describe, expect, it } from 'vitest';

/** The committed SDL is the public contract: third parties code against it. */
describe('public schema', () => {
  it('matches the committed schema.graphql (run `npm run generate:schema -w @xxgk/gateway` after a deliberate change)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../apps/gateway/schema.graphql'), 'utf8');
    expect(printSortedSchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value in Chinese and English', () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !/[\u4e00-\u9fff]/.test(description) || !/[A-Za-z]/.test(description)) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the names third parties code against', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ['checklist', 'disclosures', 'disclosure', 'node', 'statistics', 'academicYears']) expect(query).toHaveProperty(name);
    const statistics = schema.getType('Statistics');
    expect(isObjectType(statistics) && Object.keys(statistics.getFields())).toEqual(
      expect.arrayContaining(['byChannel', 'byCategory', 'byChecklistItem', 'byDepartment', 'byMonth', 'coverage']),
    );
  });
});
