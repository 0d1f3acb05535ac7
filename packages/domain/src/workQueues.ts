import { isEditor, isPublisher, type Actor } from './actor';
import { openFeedbackStatuses } from './applications/feedbackLifecycle';
import { caseHandlerRoles, openCaseStatuses } from './applications/lifecycle';
import { addWorkingDays, type CalendarYear } from './calendar';
import { allOf, equals, matches, oneOf, type Predicate } from './predicate';

/**
 * The work queues (待办) of the workbench dashboard, per role: which records each queue holds
 * and in what order. The CMS translates `where` into a where-clause (and into shared saved list
 * views for the queues that do not depend on who is looking).
 */
export const queueKeys = ['myDrafts', 'returned', 'departmentSubmitted', 'awaitingReview', 'returnedByReview', 'recentlyPublished', 'withdrawn'] as const;
export type QueueKey = (typeof queueKeys)[number];

export type WorkQueue = {
  key: QueueKey;
  label: { zh: string; en: string };
  /** What the queue is for, one line under its title. */
  hint: { zh: string; en: string };
  where: Predicate;
  /** Payload sort: a field name, `-` for descending. */
  sort: string;
  /** Whether the rows show how many working days they have been waiting since submission. */
  showsWaiting: boolean;
  /** Queues the same for everyone in the role, offered as shared saved list views. */
  isShared: boolean;
  /** Whether the dashboard counts the whole queue; 最近发布 only lists the newest (counting every published record is the costly part at a million records). */
  isCounted: boolean;
};

const queue = (spec: Omit<WorkQueue, 'isCounted'> & { isCounted?: boolean }): WorkQueue => ({ isCounted: true, ...spec });

/** Queues of the people who author records. */
const authorQueues = (actor: Actor): WorkQueue[] => {
  const mine = equals('author', actor.id);
  // Editors see their department's returned and submitted records (a colleague may have written
  // them); reviewers and administrators author rarely and see their own.
  const scope = isEditor(actor) && actor.departmentId !== null ? equals('department', actor.departmentId) : mine;
  return [
    queue({
      key: 'myDrafts',
      label: { zh: '我的草稿', en: 'My drafts' },
      hint: { zh: '尚未提交审核的条目', en: 'Not yet submitted for review' },
      where: allOf(mine, equals('status', 'draft')),
      sort: '-updatedAt',
      showsWaiting: false,
      isShared: false,
    }),
    queue({
      key: 'returned',
      label: { zh: '退回修改', en: 'Returned for changes' },
      hint: { zh: '请按审查意见修改后重新提交', en: 'Change them as the reviewer asked, then submit again' },
      where: allOf(scope, equals('status', 'returned')),
      sort: '-updatedAt',
      showsWaiting: false,
      isShared: false,
    }),
    queue({
      key: 'departmentSubmitted',
      label: { zh: '已提交，等待审核', en: 'Submitted, waiting for review' },
      hint: { zh: '审核通过后自动发布', en: 'Published once approved' },
      where: allOf(scope, equals('status', 'submitted')),
      sort: 'submittedAt',
      showsWaiting: true,
      isShared: false,
    }),
  ];
};

/** Queues of the confidentiality review (保密审查) and publication. */
const reviewQueues: WorkQueue[] = [
  queue({
    key: 'awaitingReview',
    label: { zh: '待审核', en: 'Awaiting review' },
    hint: { zh: '最早提交的在前，按工作日计等待时间', en: 'Oldest first; waiting time in working days' },
    where: equals('status', 'submitted'),
    sort: 'submittedAt',
    showsWaiting: true,
    isShared: true,
  }),
  queue({
    key: 'returnedByReview',
    label: { zh: '已退回，等待修改', en: 'Returned, waiting for changes' },
    hint: { zh: '退回给各部门修改的条目', en: 'Returned to departments for changes' },
    where: equals('status', 'returned'),
    sort: '-updatedAt',
    showsWaiting: false,
    isShared: true,
  }),
  queue({
    key: 'recentlyPublished',
    label: { zh: '最近发布', en: 'Recently published' },
    hint: { zh: '最新发布的在前', en: 'Newest first' },
    where: equals('status', 'published'),
    sort: '-publishedAt',
    showsWaiting: false,
    isShared: true,
    isCounted: false,
  }),
  queue({
    key: 'withdrawn',
    label: { zh: '已撤回发布', en: 'Withdrawn from publication' },
    hint: { zh: '曾发布、已撤回为草稿的条目', en: 'Published once, now withdrawn to draft' },
    where: allOf(equals('status', 'draft'), equals('reviews.outcome', 'withdrawn')),
    sort: '-updatedAt',
    showsWaiting: false,
    isShared: true,
  }),
];

/** The queues an actor's dashboard shows, in order. Supervisors read: they get the published list. */
export const queuesFor = (actor: Actor | null): WorkQueue[] => {
  if (!actor) return [];
  if (isPublisher(actor)) return [...reviewQueues, ...authorQueues(actor).filter((q) => q.key === 'myDrafts')];
  if (isEditor(actor)) return authorQueues(actor);
  return reviewQueues.filter((q) => q.key === 'recentlyPublished');
};

/** The queues offered to everyone as shared saved list views (筛选方案). */
export const sharedQueues = reviewQueues.filter((q) => q.isShared);

/**
 * The disclosure office's queues of applications (依申请公开), on the workbench of those who
 * handle them (caseHandlerRoles). Predicates have no order comparisons, so the deadline's range is
 * given beside the predicate: dates compare as YYYY-MM-DD text. Due dates are always working
 * days, so "at most N working days left" is "due between today and the N-th working day after it".
 */
export const caseQueueKeys = ['caseDueSoon', 'caseOverdue', 'caseAwaitingCorrection', 'caseNew'] as const;
export type CaseQueueKey = (typeof caseQueueKeys)[number];
export type DueOnRange = { atLeast?: string; atMost?: string; before?: string };
export type CaseQueue = {
  key: CaseQueueKey;
  label: { zh: string; en: string };
  hint: { zh: string; en: string };
  where: Predicate;
  /** A condition on the stored `dueOn` (the running deadline; null while paused). */
  dueOn: DueOnRange | null;
  sort: string;
};

export const caseQueuesFor = (
  actor: Actor | null,
  { today, dueSoonDays, calendar }: { today: string; dueSoonDays: number; calendar: CalendarYear[] },
): CaseQueue[] => {
  if (!actor || !caseHandlerRoles.includes(actor.role)) return [];
  const running = allOf(oneOf('status', openCaseStatuses), equals('isPaused', false));
  return [
    {
      key: 'caseDueSoon',
      label: { zh: `答复期限 ≤ ${dueSoonDays} 个工作日`, en: `Reply due within ${dueSoonDays} working days` },
      hint: { zh: '尚未答复、期限将至的申请，最早到期的在前', en: 'Not yet answered and due soon; earliest first' },
      where: running,
      dueOn: { atLeast: today, atMost: addWorkingDays({ date: today, count: dueSoonDays, calendar }) },
      sort: 'dueOn',
    },
    {
      key: 'caseOverdue',
      label: { zh: '已逾期', en: 'Overdue' },
      hint: { zh: '答复期限已过仍未答复的申请', en: 'The reply deadline has passed without a reply' },
      where: running,
      dueOn: { before: today },
      sort: 'dueOn',
    },
    {
      key: 'caseAwaitingCorrection',
      label: { zh: '待补正', en: 'Awaiting correction' },
      hint: { zh: '已告知申请人补正，计时暂停', en: 'The applicant was asked to correct the request; the clock is paused' },
      where: equals('status', 'correctionRequested'),
      dueOn: null,
      sort: 'updatedAt',
    },
    {
      key: 'caseNew',
      label: { zh: '新收到（待受理）', en: 'New (not yet accepted)' },
      hint: { zh: '已登记、尚未受理的申请，最早收到的在前', en: 'Registered, not yet accepted; oldest first' },
      where: equals('status', 'received'),
      dueOn: null,
      sort: 'receivedOn',
    },
  ];
};

/** Whether a stored case belongs in a case queue (the in-memory twin of the CMS's where-clause). */
export const isInCaseQueue = (queue: Pick<CaseQueue, 'where' | 'dueOn'>, record: Record<string, unknown>): boolean => {
  if (!matches(queue.where, record)) return false;
  if (!queue.dueOn) return true;
  const dueOn = record.dueOn;
  if (typeof dueOn !== 'string') return false;
  const { atLeast, atMost, before } = queue.dueOn;
  return (atLeast === undefined || dueOn >= atLeast) && (atMost === undefined || dueOn <= atMost) && (before === undefined || dueOn < before);
};

/**
 * The disclosure office's queue of appraisals, complaints and correction requests
 * (待处理的评议、举报、纠错): every item that still owes its submitter an answer, oldest first.
 * Only for those who handle them (caseHandlerRoles).
 */
export type FeedbackQueue = { key: 'feedbackOpen'; label: { zh: string; en: string }; hint: { zh: string; en: string }; where: Predicate; sort: string };

export const feedbackQueuesFor = (actor: Actor | null): FeedbackQueue[] => {
  if (!actor || !caseHandlerRoles.includes(actor.role)) return [];
  return [
    {
      key: 'feedbackOpen',
      label: { zh: '待处理的评议、举报、纠错', en: 'Feedback to handle' },
      hint: { zh: '尚未答复或作出不予受理决定的评议、举报、纠错，最早收到的在前', en: 'Appraisals, complaints and correction requests not yet answered; oldest first' },
      where: oneOf('status', openFeedbackStatuses),
      sort: 'createdAt',
    },
  ];
};
