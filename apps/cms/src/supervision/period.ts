import { academicYearOf, academicYearRange, chinaNoon, datePeriodOf, parseAcademicYear, type DatePeriod } from '@xxgk/domain';

/** What the supervision view and its CSV are asked for: a period and, optionally, one department. */
export type SupervisionQuery = { period: DatePeriod; academicYear: string | null; departmentId: string | null };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => datePattern.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const longest = 20 * 366 * 86_400_000;

const read = (params: Params, name: string): string => {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};

/**
 * Reads the plain GET form (or the CSV link): both `from` and `to` filled in choose that date
 * range (Beijing days, both included); otherwise `academicYear` (1 September – 31 August), by
 * default the current one. Null when the input cannot be a period (the caller says why).
 */
export const readSupervisionQuery = (params: Params, today: string): SupervisionQuery | null => {
  const [from, to, label, department] = ['from', 'to', 'academicYear', 'department'].map((name) => read(params, name)) as [string, string, string, string];
  const departmentId = department || null;
  if (from && to) {
    if (!isDate(from) || !isDate(to) || from > to || chinaNoon(to).getTime() - chinaNoon(from).getTime() > longest) return null;
    return { period: { from, to }, academicYear: null, departmentId };
  }
  const academicYear = label || academicYearOf(chinaNoon(today));
  if (parseAcademicYear(academicYear) === null) return null;
  return { period: datePeriodOf(academicYearRange(academicYear)), academicYear, departmentId };
};

/** The query string that asks for the same thing (for the CSV link and the list links). */
export const supervisionSearch = (query: SupervisionQuery): string => {
  const params = new URLSearchParams(query.academicYear ? { academicYear: query.academicYear } : { from: query.period.from, to: query.period.to });
  if (query.departmentId) params.set('department', query.departmentId);
  return params.toString();
};
