import { formatMessage, refusalMessage, toLanguage, type MessageKey, type Refusal } from '@xxgk/domain';
import { APIError, ValidationError, type PayloadRequest } from 'payload';

/** The language of the request: the admin's setting, or Accept-Language on the API. */
export const languageOf = (req: PayloadRequest) => toLanguage(req.i18n?.language);

/** A domain message in the language of the request. */
export const t = (req: PayloadRequest, key: MessageKey, params?: Record<string, string | number>) => formatMessage(languageOf(req), key, params);

/** A domain refusal in the language of the request. */
export const say = (req: PayloadRequest, refusal: Refusal) => refusalMessage(refusal, languageOf(req));

/** A refusal tied to one field: shown next to the field in the admin UI, listed under `data.errors` on the API. */
export const fieldError = ({ req, collection, refusal }: { req: PayloadRequest; collection: string; refusal: Refusal & { path: string } }) =>
  new ValidationError({ collection, errors: [{ path: refusal.path, message: say(req, refusal) }], req }, req.t);

/**
 * A refusal of the operation itself (a forbidden transition, a record that may not be deleted):
 * HTTP 403 with the message, its code and, when it concerns a field, the field's path under
 * `data.errors` as for validation errors, so the admin can show it at that field.
 */
export const refusal = ({ req, refusal: reason, status = 403 }: { req: PayloadRequest; refusal: Refusal; status?: number }) => {
  const message = say(req, reason);
  return new APIError(message, status, { code: reason.key, message, ...(reason.path ? { errors: [{ path: reason.path, message }] } : {}) }, true);
};
