import { en } from './en';
import { zh, type Messages } from './zh';
import type { Locale } from './locales';

export * from './locales';
export type { Messages };

export const messages = (locale: Locale): Messages => (locale === 'en' ? en : zh);

/** Fills `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
