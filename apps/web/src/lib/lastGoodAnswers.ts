/**
 * The last good gateway answer for each request the site made, so that a page can still be
 * shown (with a notice) while the gateway is down or refusing. Bounded: the least recently
 * used answers go first. Per process; it only ever holds public data.
 */
const maxEntries = 2_000;
const answers = new Map<string, unknown>();

export const rememberAnswer = (key: string, data: unknown) => {
  answers.delete(key);
  answers.set(key, data);
  if (answers.size > maxEntries) answers.delete(answers.keys().next().value as string);
};

export const lastGoodAnswer = (key: string): unknown => {
  if (!answers.has(key)) return undefined;
  const data = answers.get(key);
  rememberAnswer(key, data);
  return data;
};
