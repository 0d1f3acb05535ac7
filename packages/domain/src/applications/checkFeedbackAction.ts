import type { Actor } from '../actor';
import type { Labelled, Refusal } from '../refusal';
import { caseNoteMaxLength } from './checkCaseAction';
import { textLength } from './fieldRules';
import {
  feedbackActionLabels,
  feedbackActions,
  feedbackPartyLabels,
  feedbackStatusLabels,
  feedbackTransitionsFrom,
  type FeedbackAction,
  type FeedbackParty,
  type FeedbackStatus,
} from './feedbackLifecycle';
import { applyFeedbackEvent, feedbackDay, type FeedbackEvent, type FeedbackEventParty, type FeedbackItem } from './feedbackState';

/**
 * Decides one action on an appraisal, complaint or correction request: whether this actor may
 * take it from the item's status (feedbackLifecycle.ts), whether the input carries what the
 * action requires, and if so the event to log and the item it leads to. The CMS hook, the
 * actions endpoint and the public intake all call this; none restates a rule.
 */

/** A CMS user, the submitter (the public intake) or the system. */
export type FeedbackActor = Actor | 'submitter' | 'system';

export type FeedbackActionInput = {
  /** The office's own note (internal). */
  note?: string | null;
  /** reply: the answer; notAccept: the reason. Both go to the submitter. */
  reply?: string | null;
};

export type FeedbackActionVerdict = { isAllowed: true; item: FeedbackItem; event: FeedbackEvent } | { isAllowed: false; refusal: Refusal };

/** What an answer must say, per action that sends one. */
const requiredReplies: Partial<Record<FeedbackAction, Labelled>> = {
  reply: { zh: '答复内容（将告知提交人）', en: 'the reply (the submitter reads it)' },
  notAccept: { zh: '不予受理的理由（将告知提交人）', en: 'the reason for not accepting it (the submitter reads it)' },
};
/** What an internal note must say, per action that needs one. */
const requiredNotes: Partial<Record<FeedbackAction, Labelled>> = {
  note: { zh: '办理情况（仅内部可见）', en: 'what was done (internal)' },
  reopen: { zh: '重新处理的理由（仅内部可见）', en: 'why it is reopened (internal)' },
};
const inputLabels = { note: { zh: '办理说明', en: 'the note' }, reply: { zh: '答复内容', en: 'the reply' } } as const;

/**
 * What an action asks of the person taking it, for a dialog: the answer to the submitter (where
 * the action sends one) and the internal note (required, with what it must say; or optional).
 */
export type FeedbackActionInputs = {
  reply: { what: Labelled } | null;
  note: { isRequired: true; what: Labelled } | { isRequired: false; what: null };
};
export const feedbackActionInputs = ({ action }: { action: FeedbackAction }): FeedbackActionInputs => {
  const reply = requiredReplies[action];
  const note = requiredNotes[action];
  return { reply: reply ? { what: reply } : null, note: note ? { isRequired: true, what: note } : { isRequired: false, what: null } };
};

const partyOf = (actor: FeedbackActor): FeedbackParty => (typeof actor === 'string' ? actor : actor.role);
const eventParty = (actor: FeedbackActor): FeedbackEventParty => (typeof actor === 'string' ? actor : { id: actor.id, role: actor.role, name: actor.name ?? null });
const refuse = (refusal: Refusal): FeedbackActionVerdict => ({ isAllowed: false, refusal });

const labelsOf = (values: readonly FeedbackParty[] | readonly FeedbackAction[], labels: Record<string, Labelled>, { none, or = false }: { none: Labelled; or?: boolean }): Labelled => {
  if (values.length === 0) return none;
  const join = (parts: string[], separator: string, last: string) => (or && parts.length > 1 ? `${parts.slice(0, -1).join(separator)}${last}${parts.at(-1)}` : parts.join(separator));
  return { zh: join(values.map((value) => labels[value]!.zh), '、', '或'), en: join(values.map((value) => labels[value]!.en), ', ', ' or ') };
};

/** The actions an actor may take on an item now (the buttons to offer). */
export const availableFeedbackActions = ({ current, actor }: { current: FeedbackItem | null; actor: FeedbackActor }): FeedbackAction[] => [
  ...new Set(
    feedbackTransitionsFrom(current?.status ?? null)
      .filter((transition) => transition.by.includes(partyOf(actor)))
      .map((transition) => transition.action),
  ),
];

/** A text input: trimmed, null when empty, refused when longer than a note may be. */
const textOf = (value: string | null | undefined, path: keyof typeof inputLabels): { text: string | null } | { refusal: Refusal } => {
  const text = value?.trim() || null;
  if (text && textLength(text) > caseNoteMaxLength) return { refusal: { key: 'applicationFieldTooLong', path, params: { field: inputLabels[path], max: caseNoteMaxLength, length: textLength(text) } } };
  return { text };
};

export const checkFeedbackAction = ({
  item: current,
  action,
  actor,
  input = {},
  at,
}: {
  item: FeedbackItem | null;
  action: string;
  actor: FeedbackActor;
  input?: FeedbackActionInput;
  /** The instant of the action (ISO 8601). */
  at: string;
}): FeedbackActionVerdict => {
  if (!(feedbackActions as readonly string[]).includes(action)) return refuse({ key: 'feedbackActionUnknown', path: 'action', params: { action } });
  const known = action as FeedbackAction;
  const label = feedbackActionLabels[known];
  const from: FeedbackStatus | null = current?.status ?? null;
  const possible = feedbackTransitionsFrom(from);
  const transition = possible.find((row) => row.action === known);
  const party = partyOf(actor);
  if (!transition) {
    if (current === null) return refuse({ key: 'feedbackNotRegistered', path: 'action', params: { action: label } });
    if (known === 'receive') return refuse({ key: 'feedbackAlreadyRegistered', path: 'action', params: { date: feedbackDay(current.receivedAt) } });
    const status = feedbackStatusLabels[current.status];
    if (possible.length === 0) return refuse({ key: 'feedbackFinished', path: 'action', params: { action: label, status } });
    const mine = [...new Set(possible.filter((row) => row.by.includes(party)).map((row) => row.action))];
    const available = labelsOf(mine, feedbackActionLabels, { none: { zh: '无', en: 'nothing' } });
    return refuse({ key: 'feedbackActionNotInStatus', path: 'action', params: { action: label, status, available } });
  }
  if (!transition.by.includes(party)) {
    const who = labelsOf(transition.by.filter((by) => by !== 'system'), feedbackPartyLabels, { none: feedbackPartyLabels.system, or: true });
    return refuse({ key: 'caseActionNotAllowedFor', path: 'action', params: { action: label, who } });
  }

  const reply = textOf(input.reply, 'reply');
  if ('refusal' in reply) return refuse(reply.refusal);
  const note = textOf(input.note, 'note');
  if ('refusal' in note) return refuse(note.refusal);
  const replyWhat = requiredReplies[known];
  if (replyWhat && !reply.text) return refuse({ key: 'caseNoteRequired', path: 'reply', params: { action: label, what: replyWhat } });
  const noteWhat = requiredNotes[known];
  if (noteWhat && !note.text) return refuse({ key: 'caseNoteRequired', path: 'note', params: { action: label, what: noteWhat } });

  // Only the actions that answer carry an answer; a reply typed with another action is not kept.
  const event: FeedbackEvent = { action: known, at, by: eventParty(actor), from, to: transition.to, note: note.text, ...(replyWhat ? { reply: reply.text! } : {}) };
  return { isAllowed: true, item: applyFeedbackEvent(current, event), event };
};
