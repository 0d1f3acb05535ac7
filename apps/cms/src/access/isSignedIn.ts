import type { Access, FieldAccess } from 'payload';

/** Staff-only fields (review log, comments) are hidden from the anonymous public. */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user);

/** Anything a signed-in staff member may do for themselves (saved list views). */
export const isSignedIn: Access = ({ req }) => Boolean(req.user);
