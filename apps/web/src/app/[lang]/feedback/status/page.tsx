import type { Metadata } from 'next';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { FeedbackStatusLookup } from '../../../../components/intake/FeedbackStatusLookup';
import { messages } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).intake.feedbackStatus.title, alternates: pageAlternates(locale, links.feedbackStatus) };
};

/** 查询评议、举报、纠错处理情况: by receipt code and query code, POSTed (works without JavaScript). */
export default async function FeedbackStatusPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale).intake;
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.guide.title, href: '/applications' }, { label: t.feedbackStatus.title }]} />
      <h1>{t.feedbackStatus.title}</h1>
      <p>{t.feedbackStatus.intro}</p>
      <FeedbackStatusLookup locale={locale} />
    </>
  );
}
