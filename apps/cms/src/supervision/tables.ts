import { cadenceLabels, supervisionStatusLabels, type Language, type SupervisionStatus } from '@xxgk/domain';
import type { Supervision } from './index';
import { supervisionLabel } from './labels';

export type ItemRow = {
  id: string;
  seq: number;
  code: string;
  text: string;
  department: { id: string; name: string } | null;
  cadence: string;
  publicInPeriod: number;
  lastPublished: string;
  nextDue: string;
  status: SupervisionStatus;
  statusLabel: string;
};
export type DepartmentRow = {
  id: string;
  name: string;
  overdueItems: number;
  publishedCount: number;
  median: string;
  share: string;
  waiting: number;
  longestWait: string;
  returned: number;
  withdrawn: number;
};

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The two tables of the supervision view, in the reader's language, as text: the view renders
 * them with links and badges, the CSV writes them as they are. With a department chosen: the
 * items it is responsible for, and its own row.
 */
export const supervisionTables = ({ supervision, language, departmentId }: { supervision: Supervision; language: Language; departmentId: string | null }) => {
  const none = supervisionLabel(language, 'none');
  const departmentName = new Map(supervision.departments.map((d) => [d.id, language === 'en' ? (d.nameEn ?? d.name) : d.name]));
  const reportOf = new Map(supervision.report.items.map((row) => [row.itemId, row]));
  const items: ItemRow[] = supervision.items
    .filter((item) => !departmentId || item.responsibleDepartment === departmentId)
    .map((item) => {
      const report = reportOf.get(item.id)!;
      const department = item.responsibleDepartment;
      return {
        id: item.id,
        seq: item.seq,
        code: item.code,
        text: language === 'en' ? (item.textEn ?? item.text) : item.text,
        department: department ? { id: department, name: departmentName.get(department) ?? department } : null,
        cadence: item.cadence ? cadenceLabels[item.cadence][language] : none,
        publicInPeriod: report.publicInPeriod,
        lastPublished: report.lastPublishedDate ?? none,
        nextDue: report.nextDue ?? none,
        status: report.status,
        statusLabel: supervisionStatusLabels[report.status][language],
      };
    });
  const departments: DepartmentRow[] = supervision.report.departments
    .filter((row) => !departmentId || row.departmentId === departmentId)
    .map((row) => ({
      id: row.departmentId,
      name: departmentName.get(row.departmentId) ?? row.departmentId,
      overdueItems: row.overdueItems,
      publishedCount: row.publishedCount,
      median: row.medianWorkingDays === null ? none : oneDecimal(row.medianWorkingDays),
      share: row.withinDeadlineShare === null ? none : `${oneDecimal(row.withinDeadlineShare * 100)}%`,
      waiting: row.waiting?.count ?? 0,
      longestWait: row.waiting?.longestWorkingDays == null ? none : String(row.waiting.longestWorkingDays),
      returned: row.returned ?? 0,
      withdrawn: row.withdrawn ?? 0,
    }));
  return { items, departments };
};
