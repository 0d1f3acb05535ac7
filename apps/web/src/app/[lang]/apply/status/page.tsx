import type { Metadata } from 'next';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { ApplicationStatusLookup } from '../../../../components/intake/ApplicationStatusLookup';
import { messages } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).intake.applyStatus.title, alternates: pageAlternates(locale, links.applyStatus) };
};

/** 查询申请办理进度: by receipt code and query code, POSTed to a server action (works without JavaScript). */
export default async function ApplicationStatusPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale).intake;
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.guide.title, href: '/applications' }, { label: t.applyStatus.title }]} />
      <h1>{t.applyStatus.title}</h1>
      <p>{t.applyStatus.intro}</p>
      <ApplicationStatusLookup locale={locale} />
    </>
  );
}
