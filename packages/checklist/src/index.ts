import catalogue from '../data/checklist.json' with { type: 'json' };

/**
 * The Ministry of Education's checklist (《高等学校信息公开事项清单》, 教办函〔2014〕23号):
 * 10 categories, 50 items. Codes are stable forever; wording is reference data that
 * administrators may correct in the CMS.
 */
export type ChecklistItem = {
  /** `<category ordinal>.<item ordinal>`, e.g. "2.1". */
  code: string;
  /** Official number (1)–(50), running across categories. */
  seq: number;
  text: string;
  textEn: string;
  /** Whether this exact wording was seen in a published source (see data/checklist.json). */
  verified: boolean;
  note?: string;
};

export type ChecklistCategory = {
  /** Stable English slug, e.g. "admissions". */
  code: string;
  seq: number;
  name: string;
  nameEn: string;
  items: ChecklistItem[];
};

export const checklistCategories: readonly ChecklistCategory[] = catalogue.categories;

export const checklistItems: readonly (ChecklistItem & { categoryCode: string })[] = checklistCategories.flatMap(
  (category) => category.items.map((item) => ({ ...item, categoryCode: category.code })),
);

export const findChecklistItem = (code: string) => checklistItems.find((item) => item.code === code);
export const findChecklistCategory = (code: string) => checklistCategories.find((category) => category.code === code);
