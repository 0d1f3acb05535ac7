'use client';

import { useActionState } from 'react';
import { lookUpFeedback } from '../../app/[lang]/feedback/actions';
import { messages, pick, type Locale } from '../../i18n';
import { initialFormState } from '../../lib/intake/formState';
import { links } from '../../lib/links';
import { formatDay } from '../../lib/intake/formatDay';
import type { FeedbackLookupState } from '../../lib/intake/lookup';
import { FocusedHeading } from './FocusedHeading';
import { LookupFields } from './LookupFields';

/** 查询评议、举报、纠错处理情况: the form, and below it what it found (or "not found", alike for every pair that matches nothing). */
export const FeedbackStatusLookup = ({ locale }: { locale: Locale }) => {
  const [state, action, isPending] = useActionState<FeedbackLookupState, FormData>(lookUpFeedback, initialFormState(), links.feedbackStatus(locale));
  const t = messages(locale).intake;
  const progress = state.result?.progress;
  const label = (value: { zh: string; en: string }) => pick(locale, value.zh, value.en);
  return (
    <>
      <LookupFields locale={locale} prefix="feedback-status" state={state} action={action} isPending={isPending} receiptCodeHint={t.feedbackStatus.receiptCodeHint} />
      {state.result ? (
        <section className="lookup-result" aria-labelledby="lookup-result-title">
          <FocusedHeading level={2} id="lookup-result-title" attempt={state.attempt}>
            {t.applyStatus.resultTitle}
          </FocusedHeading>
          {progress ? (
            <dl className="properties">
              <dt>{t.applyStatus.receiptCode}</dt>
              <dd className="code">{progress.receiptCode}</dd>
              <dt>{t.feedbackStatus.kind}</dt>
              <dd data-field="kind">{label(progress.kindLabel)}</dd>
              <dt>{t.applyStatus.status}</dt>
              <dd data-field="status">{label(progress.statusLabel)}</dd>
              <dt>{t.applyStatus.receivedOn}</dt>
              <dd>
                <time dateTime={progress.receivedOn}>{formatDay(locale, progress.receivedOn)}</time>
              </dd>
              <dt>{t.feedbackStatus.repliedOn}</dt>
              <dd>{progress.repliedOn ? <time dateTime={progress.repliedOn}>{formatDay(locale, progress.repliedOn)}</time> : t.feedbackStatus.notReplied}</dd>
              {progress.reply ? (
                <>
                  <dt>{t.feedbackStatus.reply}</dt>
                  {/* The office's answer as written: text, line breaks kept. */}
                  <dd data-field="reply" style={{ whiteSpace: 'pre-wrap' }}>
                    {progress.reply}
                  </dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p className="notice not-found">{t.feedbackStatus.notFound}</p>
          )}
        </section>
      ) : null}
    </>
  );
};
