import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { matches } from '../predicate';
import { refusalMessage, type Refusal } from '../refusal';
import { feedbackQueuesFor } from '../workQueues';
import { availableFeedbackActions, checkFeedbackAction, feedbackActionInputs, type FeedbackActionInput, type FeedbackActor } from './checkFeedbackAction';
import { feedbackActions, feedbackStatuses, feedbackTransitions, type FeedbackAction, type FeedbackStatus } from './feedbackLifecycle';
import { publicFeedbackView } from './feedbackPublicView';
import { feedbackColumnsOf, impliedFeedbackLog, replayFeedback, storedFeedbackItem, type FeedbackItem } from './feedbackState';

const admin: Actor = { id: 1, role: 'admin', departmentId: null, name: '信息公开办主任' };
const reviewer: Actor = { id: 2, role: 'reviewer', departmentId: null, name: '审核员' };
const editor: Actor = { id: 3, role: 'editor', departmentId: 7, name: '信息员' };
const supervisor: Actor = { id: 4, role: 'supervisor', departmentId: null, name: '监督员' };
const at = '2026-03-02T01:30:00.000Z';

const validInput: Record<FeedbackAction, FeedbackActionInput> = {
  receive: {}, take: {}, note: { note: '已转教务处核实' }, reply: { reply: '已核实并更正。' }, notAccept: { reply: '属于信访事项，请向学校信访办反映。' }, reopen: { note: '答复有误' }, close: {},
};
// Each status reached by the shortest path of a reviewer's actions.
const pathTo: Record<FeedbackStatus, FeedbackAction[]> = {
  received: ['receive'],
  handling: ['receive', 'take'],
  replied: ['receive', 'reply'],
  notAccepted: ['receive', 'notAccept'],
  closed: ['receive', 'reply', 'close'],
};
const itemIn = (status: FeedbackStatus): FeedbackItem =>
  pathTo[status].reduce<FeedbackItem | null>((current, action) => {
    const verdict = checkFeedbackAction({ item: current, action, actor: reviewer, input: validInput[action], at });
    if (!verdict.isAllowed) throw new Error(`${action}: ${refusalMessage(verdict.refusal, 'en')}`);
    return verdict.item;
  }, null)!;

const refusalOf = (verdict: ReturnType<typeof checkFeedbackAction>): Refusal => {
  if (verdict.isAllowed) throw new Error('expected a refusal');
  return verdict.refusal;
};

describe('the feedback lifecycle: every transition of the table', () => {
  const rows = feedbackTransitions.filter((row) => row.from !== null);
  it.each(rows.map((row) => [row.action, row.from, row.to, row.by.join(',')] as const))('%s: %s → %s, by %s', (action, from, to) => {
    for (const actor of [admin, reviewer] as FeedbackActor[]) {
      const verdict = checkFeedbackAction({ item: itemIn(from!), action, actor, input: validInput[action], at });
      expect(verdict.isAllowed, action).toBe(true);
      if (!verdict.isAllowed) return;
      expect(verdict.item.status).toBe(to);
      expect(verdict.event).toMatchObject({ action, at, from, to, by: { id: (actor as Actor).id, role: (actor as Actor).role, name: (actor as Actor).name } });
      expect(verdict.item.events.at(-1)).toEqual(verdict.event);
    }
  });

  it('registers from the public site (the submitter), staff and the system', () => {
    for (const actor of ['submitter', 'system', reviewer, admin] as FeedbackActor[]) {
      const verdict = checkFeedbackAction({ item: null, action: 'receive', actor, at });
      expect(verdict.isAllowed && verdict.item).toMatchObject({ status: 'received', receivedAt: at, reply: null, repliedAt: null });
    }
  });

  it('lets the system close an answered item, and nothing else', () => {
    expect(checkFeedbackAction({ item: itemIn('replied'), action: 'close', actor: 'system', at }).isAllowed).toBe(true);
    for (const action of ['take', 'reply', 'notAccept'] as const) {
      expect(refusalOf(checkFeedbackAction({ item: itemIn('received'), action, actor: 'system', input: validInput[action], at }))).toMatchObject({ key: 'caseActionNotAllowedFor', path: 'action' });
    }
  });

  it('logs who, when and what; the reply is the answer in force, the note stays internal', () => {
    const verdict = checkFeedbackAction({ item: itemIn('handling'), action: 'reply', actor: reviewer, input: { reply: '  已核实并更正。 ', note: '与教务处核对' }, at: '2026-03-05T08:00:00.000Z' });
    expect(verdict.isAllowed && verdict.event).toEqual({
      action: 'reply', at: '2026-03-05T08:00:00.000Z', by: { id: 2, role: 'reviewer', name: '审核员' }, from: 'handling', to: 'replied', note: '与教务处核对', reply: '已核实并更正。',
    });
    expect(verdict.isAllowed && feedbackColumnsOf(verdict.item)).toEqual({ status: 'replied', reply: '已核实并更正。', repliedAt: '2026-03-05T08:00:00.000Z' });
  });

  it('keeps no answer from an action that sends none', () => {
    const verdict = checkFeedbackAction({ item: itemIn('received'), action: 'take', actor: reviewer, input: { reply: '不该保存' }, at });
    expect(verdict.isAllowed && verdict.event).not.toHaveProperty('reply');
    expect(verdict.isAllowed && verdict.item.reply).toBeNull();
  });
});

describe('the feedback lifecycle: every refusal, with its message at its input', () => {
  const allowed = new Set(feedbackTransitions.map((row) => `${row.from}:${row.action}`));

  it('refuses every action the table does not have from a status, saying what is possible (zh/en)', () => {
    let checked = 0;
    for (const status of feedbackStatuses) {
      for (const action of feedbackActions) {
        if (allowed.has(`${status}:${action}`)) continue;
        const refusal = refusalOf(checkFeedbackAction({ item: itemIn(status), action, actor: reviewer, input: validInput[action], at }));
        expect(refusal.path).toBe('action');
        const expected = action === 'receive' ? 'feedbackAlreadyRegistered' : status === 'closed' ? 'feedbackFinished' : 'feedbackActionNotInStatus';
        expect(refusal.key, `${status}:${action}`).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
    const late = refusalOf(checkFeedbackAction({ item: itemIn('replied'), action: 'reply', actor: reviewer, input: validInput.reply, at }));
    expect(refusalMessage(late, 'zh')).toBe('该件当前为「已答复」，不能进行「答复」。当前可以进行的操作：重新处理、办结。');
    expect(refusalMessage(late, 'en')).toBe('"Reply" is not possible while the item is "Replied". Possible now: Reopen, Close.');
    const finished = refusalOf(checkFeedbackAction({ item: itemIn('closed'), action: 'reopen', actor: reviewer, input: validInput.reopen, at }));
    expect(refusalMessage(finished, 'zh')).toContain('处理已经结束');
    expect(refusalMessage(refusalOf(checkFeedbackAction({ item: itemIn('handling'), action: 'receive', actor: reviewer, at })), 'zh')).toBe('该件已于 2026-03-02 登记，不能重复登记；如是新的评议、举报或纠错，请另行登记。');
  });

  it('refuses an action on nothing registered, and an unknown action', () => {
    expect(refusalOf(checkFeedbackAction({ item: null, action: 'reply', actor: reviewer, input: validInput.reply, at })).key).toBe('feedbackNotRegistered');
    const unknown = refusalOf(checkFeedbackAction({ item: itemIn('received'), action: 'delete', actor: reviewer, at }));
    expect(unknown).toEqual({ key: 'feedbackActionUnknown', path: 'action', params: { action: 'delete' } });
  });

  it('lets nobody outside the disclosure office act: editors, supervisors, the submitter', () => {
    for (const actor of [editor, supervisor, 'submitter'] as FeedbackActor[]) {
      expect(availableFeedbackActions({ current: itemIn('received'), actor })).toEqual([]);
      for (const action of ['take', 'note', 'reply', 'notAccept'] as const) {
        const refusal = refusalOf(checkFeedbackAction({ item: itemIn('received'), action, actor, input: validInput[action], at }));
        expect(refusal).toMatchObject({ key: 'caseActionNotAllowedFor', path: 'action' });
        expect(refusalMessage(refusal, 'zh')).toMatch(/^只有管理员或信息公开办公室审核员可以进行「/);
      }
    }
  });

  it('asks for the answer of a reply and the reason of a refusal to accept, at `reply`', () => {
    const reply = refusalOf(checkFeedbackAction({ item: itemIn('handling'), action: 'reply', actor: reviewer, input: { reply: '   ', note: '内部' }, at }));
    expect(reply.path).toBe('reply');
    expect(refusalMessage(reply, 'zh')).toBe('进行「答复」须填写答复内容（将告知提交人）。');
    expect(refusalMessage(reply, 'en')).toBe('"Reply" needs the reply (the submitter reads it).');
    const notAccept = refusalOf(checkFeedbackAction({ item: itemIn('received'), action: 'notAccept', actor: reviewer, input: {}, at }));
    expect(notAccept.path).toBe('reply');
    expect(refusalMessage(notAccept, 'zh')).toBe('进行「不予受理」须填写不予受理的理由（将告知提交人）。');
  });

  it('asks for the note of a note and the reason of a reopen, at `note`', () => {
    const note = refusalOf(checkFeedbackAction({ item: itemIn('handling'), action: 'note', actor: reviewer, input: {}, at }));
    expect(note.path).toBe('note');
    expect(refusalMessage(note, 'zh')).toBe('进行「记录办理情况」须填写办理情况（仅内部可见）。');
    const reopen = refusalOf(checkFeedbackAction({ item: itemIn('replied'), action: 'reopen', actor: admin, input: { reply: '不是这里' }, at }));
    expect(reopen.path).toBe('note');
    expect(refusalMessage(reopen, 'en')).toBe('"Reopen" needs why it is reopened (internal).');
  });

  it('refuses an answer or a note over 5,000 characters, counted as people count them', () => {
    const long = '字'.repeat(5001);
    expect(refusalOf(checkFeedbackAction({ item: itemIn('handling'), action: 'reply', actor: reviewer, input: { reply: long }, at }))).toMatchObject({ key: 'applicationFieldTooLong', path: 'reply', params: { length: 5001 } });
    expect(refusalOf(checkFeedbackAction({ item: itemIn('received'), action: 'take', actor: reviewer, input: { note: long }, at })).path).toBe('note');
    expect(refusalOf(checkFeedbackAction({ item: itemIn('handling'), action: 'note', actor: reviewer, input: { note: long }, at }))).toMatchObject({ key: 'applicationFieldTooLong', path: 'note' });
    expect(checkFeedbackAction({ item: itemIn('handling'), action: 'reply', actor: reviewer, input: { reply: '😀'.repeat(5000) }, at }).isAllowed).toBe(true);
  });
});

describe('the item as the fold of its log', () => {
  const events = [
    ['receive', 'submitter', {}],
    ['take', reviewer, { note: '转教务处核实' }],
    ['reply', reviewer, validInput.reply],
    ['reopen', admin, { note: '答复遗漏附件' }],
    ['notAccept', reviewer, validInput.notAccept],
  ] as const;
  const item = events.reduce<FeedbackItem | null>((current, [action, actor, input], index) => {
    const verdict = checkFeedbackAction({ item: current, action, actor, input, at: `2026-03-0${index + 1}T02:00:00.000Z` });
    if (!verdict.isAllowed) throw new Error(action);
    return verdict.item;
  }, null)!;

  it('derives the status and the answer in force from the log; replay rebuilds it exactly', () => {
    expect(feedbackColumnsOf(item)).toEqual({ status: 'notAccepted', reply: validInput.notAccept.reply, repliedAt: '2026-03-05T02:00:00.000Z' });
    expect(replayFeedback(item.events)).toEqual(item);
    expect(item.events.map((event) => event.by)).toEqual(['submitter', { id: 2, role: 'reviewer', name: '审核员' }, { id: 2, role: 'reviewer', name: '审核员' }, { id: 1, role: 'admin', name: '信息公开办主任' }, { id: 2, role: 'reviewer', name: '审核员' }]);
  });

  it('withdraws the answer on a reopen', () => {
    const reopened = replayFeedback(item.events.slice(0, 4))!;
    expect(feedbackColumnsOf(reopened)).toEqual({ status: 'handling', reply: null, repliedAt: null });
    expect(publicFeedbackView(reopened)).toEqual({ status: 'handling', receivedOn: '2026-03-01', repliedOn: null, reply: null });
  });

  it('shows the public the status, dates and answer, never a note or who handled it', () => {
    const view = publicFeedbackView(item);
    expect(view).toEqual({ status: 'notAccepted', receivedOn: '2026-03-01', repliedOn: '2026-03-05', reply: validInput.notAccept.reply });
    expect(JSON.stringify(view)).not.toMatch(/转教务处|遗漏|审核员|主任/);
    expect(publicFeedbackView(replayFeedback(item.events.slice(0, 2))!)).toEqual({ status: 'handling', receivedOn: '2026-03-01', repliedOn: null, reply: null });
  });

  it('dates the view in Beijing: a submission at 23:30 UTC is the next day', () => {
    const late = checkFeedbackAction({ item: null, action: 'receive', actor: 'submitter', at: '2026-03-01T23:30:00.000Z' });
    expect(late.isAllowed && publicFeedbackView(late.item).receivedOn).toBe('2026-03-02');
  });

  it('reads an item filed before the log as the log its columns imply, by the system', () => {
    for (const status of feedbackStatuses) {
      const log = impliedFeedbackLog({ status, receivedAt: '2022-10-08T02:00:00.000Z', reply: '感谢。', repliedAt: '2022-10-10T02:00:00.000Z' });
      const replayed = replayFeedback(log)!;
      expect(replayed.status).toBe(status);
      expect(log.every((event) => event.by === 'system')).toBe(true);
      // Each implied step is one the table allows.
      for (const event of log) expect(feedbackTransitions.some((row) => row.action === event.action && row.from === event.from && row.to === event.to)).toBe(true);
      expect(replayed.reply).toBe(status === 'received' || status === 'handling' ? null : '感谢。');
    }
  });
});

describe('what the dialog asks for, and the buttons', () => {
  it('asks reply and notAccept for the answer; note and reopen for a note; the rest for an optional note', () => {
    expect(feedbackActionInputs({ action: 'reply' })).toEqual({ reply: { what: { zh: '答复内容（将告知提交人）', en: 'the reply (the submitter reads it)' } }, note: { isRequired: false, what: null } });
    expect(feedbackActionInputs({ action: 'notAccept' }).reply).not.toBeNull();
    expect(feedbackActionInputs({ action: 'reopen' })).toMatchObject({ reply: null, note: { isRequired: true } });
    expect(feedbackActionInputs({ action: 'note' }).note.isRequired).toBe(true);
    expect(feedbackActionInputs({ action: 'close' })).toEqual({ reply: null, note: { isRequired: false, what: null } });
  });

  it('offers the office exactly the table’s actions in each status', () => {
    expect(availableFeedbackActions({ current: itemIn('received'), actor: reviewer })).toEqual(['take', 'note', 'reply', 'notAccept']);
    expect(availableFeedbackActions({ current: itemIn('handling'), actor: admin })).toEqual(['note', 'reply', 'notAccept']);
    expect(availableFeedbackActions({ current: itemIn('replied'), actor: reviewer })).toEqual(['reopen', 'close']);
    expect(availableFeedbackActions({ current: itemIn('notAccepted'), actor: reviewer })).toEqual(['reopen']);
    expect(availableFeedbackActions({ current: itemIn('closed'), actor: admin })).toEqual([]);
  });
});

describe('feedbackQueuesFor: the office’s queue of open feedback', () => {
  it('is the office’s alone, open items oldest first', () => {
    const [queue] = feedbackQueuesFor(reviewer);
    expect(feedbackQueuesFor(admin)).toHaveLength(1);
    expect(feedbackQueuesFor(editor)).toEqual([]);
    expect(feedbackQueuesFor(supervisor)).toEqual([]);
    expect(feedbackQueuesFor(null)).toEqual([]);
    expect(queue).toMatchObject({ key: 'feedbackOpen', sort: 'createdAt', label: { zh: '待处理的评议、举报、纠错' } });
    expect(feedbackStatuses.filter((status) => matches(queue!.where, { status }))).toEqual(['received', 'handling']);
  });
});

describe('storedFeedbackItem: a stored row as the domain reads it', () => {
  it('replays a log, implies one from the columns when there is none, refuses a broken one', () => {
    const log = impliedFeedbackLog({ status: 'replied', receivedAt: '2022-11-02T02:00:00.000Z', reply: '已更正。', repliedAt: '2022-11-07T02:00:00.000Z' });
    expect(storedFeedbackItem({ events: log })).toEqual(replayFeedback(log));
    expect(storedFeedbackItem({ events: null, status: 'replied', createdAt: '2022-11-02T02:00:00.000Z', reply: '已更正。', repliedAt: '2022-11-07T02:00:00.000Z' })).toEqual(replayFeedback(log));
    expect(storedFeedbackItem({ events: [{ action: 'reply', at: 'x', from: 'received', to: 'replied' }] })).toBeNull();
    expect(storedFeedbackItem({ events: null, status: 'lost', createdAt: '2022-11-02T02:00:00.000Z' })).toBeNull();
  });
});
