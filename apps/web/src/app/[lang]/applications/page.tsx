import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ContactList } from '../../../components/ContactList';
import { fill, messages } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { applicationSettings } from '../../../lib/applicationStatistics';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { siteFrame } from '../../../lib/siteFrame';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).intake.guide.title, alternates: pageAlternates(locale, links.applications) };
};

/**
 * 依申请公开: who may apply, how, the time limits, the possible answers, fees and how to follow a
 * case, with the ways in. The time limits, the identity document and the retention of personal
 * data are the institution's own settings, as the gateway publishes them (`applicationSettings`,
 * the values the CMS's clock applies).
 */
export default async function ApplicationsGuidePage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale).intake.guide;
  const [{ guide }, settings] = await Promise.all([siteFrame(), applicationSettings()]);
  const limits = { reply: settings.replyWithin, extension: settings.extensionDays };
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <nav aria-labelledby="applications-actions" className="action-links">
        <h2 id="applications-actions">{t.actions}</h2>
        <ul>
          <li>
            <Link prefetch={false} href={links.apply(locale)}>{t.apply}</Link>
          </li>
          <li>
            <Link prefetch={false} href={links.applyStatus(locale)}>{t.status}</Link>
          </li>
          <li>
            <Link prefetch={false} href={links.feedback(locale)}>{t.feedback}</Link>
          </li>
          <li>
            <Link prefetch={false} href={links.feedbackStatus(locale)}>{t.feedbackStatus}</Link>
          </li>
          <li>
            <Link prefetch={false} href={links.applicationStatistics(locale)}>{t.statistics}</Link>
          </li>
        </ul>
      </nav>
      <h2>{t.whoTitle}</h2>
      <p>{t.who}</p>
      <h2>{t.howTitle}</h2>
      <ul>
        {t.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t.needTitle}</h2>
      <ul>
        {t.need.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li data-setting="idDocumentRequired">{settings.idDocumentRequired ? t.idRequired : t.idOptional}</li>
      </ul>
      <h2>{t.limitTitle}</h2>
      <p data-setting="replyWithin">{fill(settings.extensionDays > 0 ? t.limit : t.limitNoExtension, limits)}</p>
      <p data-setting="correctionWithin">{fill(t.pause, { correction: settings.correctionWithin, consultation: settings.consultationLimit })}</p>
      <p className="meta">{t.limitSource}</p>
      <h2>{t.outcomesTitle}</h2>
      <ul>
        {t.outcomes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t.remedy}</p>
      <h2>{t.feesTitle}</h2>
      <p>{t.fees}</p>
      <h2>{t.privacyTitle}</h2>
      <p data-setting="retentionYears">{fill(t.privacy, { years: settings.retentionYears })}</p>
      <h2>{t.followTitle}</h2>
      <p>
        {t.follow} <Link prefetch={false} href={links.applyStatus(locale)}>{t.status}</Link>
      </p>
      <h2>{t.feedbackTitle}</h2>
      <p>
        {t.feedbackText} <Link prefetch={false} href={links.feedback(locale)}>{t.feedback}</Link>
      </p>
      <h2>{t.contactTitle}</h2>
      <ContactList locale={locale} guide={guide} />
      <p>
        <Link prefetch={false} href={links.guide(locale)}>{t.guideLink}</Link>
      </p>
    </>
  );
}
