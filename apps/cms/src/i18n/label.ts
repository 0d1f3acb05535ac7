/** A label in both admin languages, Chinese first. */
export const label = (zh: string, en: string) => ({ zh, en });

/** Select options from a domain label table, in the domain's order. */
export const optionsFrom = <T extends string>(values: readonly T[], labels: Record<T, { zh: string; en: string }>) =>
  values.map((value) => ({ value, label: labels[value] }));
