import { collections } from '@xxgk/domain';
import type { CollectionConfig } from 'payload';
import path from 'node:path';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { label } from '../i18n/label';

/**
 * Images of the institution itself (the logo on the sign-in page and the admin header). Public
 * by nature, unlike attachments, whose visibility follows the records that link them.
 */
export const buildSiteAssets = ({ uploadDir }: { uploadDir: string }): CollectionConfig => ({
  slug: collections.siteAssets,
  labels: { singular: label('站点图片', 'Site image'), plural: label('站点图片', 'Site images') },
  admin: { group: label('系统', 'System'), hidden: ({ user }) => user?.role !== 'admin' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  // No SVG: an SVG can carry script, and these images are served to anyone.
  upload: { staticDir: path.join(uploadDir, 'site-assets'), mimeTypes: ['image/png', 'image/webp', 'image/jpeg'] },
  fields: [{ name: 'alt', type: 'text', required: true, label: label('替代文字', 'Alternative text') }],
});
