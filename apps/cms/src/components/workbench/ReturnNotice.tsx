'use client';
import { Banner, useDocumentInfo, useTranslation } from '@payloadcms/ui';
import type { ReviewEntry, Status } from '@xxgk/domain';
import { adminLanguage } from './language';

type Saved = { status?: Status | null; reviews?: ReviewEntry[] | null } | undefined;

const formatTime = (iso: string, language: 'zh' | 'en') =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replaceAll('/', '-')
    .replace(',', '');

/**
 * At the top of a returned record: who returned it, when, and the reviewer's comment, until the
 * author submits it again (the comment stays in the review log afterwards).
 */
export const ReturnNotice = () => {
  const { savedDocumentData } = useDocumentInfo();
  const { i18n } = useTranslation();
  const language = adminLanguage(i18n.language);
  const saved = savedDocumentData as Saved;
  if (saved?.status !== 'returned') return null;
  const last = [...(saved.reviews ?? [])].reverse().find((entry) => entry.outcome === 'returned');
  if (!last) return null;
  return (
    <div className="return-notice" role="status">
      <Banner type="error">
        <strong>{language === 'zh' ? '本条目已被退回修改' : 'This record was returned for changes'}</strong>
        <span>
          {' '}
          {language === 'zh'
            ? `（${last.reviewerName}，${formatTime(last.reviewedAt, language)}）`
            : ` (${last.reviewerName}, ${formatTime(last.reviewedAt, language)})`}
        </span>
        <p className="return-notice__comment">
          {language === 'zh' ? '审查意见：' : 'Comment: '}
          {last.note}
        </p>
        <p>{language === 'zh' ? '请按意见修改后点击「提交审核」。' : 'Make the changes, then press “Submit for review”.'}</p>
      </Banner>
    </div>
  );
};
