import { collections, feedbackActionLabels, feedbackStatusLabels, storedFeedbackItem, type FeedbackEvent, type Language } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { chinaDateTime } from '../../notifications/wording';
import { adminLanguage } from '../workbench/language';
import { caseText, feedbackText, partyLabel, say } from './caseWording';
import { Timeline, type TimelineEntry } from './Timeline';

const entryOf = (event: FeedbackEvent, language: Language): TimelineEntry => {
  const change = event.from === null ? feedbackStatusLabels[event.to][language] : event.from === event.to ? null : `${feedbackStatusLabels[event.from][language]} → ${feedbackStatusLabels[event.to][language]}`;
  const facts: TimelineEntry['facts'] = [{ term: say(caseText.by, language), value: partyLabel(event.by, language) }];
  if (change) facts.push({ term: say(caseText.statusChange, language), value: change });
  if (event.reply) facts.push({ term: say(feedbackText.reply, language), value: event.reply, isNote: true });
  if (event.note) facts.push({ term: say(caseText.note, language), value: event.note, isNote: true });
  return { at: event.at, atText: chinaDateTime(event.at), label: feedbackActionLabels[event.action][language], facts };
};

/**
 * The log of an appraisal, complaint or correction request (办理记录), oldest first: when (Beijing
 * time), what, who, the status change, the answer sent and the internal note. Read on the server
 * with the viewer's own access; an item filed before the log existed shows the log its columns imply.
 */
export const FeedbackTimeline = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const doc =
    id === undefined || id === null || id === ''
      ? null
      : await req.payload.findByID({ collection: collections.feedback, id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true, select: { events: true, status: true, createdAt: true, reply: true, repliedAt: true } });
  const current = storedFeedbackItem(doc as Parameters<typeof storedFeedbackItem>[0]);
  return <Timeline heading={say(caseText.timeline, language)} empty={say(feedbackText.timelineEmpty, language)} entries={current ? current.events.map((event) => entryOf(event, language)) : null} />;
};
