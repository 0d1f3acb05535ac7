import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import { chinaDate, maySupervise, type Language } from '@xxgk/domain';
import { redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import type { ReactNode } from 'react';
import { languageOf, t } from '../../i18n/messages';
import { actorFromReq } from '../../lib/user';
import { loadSupervision } from '../../supervision';
import { supervisionLabel } from '../../supervision/labels';
import { readSupervisionQuery, supervisionSearch } from '../../supervision/period';
import { supervisionTables } from '../../supervision/tables';
import { DepartmentsTable } from './DepartmentsTable';
import { Filters } from './Filters';
import { ItemsTable } from './ItemsTable';
import './supervision.css';

const Rules = ({ language, publishWithin, dueSoonDays }: { language: Language; publishWithin: number; dueSoonDays: number }) => {
  const say = (key: Parameters<typeof supervisionLabel>[1]) => supervisionLabel(language, key, { days: publishWithin, soon: dueSoonDays });
  return (
    <details className="supervision__rules">
      <summary>{say('rules')}</summary>
      <ul>
        {(['ruleOverdue', 'ruleDueSoon', 'ruleOnTime', 'ruleNotPublished', 'ruleNotApplicable'] as const).map((key) => (
          <li key={key}>{say(key)}</li>
        ))}
      </ul>
    </details>
  );
};

/**
 * 监督检查 at /admin/supervision: the 50 items with their status for a period, and each
 * department's figures (apps/cms/src/supervision, rules in @xxgk/domain supervision.ts). A
 * server component: filters are a plain GET form, tables are real tables. Custom root views are
 * rendered without Payload's template and without its sign-in check, so both happen here.
 */
export const SupervisionView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult;
  const adminRoute = req.payload.config.routes.admin;
  const search = new URLSearchParams(Object.entries(searchParams ?? {}).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => [name, v])));
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/supervision${search.size ? `?${search}` : ''}`)}`);
  const language = languageOf(req);
  const say = (key: Parameters<typeof supervisionLabel>[1], values?: Record<string, string | number>) => supervisionLabel(language, key, values);
  const frame = (children: ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="supervision"
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <Gutter className="supervision">
        <h1>{say('title')}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  );

  if (!maySupervise(actorFromReq(req))) {
    return frame(
      <p className="supervision__notice" role="alert">
        {t(req, 'supervisionForbidden')}
      </p>,
    );
  }

  const today = chinaDate(new Date());
  const asked = readSupervisionQuery(search, today);
  const query = asked ?? readSupervisionQuery(new URLSearchParams(), today)!;
  const supervision = await loadSupervision({ payload: req.payload, period: query.period, today });
  const { items, departments } = supervisionTables({ supervision, language, departmentId: query.departmentId });
  const { report } = supervision;
  return frame(
    <>
      <p className="supervision__intro">{say('intro')}</p>
      {asked ? null : (
        <p className="supervision__notice" role="alert">
          {say('invalidPeriod')}
        </p>
      )}
      <Filters action={`${adminRoute}/supervision`} query={query} departments={supervision.departments} today={today} language={language} />
      <div className="supervision__actions">
        <p className="supervision__period">{say('period', { from: report.period.from, to: report.period.to, asOf: report.asOf })}</p>
        <a href={`/api/supervision.csv?${supervisionSearch(query)}`} download>
          {say('download')}
        </a>
      </div>
      <ItemsTable rows={items} adminRoute={adminRoute} language={language} />
      <Rules language={language} publishWithin={report.publishWithin} dueSoonDays={report.dueSoonDays} />
      <DepartmentsTable rows={departments} adminRoute={adminRoute} publishWithin={report.publishWithin} language={language} />
    </>,
  );
};
