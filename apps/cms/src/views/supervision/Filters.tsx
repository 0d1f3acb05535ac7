import { academicYearOf, chinaNoon, type Language } from '@xxgk/domain';
import type { SupervisionDepartmentInfo } from '../../supervision';
import { supervisionLabel } from '../../supervision/labels';
import type { SupervisionQuery } from '../../supervision/period';

/** The current academic year and the nine before it, newest first (and the one asked for, if older). */
const academicYearChoices = (today: string, chosen: string | null) => {
  const start = Number(academicYearOf(chinaNoon(today)).slice(0, 4));
  const labels = Array.from({ length: 10 }, (_, index) => `${start - index}-${start - index + 1}`);
  return chosen && !labels.includes(chosen) ? [...labels, chosen] : labels;
};

/** A plain GET form: it works without JavaScript, and the address it leads to can be bookmarked. */
export const Filters = ({
  action,
  query,
  departments,
  today,
  language,
}: {
  action: string;
  query: SupervisionQuery;
  departments: SupervisionDepartmentInfo[];
  today: string;
  language: Language;
}) => {
  const say = (key: Parameters<typeof supervisionLabel>[1]) => supervisionLabel(language, key);
  const chosenYear = query.academicYear ?? academicYearOf(chinaNoon(today));
  return (
    <form className="supervision__filters" method="get" action={action}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>{say('filters')}</legend>
        <div className="supervision__fields">
          <div className="supervision__field">
            <label htmlFor="supervision-academic-year">{say('academicYear')}</label>
            <select id="supervision-academic-year" name="academicYear" defaultValue={chosenYear}>
              {academicYearChoices(today, query.academicYear).map((label) => (
                <option key={label} value={label}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="supervision__field">
            <label htmlFor="supervision-from">{say('from')}</label>
            <input id="supervision-from" name="from" type="date" defaultValue={query.academicYear ? '' : query.period.from} aria-describedby="supervision-dates-hint" />
          </div>
          <div className="supervision__field">
            <label htmlFor="supervision-to">{say('to')}</label>
            <input id="supervision-to" name="to" type="date" defaultValue={query.academicYear ? '' : query.period.to} aria-describedby="supervision-dates-hint" />
          </div>
          <div className="supervision__field">
            <label htmlFor="supervision-department">{say('department')}</label>
            <select id="supervision-department" name="department" defaultValue={query.departmentId ?? ''}>
              <option value="">{say('allDepartments')}</option>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {language === 'en' ? (department.nameEn ?? department.name) : department.name}
                </option>
              ))}
            </select>
          </div>
          <button className="supervision__submit" type="submit">
            {say('apply')}
          </button>
        </div>
        <p className="supervision__hint" id="supervision-dates-hint">
          {say('datesHint')}
        </p>
      </fieldset>
    </form>
  );
};
