import { collections, type Language } from '@xxgk/domain';
import { supervisionLabel } from '../../supervision/labels';
import type { ItemRow } from '../../supervision/tables';

/** The checklist items: one row each, the item linking to its records in the list view. */
export const ItemsTable = ({ rows, adminRoute, language }: { rows: ItemRow[]; adminRoute: string; language: Language }) => {
  const say = (key: Parameters<typeof supervisionLabel>[1], params?: Record<string, string | number>) => supervisionLabel(language, key, params);
  const listOf = (field: string, id: string) => `${adminRoute}/collections/${collections.disclosures}?where[${field}][equals]=${encodeURIComponent(id)}`;
  return (
    <div className="supervision__table-wrap">
      <table className="supervision__table" id="supervision-items">
        <caption>{say('itemsCaption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{say('seq')}</th>
            <th scope="col">{say('code')}</th>
            <th scope="col">{say('item')}</th>
            <th scope="col">{say('responsibleDepartment')}</th>
            <th scope="col">{say('cadence')}</th>
            <th scope="col">{say('publicInPeriod')}</th>
            <th scope="col">{say('lastPublished')}</th>
            <th scope="col">{say('nextDue')}</th>
            <th scope="col">{say('status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-item-code={row.code}>
              <td className="supervision__number">{row.seq}</td>
              <td>{row.code}</td>
              <th scope="row">
                <a href={listOf('checklistItem', row.id)}>{row.text}</a>
              </th>
              <td>{row.department ? <a href={listOf('department', row.department.id)}>{row.department.name}</a> : say('unassigned')}</td>
              <td>{row.cadence}</td>
              <td className="supervision__number">{row.publicInPeriod}</td>
              <td className="supervision__date">{row.lastPublished}</td>
              <td className="supervision__date">{row.nextDue}</td>
              <td>
                <span className={`supervision-status supervision-status--${row.status}`}>{row.statusLabel}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>{say('noItems')}</p> : null}
    </div>
  );
};
