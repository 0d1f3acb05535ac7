import { textLength } from '@xxgk/domain';
import type { TextareaFieldValidation, TextFieldValidation } from 'payload';
import { languageOf, t } from '../i18n/messages';

/**
 * A length limit in characters as people count them (the domain's `textLength`), where Payload's
 * own `maxLength` counts UTF-16 units: 60 emoji passed the public form's rules and then failed
 * the write. The messages are the domain's, in the admin's language.
 */
export const maxCharacters =
  (max: number, field: { zh: string; en: string }): TextFieldValidation & TextareaFieldValidation =>
  (value, { req, required }) => {
    const name = field[languageOf(req)];
    // A custom validate replaces Payload's, required check included.
    if (required && (typeof value !== 'string' || value.trim() === '')) return t(req, 'applicationFieldRequired', { field: name });
    const length = typeof value === 'string' ? textLength(value) : 0;
    return length <= max || t(req, 'applicationFieldTooLong', { field: name, max, length });
  };
