import { collections, type Language } from '@xxgk/domain';
import { supervisionLabel } from '../../supervision/labels';
import type { DepartmentRow } from '../../supervision/tables';

/** The departments' figures: one row each, the department linking to its records in the list view. */
export const DepartmentsTable = ({ rows, adminRoute, publishWithin, language }: { rows: DepartmentRow[]; adminRoute: string; publishWithin: number; language: Language }) => {
  const say = (key: Parameters<typeof supervisionLabel>[1], params?: Record<string, string | number>) => supervisionLabel(language, key, params);
  return (
    <div className="supervision__table-wrap">
      <table className="supervision__table" id="supervision-departments">
        <caption>{say('departmentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{say('department')}</th>
            <th scope="col">{say('overdueItems')}</th>
            <th scope="col">{say('publishedCount')}</th>
            <th scope="col">{say('medianWorkingDays')}</th>
            <th scope="col">{say('withinDeadline', { days: publishWithin })}</th>
            <th scope="col">{say('waiting')}</th>
            <th scope="col">{say('longestWait')}</th>
            <th scope="col">{say('returned')}</th>
            <th scope="col">{say('withdrawn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={`${adminRoute}/collections/${collections.disclosures}?where[department][equals]=${encodeURIComponent(row.id)}`}>{row.name}</a>
              </th>
              <td className="supervision__number">{row.overdueItems}</td>
              <td className="supervision__number">{row.publishedCount}</td>
              <td className="supervision__number">{row.median}</td>
              <td className="supervision__number">{row.share}</td>
              <td className="supervision__number">{row.waiting}</td>
              <td className="supervision__number">{row.longestWait}</td>
              <td className="supervision__number">{row.returned}</td>
              <td className="supervision__number">{row.withdrawn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
