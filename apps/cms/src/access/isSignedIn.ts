import type { FieldAccess } from 'payload';

/** Staff-only fields (review log, comments) are hidden from the anonymous public. */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user);
