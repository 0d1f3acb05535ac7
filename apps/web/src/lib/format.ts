import { chinaDate } from '@xxgk/domain';
import type { Locale } from '../i18n';

/** A calendar date in Beijing time, whatever the server's time zone: 2022年3月5日 / 2022-03-05. */
export const formatDate = (locale: Locale, value?: string | null) => {
  if (!value) return '';
  const date = chinaDate(new Date(value));
  if (locale === 'en') return date;
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** Human file sizes with one decimal above a kilobyte. */
export const formatFileSize = (bytes: number) => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};

const fileKinds: [RegExp, string][] = [
  [/pdf/, 'PDF'],
  [/wordprocessingml|msword/, 'Word'],
  [/spreadsheetml|ms-excel/, 'Excel'],
  [/^image\/(\w+)/, 'image'],
];

/** What a reader needs to know before downloading: "PDF", "Word", "Excel", "PNG"… */
export const fileKind = (mimeType: string) => {
  for (const [pattern, kind] of fileKinds) {
    const match = pattern.exec(mimeType);
    if (match) return kind === 'image' ? (match[1] ?? 'image').toUpperCase() : kind;
  }
  return mimeType;
};

export const formatNumber = (locale: Locale, value: number) => value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB');

/** "（PDF，1.2 MB）" in Chinese, "(PDF, 1.2 MB)" in English. */
export const parenthesised = (locale: Locale, parts: (string | null | undefined)[]) => {
  const kept = parts.filter(Boolean);
  return locale === 'zh' ? `（${kept.join('，')}）` : `(${kept.join(', ')})`;
};
