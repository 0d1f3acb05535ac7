import { reportLogLabels, reportStatusLabels, type Language, type ReportEvent } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { chinaDateTime } from '../../notifications/wording';
import { Timeline, type TimelineEntry } from '../applications/Timeline';
import { adminLanguage } from '../workbench/language';
import { loadReportPanel } from './loadReportPanel';
import { reportText, say } from './reportWording';

const entryOf = (event: ReportEvent, language: Language): TimelineEntry => {
  const facts: TimelineEntry['facts'] = [{ term: say(reportText.by, language), value: event.by?.name ?? say(reportText.system, language) }];
  if (event.from !== event.to) facts.push({ term: say(reportText.status, language), value: `${event.from ? `${reportStatusLabels[event.from][language]} → ` : ''}${reportStatusLabels[event.to][language]}` });
  if (event.version !== undefined) facts.push({ term: say(reportText.version, language), value: String(event.version) });
  if (event.comment) facts.push({ term: say(reportText.commentOptional, language).replace(/（.*|\s\(.*/, ''), value: event.comment, isNote: true });
  return { at: event.at, atText: chinaDateTime(event.at), label: reportLogLabels[event.action][language], facts };
};

/** The report's log (审定记录), oldest first: who did what, when, the status change and the comment. */
export const ReportTimeline = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const panel = await loadReportPanel(req, id);
  return <Timeline heading={say(reportText.timeline, language)} empty={say(reportText.timelineEmpty, language)} entries={panel ? panel.report.events.map((event) => entryOf(event, language)) : null} />;
};
