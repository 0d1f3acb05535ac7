import { caseActionLabels, caseStatusLabels, decisionLabels, decisionRowOf, fenToYuan, type CaseEvent, type Language } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { adminLanguage } from '../workbench/language';
import { caseText, partyLabel, say } from './caseWording';
import { loadCaseView } from './loadCaseView';
import { Timeline, type TimelineEntry } from './Timeline';

const entryOf = (event: CaseEvent, language: Language): TimelineEntry => {
  const change = event.from === null ? caseStatusLabels[event.to][language] : event.from === event.to ? null : `${caseStatusLabels[event.from][language]} → ${caseStatusLabels[event.to][language]}`;
  const facts: TimelineEntry['facts'] = [{ term: say(caseText.by, language), value: partyLabel(event.by, language) }];
  if (change) facts.push({ term: say(caseText.statusChange, language), value: change });
  if (event.receivedOn) facts.push({ term: say(caseText.receivedOn, language), value: event.receivedOn });
  if (event.days !== undefined) facts.push({ term: say(caseText.days, language), value: `${event.days}${say(caseText.workingDays, language)}` });
  if (event.decision) facts.push({ term: say(caseText.decisionTaken, language), value: `${decisionLabels[event.decision][language]}（${decisionRowOf(event.decision)}）` });
  if (event.action === 'decide' && event.fee && (event.fee.charged > 0 || event.fee.waived > 0)) {
    const waived = event.fee.waived > 0 ? (language === 'zh' ? `，减免 ${fenToYuan(event.fee.waived)} 元` : `, ${fenToYuan(event.fee.waived)} waived`) : '';
    facts.push({ term: say(caseText.fee, language), value: `${fenToYuan(event.fee.charged)} ${language === 'zh' ? '元' : 'yuan'}${waived}` });
  }
  if (event.note) facts.push({ term: say(caseText.note, language), value: event.note, isNote: true });
  return { at: event.at, atText: event.at, label: caseActionLabels[event.action][language], facts };
};

/**
 * The case log (办理记录) as a timeline, oldest first: each action with its date, who took it,
 * the status it led to, the note and the decision. Rendered on the server from the stored log.
 */
export const CaseTimeline = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const view = await loadCaseView(req, id);
  return <Timeline heading={say(caseText.timeline, language)} empty={say(caseText.timelineEmpty, language)} entries={view ? view.current.events.map((event) => entryOf(event, language)) : null} />;
};
