import { isPublisher } from '@xxgk/domain';
import type { FieldAccess } from 'payload';
import { actorFromReq } from '../lib/user';

/** Fields only the confidentiality review may set (the publication date): reviewers and administrators. */
export const isPublisherField: FieldAccess = ({ req }) => isPublisher(actorFromReq(req));
