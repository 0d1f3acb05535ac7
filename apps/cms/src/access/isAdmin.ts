import type { Access, FieldAccess } from 'payload';
import { actorFromReq } from '../lib/user';

export const isAdmin: Access = ({ req }) => actorFromReq(req)?.role === 'admin';
export const isAdminField: FieldAccess = ({ req }) => actorFromReq(req)?.role === 'admin';
