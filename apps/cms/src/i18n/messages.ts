import { formatMessage, toLanguage, type MessageKey } from '@xxgk/domain';
import { APIError, ValidationError, type PayloadRequest } from 'payload';

/** A domain message in the language of the request (admin UI setting, or Accept-Language on the API). */
export const t = (req: PayloadRequest, key: MessageKey, params?: Record<string, string | number>) =>
  formatMessage(toLanguage(req.i18n?.language), key, params);

/** A refusal tied to one field: shown next to the field in the admin UI, listed under `data.errors` on the API. */
export const fieldError = ({
  req,
  collection,
  path,
  key,
  params,
}: {
  req: PayloadRequest;
  collection: string;
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}) => new ValidationError({ collection, errors: [{ path, message: t(req, key, params) }], req }, req.t);

/** A refusal of the whole operation (a forbidden transition, a record that may not be deleted). */
export const refusal = ({
  req,
  key,
  params,
  status = 403,
}: {
  req: PayloadRequest;
  key: MessageKey;
  params?: Record<string, string | number>;
  status?: number;
}) => {
  const message = t(req, key, params);
  // `data` makes Payload's error formatter return the message itself on REST and GraphQL.
  return new APIError(message, status, { code: key, message }, true);
};
