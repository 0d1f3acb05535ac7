import { caseActionLabels, caseStatusLabels, decisionLabels, decisionRowOf, fenToYuan, type CaseEvent, type Language } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { adminLanguage } from '../workbench/language';
import { caseText, partyLabel, say } from './caseWording';
import { loadCaseView } from './loadCaseView';

const EventEntry = ({ event, language }: { event: CaseEvent; language: Language }) => {
  const change = event.from === null ? caseStatusLabels[event.to][language] : event.from === event.to ? null : `${caseStatusLabels[event.from][language]} → ${caseStatusLabels[event.to][language]}`;
  return (
    <li className="case-timeline__event">
      <p className="case-timeline__head">
        <time dateTime={event.at}>{event.at}</time> <strong>{caseActionLabels[event.action][language]}</strong>
      </p>
      <dl className="case-timeline__facts">
        <dt>{say(caseText.by, language)}</dt>
        <dd>{partyLabel(event.by, language)}</dd>
        {change ? (
          <>
            <dt>{say(caseText.statusChange, language)}</dt>
            <dd>{change}</dd>
          </>
        ) : null}
        {event.receivedOn ? (
          <>
            <dt>{say(caseText.receivedOn, language)}</dt>
            <dd>{event.receivedOn}</dd>
          </>
        ) : null}
        {event.days !== undefined ? (
          <>
            <dt>{say(caseText.days, language)}</dt>
            <dd>
              {event.days}
              {say(caseText.workingDays, language)}
            </dd>
          </>
        ) : null}
        {event.decision ? (
          <>
            <dt>{say(caseText.decisionTaken, language)}</dt>
            <dd>
              {decisionLabels[event.decision][language]}（{decisionRowOf(event.decision)}）
            </dd>
          </>
        ) : null}
        {event.action === 'decide' && event.fee && (event.fee.charged > 0 || event.fee.waived > 0) ? (
          <>
            <dt>{say(caseText.fee, language)}</dt>
            <dd>
              {fenToYuan(event.fee.charged)} {language === 'zh' ? '元' : 'yuan'}
              {event.fee.waived > 0 ? (language === 'zh' ? `，减免 ${fenToYuan(event.fee.waived)} 元` : `, ${fenToYuan(event.fee.waived)} waived`) : ''}
            </dd>
          </>
        ) : null}
        {event.note ? (
          <>
            <dt>{say(caseText.note, language)}</dt>
            <dd className="case-timeline__note">{event.note}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
};

/**
 * The case log (办理记录) as a timeline, oldest first: each action with its date, who took it,
 * the status it led to, the note and the decision. Rendered on the server from the stored log.
 */
export const CaseTimeline = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const view = await loadCaseView(req, id);
  return (
    <section className="case-timeline" aria-labelledby="case-timeline-heading">
      <h2 id="case-timeline-heading">{say(caseText.timeline, language)}</h2>
      {view ? (
        <ol className="case-timeline__events">
          {view.current.events.map((event, index) => (
            <EventEntry key={index} event={event} language={language} />
          ))}
        </ol>
      ) : (
        <p>{say(caseText.timelineEmpty, language)}</p>
      )}
    </section>
  );
};
