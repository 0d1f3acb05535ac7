import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ChecklistItemTable } from '../../../components/ChecklistItemTable';
import { ContactList } from '../../../components/ContactList';
import { DisclosureGuidePageDocument } from '../../../gql/graphql';
import { messages, pick } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { checklistDirectory } from '../../../lib/checklist';
import { query } from '../../../lib/gateway';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).guide.title, alternates: pageAlternates(locale, links.guide) };
};

/** 信息公开指南: the office, how information is classified and disclosed, how to apply. */
export default async function GuidePage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const [{ site }, checklist] = await Promise.all([query(DisclosureGuidePageDocument), checklistDirectory()]);
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.guide.title }]} />
      <h1>{t.guide.title}</h1>
      <ContactList locale={locale} guide={site.guide} />
      {/* Rich text from the CMS editor, rendered and escaped by the gateway. */}
      <div className="record-body" dangerouslySetInnerHTML={{ __html: site.guide.introductionHtml }} />
      <h2>{t.intake.guide.title}</h2>
      <p>
        <Link prefetch={false} href={links.applications(locale)}>{t.intake.guide.fromGuide}</Link>
      </p>
      <h2>{t.guide.items}</h2>
      {checklist.map((category) => (
        <section key={category.code} aria-labelledby={`guide-${category.code}`}>
          <h3 id={`guide-${category.code}`}>
            <Link prefetch={false} href={links.category(locale, category.code)}>{pick(locale, category.name, category.nameEn)}</Link>
          </h3>
          <ChecklistItemTable locale={locale} caption={pick(locale, category.name, category.nameEn)} items={category.items} />
        </section>
      ))}
    </>
  );
}
