import type { AdminViewServerProps } from 'payload';
import { Gutter } from '@payloadcms/ui';
import { collections, globals, isAdministrator, isAuthor, isEditor, maySupervise, roleLabels, supervisionStatusLabels, type Language } from '@xxgk/domain';
import { actorFromReq } from '../../lib/user';
import { loadDueItems, type DueItem } from '../../workbench/loadDueItems';
import { loadQueues, type LoadedQueue } from '../../workbench/loadQueues';
import { loadCaseQueues, type LoadedCaseQueue } from '../../workbench/loadCaseQueues';
import { loadFeedbackQueues, type LoadedFeedbackQueue } from '../../workbench/loadFeedbackQueues';
import { adminLanguage } from '../../components/workbench/language';
import { ReportDueCard } from '../../components/reports/ReportDueCard';
import { loadReportNotices } from '../../workbench/loadReportNotices';

const text = {
  heading: { zh: '工作台', en: 'Workbench' },
  greeting: { zh: '您好，', en: 'Hello, ' },
  viewAll: { zh: '查看全部', en: 'View all' },
  empty: { zh: '没有待办', en: 'Nothing here' },
  title: { zh: '标题', en: 'Title' },
  department: { zh: '责任部门', en: 'Department' },
  waiting: { zh: '已等待', en: 'Waiting' },
  date: { zh: '日期', en: 'Date' },
  comment: { zh: '审查意见', en: 'Comment' },
  workingDays: { zh: '个工作日', en: ' working days' },
  newRecord: { zh: '新建信息公开条目', en: 'New disclosure record' },
  allRecords: { zh: '全部条目', en: 'All records' },
  administration: { zh: '系统管理', en: 'Administration' },
  users: { zh: '用户', en: 'Users' },
  settings: { zh: '站点设置（学校信息、工作日历、提醒）', en: 'Site settings (institution, calendar, reminders)' },
  checklist: { zh: '信息公开事项清单', en: 'Checklist items' },
  notifications: { zh: '我的提醒', en: 'My notifications' },
  dueItems: { zh: '本部门到期事项', en: 'Items due in my department' },
  dueHint: { zh: '本学年内临期或逾期的清单事项（按公开时限和工作日历）', en: 'Checklist items due soon or overdue this academic year' },
  due: { zh: '应于', en: 'due' },
  supervision: { zh: '监督检查', en: 'Supervision' },
  applications: { zh: '依申请公开', en: 'Applications for disclosure' },
  allApplications: { zh: '全部申请', en: 'All applications' },
  newApplication: { zh: '登记申请（信函、电子邮件、当面）', en: 'Register an application (letter, e-mail, in person)' },
  received: { zh: '收到', en: 'received' },
  dueBy: { zh: '答复期限', en: 'due' },
  allFeedback: { zh: '全部评议、举报、纠错', en: 'All feedback' },
} as const;

const FeedbackQueueCard = ({ queue, language }: { queue: LoadedFeedbackQueue; language: Language }) => {
  const headingId = `queue-${queue.key}`;
  return (
    <section className="workbench-queue" aria-labelledby={headingId}>
      <header className="workbench-queue__header">
        <h3 id={headingId}>
          <a href={queue.href}>
            {queue.label[language]} <span className="workbench-queue__count">{queue.count}</span>
          </a>
        </h3>
        <p className="workbench-queue__hint">{queue.hint[language]}</p>
        <p className="workbench-queue__meta">{queue.byKind.map((entry) => `${entry.label[language]} ${entry.count}`).join(' · ')}</p>
      </header>
      {queue.rows.length === 0 ? (
        <p className="workbench-queue__empty">{text.empty[language]}</p>
      ) : (
        <ul className="workbench-queue__rows">
          {queue.rows.map((row) => (
            <li key={row.id}>
              <a href={`/admin/collections/${collections.feedback}/${row.id}`}>{row.receiptNo}</a>
              <span className="workbench-queue__meta">{[row.kind[language], row.status[language], `${text.received[language]} ${row.receivedOn}`].join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {queue.count > queue.rows.length ? (
        <a className="workbench-queue__all" href={queue.href}>
          {text.viewAll[language]}（{queue.count}）
        </a>
      ) : null}
    </section>
  );
};

const CaseQueueCard = ({ queue, language }: { queue: LoadedCaseQueue; language: Language }) => {
  const headingId = `queue-${queue.key}`;
  return (
    <section className="workbench-queue" aria-labelledby={headingId}>
      <header className="workbench-queue__header">
        <h3 id={headingId}>
          <a href={queue.href}>
            {queue.label[language]} <span className="workbench-queue__count">{queue.count}</span>
          </a>
        </h3>
        <p className="workbench-queue__hint">{queue.hint[language]}</p>
      </header>
      {queue.rows.length === 0 ? (
        <p className="workbench-queue__empty">{text.empty[language]}</p>
      ) : (
        <ul className="workbench-queue__rows">
          {queue.rows.map((row) => (
            <li key={row.id}>
              <a href={`/admin/collections/${collections.applicationCases}/${row.id}`}>{row.caseNo}</a>
              <span className="workbench-queue__meta">
                {[row.status[language], row.applicantType[language], `${text.received[language]} ${row.receivedOn}`, row.dueOn ? `${text.dueBy[language]} ${row.dueOn}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {queue.count > queue.rows.length ? (
        <a className="workbench-queue__all" href={queue.href}>
          {text.viewAll[language]}（{queue.count}）
        </a>
      ) : null}
    </section>
  );
};

const DueItemsCard = ({ items, language }: { items: DueItem[]; language: Language }) => (
  <section className="workbench-queue" aria-labelledby="queue-dueItems">
    <header className="workbench-queue__header">
      <h2 id="queue-dueItems">
        {text.dueItems[language]} <span className="workbench-queue__count">{items.length}</span>
      </h2>
      <p className="workbench-queue__hint">{text.dueHint[language]}</p>
    </header>
    {items.length === 0 ? (
      <p className="workbench-queue__empty">{text.empty[language]}</p>
    ) : (
      <ul className="workbench-queue__rows">
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.href}>{item.label}</a>
            <span className="workbench-queue__meta">
              {supervisionStatusLabels[item.status][language]}
              {item.nextDue ? ` · ${text.due[language]} ${item.nextDue}` : ''}
            </span>
          </li>
        ))}
      </ul>
    )}
  </section>
);

const QueueCard = ({ queue, language }: { queue: LoadedQueue; language: Language }) => {
  const headingId = `queue-${queue.key}`;
  return (
    <section className="workbench-queue" aria-labelledby={headingId}>
      <header className="workbench-queue__header">
        <h2 id={headingId}>
          <a href={queue.href}>
            {queue.label[language]} {queue.count === null ? null : <span className="workbench-queue__count">{queue.count}</span>}
          </a>
        </h2>
        <p className="workbench-queue__hint">{queue.hint[language]}</p>
      </header>
      {queue.rows.length === 0 ? (
        <p className="workbench-queue__empty">{text.empty[language]}</p>
      ) : (
        <ul className="workbench-queue__rows">
          {queue.rows.map((row) => (
            <li key={row.id}>
              <a href={`/admin/collections/${collections.disclosures}/${row.id}`}>{row.title}</a>
              <span className="workbench-queue__meta">
                {[row.indexNo, row.department, queue.showsWaiting && row.waitingDays !== null ? `${text.waiting[language]} ${row.waitingDays}${text.workingDays[language]}` : row.date]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {row.note ? (
                <span className="workbench-queue__note">
                  {text.comment[language]}：{row.note}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {queue.count === null || queue.count > queue.rows.length ? (
        <a className="workbench-queue__all" href={queue.href}>
          {text.viewAll[language]}
          {queue.count === null ? '' : `（${queue.count}）`}
        </a>
      ) : null}
    </section>
  );
};

/**
 * The dashboard as a workbench (工作台): the signed-in user's work queues by role instead of a
 * grid of collections, each count linking to the list filtered as the queue is.
 */
export const Dashboard = async ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult;
  const language = adminLanguage(req.i18n?.language);
  const actor = actorFromReq(req);
  const queues = await loadQueues(req);
  const caseQueues = await loadCaseQueues(req);
  const feedbackQueues = await loadFeedbackQueues(req);
  const dueItems = isEditor(actor) ? await loadDueItems(req) : null;
  const reportNotices = await loadReportNotices(req);
  const user = req.user as { name?: string | null; role?: keyof typeof roleLabels } | null;
  return (
    <Gutter className="workbench">
      <h1>{text.heading[language]}</h1>
      <p className="workbench__greeting">
        {text.greeting[language]}
        {user?.name}（{user?.role ? roleLabels[user.role][language] : ''}）
      </p>
      <nav className="workbench__shortcuts" aria-label={text.heading[language]}>
        {isAuthor(actor) ? (
          <a className="btn btn--style-primary btn--size-medium" href={`/admin/collections/${collections.disclosures}/create`}>
            {text.newRecord[language]}
          </a>
        ) : null}
        <a href={`/admin/collections/${collections.disclosures}`}>{text.allRecords[language]}</a>
        <a href={`/admin/collections/${collections.notifications}`}>{text.notifications[language]}</a>
        <a href={`/admin/collections/${collections.checklistItems}`}>{text.checklist[language]}</a>
        {maySupervise(actor) ? <a href="/admin/supervision">{text.supervision[language]}</a> : null}
      </nav>
      <div className="workbench__queues">
        {queues.map((queue) => (
          <QueueCard key={queue.key} queue={queue} language={language} />
        ))}
        {dueItems ? <DueItemsCard items={dueItems} language={language} /> : null}
        <ReportDueCard notices={reportNotices} language={language} />
      </div>
      {caseQueues.length > 0 ? (
        <section className="workbench__applications" aria-labelledby="workbench-applications">
          <h2 id="workbench-applications">{text.applications[language]}</h2>
          <nav className="workbench__shortcuts" aria-label={text.applications[language]}>
            <a className="btn btn--style-secondary btn--size-medium" href={`/admin/collections/${collections.applicationCases}/create`}>
              {text.newApplication[language]}
            </a>
            <a href={`/admin/collections/${collections.applicationCases}`}>{text.allApplications[language]}</a>
            <a href={`/admin/collections/${collections.feedback}`}>{text.allFeedback[language]}</a>
          </nav>
          <div className="workbench__queues">
            {caseQueues.map((queue) => (
              <CaseQueueCard key={queue.key} queue={queue} language={language} />
            ))}
            {feedbackQueues.map((queue) => (
              <FeedbackQueueCard key={queue.key} queue={queue} language={language} />
            ))}
          </div>
        </section>
      ) : null}
      {isAdministrator(actor) ? (
        <section className="workbench__admin" aria-labelledby="workbench-admin">
          <h2 id="workbench-admin">{text.administration[language]}</h2>
          <ul>
            <li>
              <a href={`/admin/collections/${collections.users}`}>{text.users[language]}</a>
            </li>
            <li>
              <a href={`/admin/globals/${globals.siteSettings}`}>{text.settings[language]}</a>
            </li>
          </ul>
        </section>
      ) : null}
    </Gutter>
  );
};
