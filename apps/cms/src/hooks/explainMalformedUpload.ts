import type { AfterErrorHook } from 'payload';
import { t } from '../i18n/messages';

/**
 * A multipart body the form parser (busboy) cannot read — a NUL byte in a file name, a form cut
 * off mid-upload — reaches Payload as a bare Error and would be answered 500 "Something went
 * wrong". It is the client's input: answer 400 with what to check, at the `file` field.
 */
const parserMessages = new Set(['Malformed part header', 'Unexpected end of form', 'Unexpected end of file', 'Multipart: Boundary not found', 'Malformed urlencoded form']);

export const explainMalformedUpload: AfterErrorHook = ({ error, req }) => {
  if (!parserMessages.has(error.message)) return;
  const message = t(req, 'uploadMalformed');
  return { status: 400, response: { errors: [{ name: 'ValidationError', message, data: { errors: [{ path: 'file', message }] } }] } };
};
