/** The gateway searches at most this many characters (DisclosureFilter.text). */
export const maxSearchLength = 100;

/** Search words as the gateway matches them: split on white space, within the length limit. */
export const searchWords = (text: string) => text.slice(0, maxSearchLength).trim().split(/\s+/).filter(Boolean);

export type Fragment = { text: string; isMatch: boolean };

/**
 * Splits a title into plain and matched parts (case-insensitive) so that the page can wrap
 * matches in <mark>; React escapes every part, so titles and queries never become markup.
 */
export const highlight = (title: string, words: string[]): Fragment[] => {
  const needles = [...new Set(words.map((word) => word.toLowerCase()))].filter(Boolean);
  if (needles.length === 0) return [{ text: title, isMatch: false }];
  const lower = title.toLowerCase();
  const fragments: Fragment[] = [];
  let plainStart = 0;
  let position = 0;
  while (position < title.length) {
    const needle = needles.filter((candidate) => lower.startsWith(candidate, position)).sort((a, b) => b.length - a.length)[0];
    if (!needle) {
      position += 1;
      continue;
    }
    if (position > plainStart) fragments.push({ text: title.slice(plainStart, position), isMatch: false });
    fragments.push({ text: title.slice(position, position + needle.length), isMatch: true });
    position += needle.length;
    plainStart = position;
  }
  if (plainStart < title.length) fragments.push({ text: title.slice(plainStart), isMatch: false });
  return fragments;
};
