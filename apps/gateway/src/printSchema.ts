import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

/** The public contract as SDL, sorted so that a diff shows only real changes. */
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
