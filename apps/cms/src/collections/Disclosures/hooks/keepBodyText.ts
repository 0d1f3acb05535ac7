import { lexicalPlainText } from '@xxgk/domain';
import type { FieldHook } from 'payload';

/**
 * bodyText (正文纯文本) follows the body on every save, so that full-text search is a plain
 * column match. A save that does not send the body keeps the stored one's text.
 */
export const keepBodyText: FieldHook = ({ siblingData, originalDoc }) =>
  lexicalPlainText(siblingData.body !== undefined ? siblingData.body : originalDoc?.body);
