import { globals, officeContactText, replyTemplatesOf, type ReplyLetterFacts } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { SiteSetting } from '../../payload-types';

export type LetterSettings = Pick<ReplyLetterFacts, 'institution' | 'templates'>;

/**
 * What a letter needs of the site settings: the institution's name, the disclosure office and
 * its contact details (信息公开指南), and the templates in force (the defaults wherever none
 * were saved).
 */
export const loadLetterSettings = async (payload: Payload): Promise<LetterSettings> => {
  const settings = (await payload.findGlobal({
    slug: globals.siteSettings,
    depth: 0,
    overrideAccess: true,
    select: { institution: { name: true }, guide: { office: true, address: true, postcode: true, phone: true, email: true }, replyLetters: true },
  })) as Partial<SiteSetting> & { replyLetters?: Parameters<typeof replyTemplatesOf>[0] };
  const guide = settings.guide ?? {};
  return {
    institution: { name: settings.institution?.name?.trim() || '示例高校', office: guide.office ?? null, contact: officeContactText(guide) },
    templates: replyTemplatesOf(settings.replyLetters ?? null),
  };
};
