/** The gateway searches at most this many characters (DisclosureFilter.text). */
export const maxSearchLength = 100;

/** Search words as the gateway matches them: split on white space, within the length limit. */
export const searchWords = (text: string) => text.slice(0, maxSearchLength).trim().split(/\s+/).filter(Boolean);

/**
 * The part of a body around the first match (about `radius` characters before it and twice
 * that after), on one line, with … where text was cut; null when no word occurs.
 */
export const snippet = (text: string, words: string[], radius = 40): string | null => {
  const lower = text.toLowerCase();
  const positions = words.map((word) => lower.indexOf(word.toLowerCase())).filter((position) => position >= 0);
  if (positions.length === 0) return null;
  const at = Math.min(...positions);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
};

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
