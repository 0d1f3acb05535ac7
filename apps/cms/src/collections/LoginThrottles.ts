import { collections } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import { nobody } from '../access/nobody';
import { label } from '../i18n/label';

/**
 * Sign-in attempts per account and client address (hashed together, no address is stored in
 * the clear), kept in the database so that every CMS process sees the same counts. Written by
 * the users' login hooks alone.
 */
export const LoginThrottles: CollectionConfig = {
  slug: collections.loginThrottles,
  labels: { singular: label('登录限制', 'Sign-in throttle'), plural: label('登录限制', 'Sign-in throttles') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'windowStartedAt', type: 'date' },
    { name: 'lockedUntil', type: 'date' },
  ],
};
