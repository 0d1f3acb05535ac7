import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { messages, pick } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { fileKind, formatDate, formatFileSize, parenthesised } from '../../../../lib/format';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { decodeParam } from '../../../../lib/params';
import { loadRecord } from '../../../../lib/record';
import { settings } from '../../../../lib/settings';

// Rendered per request from cached gateway answers; the proxy has already sent readers of a
// missing, hidden or withdrawn record to the 404 page.

type Props = { params: Promise<{ lang: string; id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const record = await loadRecord(decodeParam((await params).id));
  return record ? { title: record.title, alternates: pageAlternates(locale, (language) => links.record(language, record.id)) } : {};
};

export default async function RecordPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const record = await loadRecord(decodeParam((await params).id));
  if (!record) notFound();
  const categoryName = pick(locale, record.category.name, record.category.nameEn);
  return (
    <article>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: t.directory, href: '/' },
          { label: categoryName, href: `/categories/${record.category.code}` },
          ...(record.checklistItem ? [{ label: record.checklistItem.code, href: `/items/${record.checklistItem.code}` }] : []),
          { label: record.indexNo },
        ]}
      />
      <h1>{record.title}</h1>
      {record.validity === 'REPEALED' ? (
        <p className="notice" role="note">
          <span className="badge repealed">{t.validity.REPEALED}</span> {t.repealedNotice}
        </p>
      ) : null}
      <h2 className="visually-hidden">{t.record.details}</h2>
      <dl className="properties">
        <dt>{t.table.indexNo}</dt>
        <dd className="index-no">{record.indexNo}</dd>
        {record.documentNo ? (
          <>
            <dt>{t.record.documentNo}</dt>
            <dd>{record.documentNo}</dd>
          </>
        ) : null}
        <dt>{t.category}</dt>
        <dd>
          <Link prefetch={false} href={links.category(locale, record.category.code)}>{categoryName}</Link>
        </dd>
        {record.checklistItem ? (
          <>
            <dt>{t.item}</dt>
            <dd>
              <Link prefetch={false} href={links.item(locale, record.checklistItem.code)}>
                {record.checklistItem.code} {pick(locale, record.checklistItem.text, record.checklistItem.textEn)}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t.responsibleDepartment}</dt>
        <dd>{pick(locale, record.department.name, record.department.nameEn)}</dd>
        <dt>{t.record.issuer}</dt>
        {/* The gateway gives the department's (Chinese) name when no issuer was entered: show it in the page's language. */}
        <dd>{record.issuer === record.department.name ? pick(locale, record.department.name, record.department.nameEn) : record.issuer}</dd>
        <dt>{t.record.formedAt}</dt>
        <dd>
          <time dateTime={record.formedAt}>{formatDate(locale, record.formedAt)}</time>
        </dd>
        <dt>{t.record.publishedAt}</dt>
        <dd>
          <time dateTime={record.publishedAt}>{formatDate(locale, record.publishedAt)}</time>
        </dd>
        <dt>{t.record.updatedAt}</dt>
        <dd>
          <time dateTime={record.updatedAt}>{formatDate(locale, record.updatedAt)}</time>
        </dd>
        {record.academicYear ? (
          <>
            <dt>{t.record.academicYear}</dt>
            <dd>{record.academicYear}</dd>
          </>
        ) : null}
        <dt>{t.table.validity}</dt>
        <dd>{t.validity[record.validity]}</dd>
        <dt>{t.record.channels}</dt>
        <dd>{record.channels.map((channel) => pick(locale, channel.name, channel.nameEn)).join(locale === 'zh' ? '、' : ', ') || '—'}</dd>
        {record.keywords.length ? (
          <>
            <dt>{t.record.keywords}</dt>
            <dd>
              {/* Each keyword finds the other public records that carry it. */}
              <ul className="keywords">
                {record.keywords.map((keyword, index) => (
                  <li key={`${index}-${keyword}`}>
                    <Link prefetch={false} href={links.search(locale, { keyword })}>
                      {keyword}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {/* The body is rich text rendered to HTML by the gateway from the CMS's structured editor
          (no raw HTML input exists there), so it is safe to insert. */}
      <div className="record-body" dangerouslySetInnerHTML={{ __html: record.bodyHtml }} />
      {record.attachments.length ? (
        <section aria-labelledby="attachments">
          <h2 id="attachments">{t.record.attachments}</h2>
          <ul className="attachments">
            {record.attachments.map((attachment) => (
              <li key={attachment.url}>
                <a href={new URL(attachment.url, settings.urls.cms).toString()} download={attachment.filename}>
                  {attachment.title || attachment.filename}
                </a>{' '}
                <span className="meta">{parenthesised(locale, [fileKind(attachment.mimeType), formatFileSize(attachment.filesize)])}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* 纠错: the correction form with this record filled in (by its id; the form shows its title). */}
      <p className="record-actions">
        <Link prefetch={false} href={links.feedback(locale, { kind: 'correction', record: record.id })} aria-label={t.intake.feedback.correctionLinkLabel}>
          {t.intake.feedback.correctionLink}
        </Link>
      </p>
    </article>
  );
}
