import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ApplicationForm } from '../../../components/intake/ApplicationForm';
import { messages } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { applicantTypeGroups, deliveryMethod, idType, informationForm } from '../../../lib/intake/vocabulary';
import { settings } from '../../../lib/settings';
import { allowedAttachmentTypes, applicationAttachmentLimits } from '@xxgk/domain';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).intake.apply.title, alternates: pageAlternates(locale, links.apply) };
};

/**
 * 信息公开申请表. Every rendering makes a new submission key (the site's server never keeps this
 * page: pageCache.mjs), which the form sends back with each try: one form, one application.
 */
export default async function ApplyPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const choices = {
    applicantTypes: applicantTypeGroups(locale),
    idTypes: idType.options(locale),
    forms: informationForm.options(locale),
    deliveries: deliveryMethod.options(locale),
    attachments: {
      ...applicationAttachmentLimits,
      // Each file within the upload limit, which the total bounds too.
      maxFileMegabytes: Math.min(settings.uploadMaxMegabytes, applicationAttachmentLimits.maxTotalMegabytes),
      accept: Object.keys(allowedAttachmentTypes).map((extension) => `.${extension}`).join(','),
    },
  };
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.intake.guide.title, href: '/applications' }, { label: t.intake.apply.title }]} />
      <ApplicationForm locale={locale} submissionKey={randomUUID()} choices={choices} />
    </>
  );
}
