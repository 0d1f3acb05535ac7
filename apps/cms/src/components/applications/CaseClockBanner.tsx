import { caseClock, caseStatusLabels, chinaDate, correctionDueOn, lastEvent, type Language } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { adminLanguage } from '../workbench/language';
import { caseText, say } from './caseWording';
import { loadCaseView } from './loadCaseView';

type Tone = 'info' | 'warning' | 'error' | 'success';

/**
 * The statutory clock of the case at the top of its view (答复期限): received on, due on,
 * working days used and left, and whether the clock is paused, due soon, overdue, extended or
 * stopped. Read on the server with the domain's clock, today (Beijing) and the working
 * calendar of the site settings, so it says what the reminders and queues say.
 */
export const CaseClockBanner = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language: Language = adminLanguage(i18n?.language);
  const view = await loadCaseView(req, id);
  if (!view) return null;
  const { current, settings } = view;
  const today = chinaDate(new Date());
  const clock = caseClock({ current, calendar: settings.calendar, today, dueSoonDays: settings.dueSoonDays });
  const days = (count: number) => `${count}${say(caseText.workingDays, language)}`;
  const extension = lastEvent(current, 'extend');
  const replied = lastEvent(current, 'reply');

  let tone: Tone = 'info';
  let state: string | null = null;
  if (current.status === 'withdrawn') state = say(caseText.stoppedWithdrawn, language);
  else if (replied) {
    tone = clock.isOverdue ? 'error' : 'success';
    state = `${say(clock.isOverdue ? caseText.repliedLate : caseText.repliedOnTime, language)}（${replied.at}）`;
  } else if (clock.isPaused) {
    tone = 'warning';
    state =
      current.status === 'correctionRequested'
        ? `${say(caseText.pausedCorrection, language)} ${correctionDueOn({ current, calendar: settings.calendar }) ?? ''}`
        : say(caseText.pausedConsultation, language);
  } else if (clock.isOverdue) {
    tone = 'error';
    state = `${say(caseText.overdueBy, language)} ${days(-clock.remaining)}`;
  } else if (clock.isDueSoon) {
    tone = 'warning';
    state = say(caseText.dueSoon, language);
  }

  return (
    <section className={`case-clock case-clock--${tone}`} aria-labelledby="case-clock-heading">
      <h2 id="case-clock-heading">
        {say(caseText.clock, language)} · {caseStatusLabels[current.status][language]}
      </h2>
      <dl className="case-clock__facts">
        <div>
          <dt>{say(caseText.receivedOnShort, language)}</dt>
          <dd>
            <time dateTime={current.receivedOn}>{current.receivedOn}</time>
          </dd>
        </div>
        <div>
          <dt>{say(caseText.dueOn, language)}</dt>
          <dd>
            <time dateTime={clock.dueOn}>{clock.dueOn}</time>
            {clock.isPaused ? (language === 'zh' ? '（暂定）' : ' (provisional)') : ''}
          </dd>
        </div>
        <div>
          <dt>{say(caseText.used, language)}</dt>
          <dd>
            {days(clock.used)} / {days(clock.limit)}
          </dd>
        </div>
        {!clock.isStopped ? (
          <div>
            <dt>{say(caseText.remaining, language)}</dt>
            <dd>{days(Math.max(clock.remaining, 0))}</dd>
          </div>
        ) : null}
      </dl>
      {extension ? (
        <p className="case-clock__extension">
          {say(caseText.extended, language)} {days(extension.days ?? 0)}（{extension.at}）
        </p>
      ) : null}
      {state ? (
        <p className="case-clock__state" role="status">
          {state}
        </p>
      ) : null}
    </section>
  );
};
