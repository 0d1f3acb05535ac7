import type { Language } from '@xxgk/domain';

/**
 * The language of an answer of the public intake: the operation's `language` argument, else the
 * first of Chinese or English in Accept-Language (by q-value, then order), else Chinese.
 */
export const languageOf = (request: Request, argument?: Language | null): Language => {
  if (argument === 'zh' || argument === 'en') return argument;
  const preferences = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => q > 0 && /^(zh|en)\b/.test(tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return preferences[0]?.tag.startsWith('en') ? 'en' : 'zh';
};
