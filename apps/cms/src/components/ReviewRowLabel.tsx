'use client';
import { useRowLabel, useTranslation } from '@payloadcms/ui';
import { reviewOutcomeLabels, type ReviewOutcome } from '@xxgk/domain';

type ReviewRow = { outcome?: ReviewOutcome | null; reviewerName?: string | null; reviewedAt?: string | null };

/** A review-log row reads as "审查通过，同意发布 · 李审核 · 2021-10-12" instead of "Review 01". */
export const ReviewRowLabel = () => {
  const { data, rowNumber } = useRowLabel<ReviewRow>();
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const outcome = data?.outcome ? reviewOutcomeLabels[data.outcome][language] : `#${(rowNumber ?? 0) + 1}`;
  const date = data?.reviewedAt ? new Date(data.reviewedAt).toLocaleDateString(language === 'en' ? 'en-CA' : 'zh-CN', { timeZone: 'Asia/Shanghai' }) : '';
  return <span>{[outcome, data?.reviewerName, date].filter(Boolean).join(' · ')}</span>;
};
