import type { CollectionBeforeOperationHook } from 'payload';
import { isPublicReaderAllowed } from '../access/publicApi';
import { refusal } from '../i18n/messages';

const readOperations = new Set(['read', 'count', 'readDistinct', 'findVersions', 'findVersionByID', 'countVersions']);

/**
 * The access rules already give anonymous REST and GraphQL readers nothing; this says why,
 * instead of Payload's bare "not allowed": the public reads through the site and the gateway.
 */
export const refuseAnonymousApi: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (readOperations.has(operation) && !req.user && !isPublicReaderAllowed({ req })) {
    throw refusal({ req, refusal: { key: 'staffApiOnly' } });
  }
  return args;
};
