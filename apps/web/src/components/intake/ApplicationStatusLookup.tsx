'use client';

import { useActionState } from 'react';
import { lookUpApplication } from '../../app/[lang]/apply/actions';
import { messages, pick, type Locale } from '../../i18n';
import { initialFormState } from '../../lib/intake/formState';
import { links } from '../../lib/links';
import { formatDay } from '../../lib/intake/formatDay';
import type { ApplicationLookupState, ApplicationProgress } from '../../lib/intake/lookup';
import { FocusedHeading } from './FocusedHeading';
import { LookupFields } from './LookupFields';

/** 查询申请办理进度: the form, and below it the case it found (or "not found", the same for any pair that matches nothing). */
export const ApplicationStatusLookup = ({ locale }: { locale: Locale }) => {
  const [state, action, isPending] = useActionState<ApplicationLookupState, FormData>(lookUpApplication, initialFormState(), links.applyStatus(locale));
  const t = messages(locale).intake.applyStatus;
  return (
    <>
      <LookupFields locale={locale} prefix="apply-status" state={state} action={action} isPending={isPending} receiptCodeHint={t.receiptCodeHint} />
      {state.result ? (
        <section className="lookup-result" aria-labelledby="lookup-result-title">
          <FocusedHeading level={2} id="lookup-result-title" attempt={state.attempt}>
            {t.resultTitle}
          </FocusedHeading>
          {state.result.progress ? <ApplicationProgressView locale={locale} progress={state.result.progress} /> : <p className="notice not-found">{t.notFound}</p>}
        </section>
      ) : null}
    </>
  );
};

const ApplicationProgressView = ({ locale, progress }: { locale: Locale; progress: ApplicationProgress }) => {
  const t = messages(locale).intake.applyStatus;
  const label = (value: { zh: string; en: string }) => pick(locale, value.zh, value.en);
  return (
    <>
      <dl className="properties">
        <dt>{t.receiptCode}</dt>
        <dd className="code">{progress.receiptCode}</dd>
        <dt>{t.status}</dt>
        <dd data-field="status">{label(progress.statusLabel)}</dd>
        <dt>{t.receivedOn}</dt>
        <dd>
          <time dateTime={progress.receivedOn}>{formatDay(locale, progress.receivedOn)}</time>
        </dd>
        <dt>{t.dueOn}</dt>
        <dd data-field="due">
          {progress.isPaused || !progress.dueOn ? t.paused : <time dateTime={progress.dueOn}>{formatDay(locale, progress.dueOn)}</time>}
        </dd>
        <dt>{t.extension}</dt>
        <dd data-field="extended">{progress.extended ? t.extended : t.notExtended}</dd>
        <dt>{t.decision}</dt>
        <dd data-field="decision">{progress.decision ? label(progress.decision) : <span className="meta">{t.decisionPending}</span>}</dd>
      </dl>
      <div className="table-wrap">
        <table className="timeline">
          <caption>{t.timeline}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.step}</th>
            </tr>
          </thead>
          <tbody>
            {progress.timeline.map((step, index) => (
              <tr key={`${index}-${step.action}`}>
                <td>
                  <time dateTime={step.on}>{formatDay(locale, step.on)}</time>
                </td>
                <td>{label(step.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
