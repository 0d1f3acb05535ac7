import { checkEmail, checkPhone } from '@xxgk/domain';
import type { TextFieldSingleValidation } from 'payload';
import { say } from '../../i18n/messages';

/**
 * A contact field checked by the rule the public form applies to it (the domain's checkEmail,
 * checkPhone; packages/domain applications/fieldRules.ts), so that what the office types for an
 * applicant is held to the same format as what the applicant types, with the same message.
 */
const contactRule =
  (check: typeof checkEmail | typeof checkPhone): TextFieldSingleValidation =>
  (value, { req, path }) => {
    const { refusal } = check({ value, path: path.join('.') });
    return refusal ? say(req, refusal) : true;
  };

export const emailRule = contactRule(checkEmail);
export const phoneRule = contactRule(checkPhone);
