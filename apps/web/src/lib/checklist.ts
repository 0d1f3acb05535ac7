import { cache } from 'react';
import { ChecklistDirectoryDocument } from '../gql/graphql';
import { query } from './gateway';

/** The 10 categories and 50 items with their public counts (one gateway call per render). */
export const checklistDirectory = cache(async () => (await query(ChecklistDirectoryDocument)).checklist);

export const findCategory = async (code: string) => (await checklistDirectory()).find((category) => category.code === code) ?? null;

export const findItem = async (code: string) => {
  for (const category of await checklistDirectory()) {
    const item = category.items.find((candidate) => candidate.code === code);
    if (item) return { category, item };
  }
  return null;
};
