import { collections, globals } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { SiteAsset } from '../../payload-types';

export type Institution = { name: string; nameEn: string | null; logoUrl: string | null; logoAlt: string };

/** The institution's name and logo from the site settings, for the admin's sign-in page and header. */
export const institutionOf = async (payload: Payload): Promise<Institution> => {
  const settings = await payload.findGlobal({ slug: globals.siteSettings, depth: 0, overrideAccess: true });
  const logoId = settings.institution?.logo;
  const logo: SiteAsset | null =
    logoId && typeof logoId === 'object'
      ? logoId
      : logoId
        ? await payload.findByID({ collection: collections.siteAssets, id: logoId, depth: 0, overrideAccess: true, disableErrors: true })
        : null;
  const name = settings.institution?.name ?? '';
  return { name, nameEn: settings.institution?.nameEn ?? null, logoUrl: logo?.url ?? null, logoAlt: logo?.alt || name };
};
