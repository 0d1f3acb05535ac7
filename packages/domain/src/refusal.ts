import { formatMessage, type Language, type MessageKey } from './messages';

/** A label in both languages, resolved when the message is rendered. */
export type Labelled = { zh: string; en: string };

/**
 * Why a rule refused something: a message key, the field it concerns (when it concerns one) and
 * the message's parameters. Apps render it in the user's language with `refusalMessage` and
 * show it at `path` (admin form, REST `data.errors`, GraphQL).
 */
export type Refusal = { key: MessageKey; path?: string; params?: Record<string, string | number | Labelled> };

export const refusalMessage = (refusal: Refusal, language: Language): string =>
  formatMessage(
    language,
    refusal.key,
    Object.fromEntries(Object.entries(refusal.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value])),
  );
