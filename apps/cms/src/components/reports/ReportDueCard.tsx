import type { Language } from '@xxgk/domain';
import type { ReportNotice } from '../../workbench/loadReportNotices';

const heading = { zh: '年度报告', en: 'Annual report' };

/** The dashboard's reminder of the annual report due now: its state and how long is left, linking to it. */
export const ReportDueCard = ({ notices, language }: { notices: ReportNotice[]; language: Language }) =>
  notices.length === 0 ? null : (
    <section className="workbench-queue workbench-report" aria-labelledby="queue-annualReport">
      <header className="workbench-queue__header">
        <h2 id="queue-annualReport">{heading[language]}</h2>
      </header>
      <ul className="workbench-queue__rows">
        {notices.map((notice) => (
          <li key={notice.format}>
            <a href={notice.href}>{notice.title}</a>
            <span className="workbench-queue__meta">{notice.state}</span>
            {notice.due ? <span className={notice.isOverdue ? 'workbench-queue__note report-completeness__missing' : 'workbench-queue__note'}>{notice.due}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
