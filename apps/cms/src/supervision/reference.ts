import { collections, globals, relationId, type Cadence, type SupervisionSettings } from '@xxgk/domain';
import type { Payload } from 'payload';
import { workingCalendarOf } from '../globals/workingCalendar';

export type SupervisionItemInfo = {
  id: string;
  code: string;
  seq: number;
  text: string;
  textEn: string | null;
  cadence: Cadence | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  responsibleDepartment: string | null;
};
export type SupervisionDepartmentInfo = { id: string; code: string; name: string; nameEn: string | null };
export type SupervisionReference = { items: SupervisionItemInfo[]; departments: SupervisionDepartmentInfo[]; settings: SupervisionSettings };

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
const idText = (value: unknown) => {
  const id = relationId(value);
  return id === null ? null : String(id);
};

/**
 * The small tables supervision reads (the 50 items, the departments, the deadlines and the
 * working-day calendar), through the Local API. Ids become text, as in the gateway, so that one
 * code path serves both databases.
 */
export const loadSupervisionReference = async (payload: Payload): Promise<SupervisionReference> => {
  const [items, departments, settings] = await Promise.all([
    payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0, sort: 'seq' }),
    payload.find({ collection: collections.departments, limit: 0, pagination: false, depth: 0, sort: 'order' }),
    payload.findGlobal({ slug: globals.siteSettings, depth: 0, select: { deadlines: true, reminders: true, calendar: true } }),
  ]);
  const calendar = workingCalendarOf(settings);
  return {
    items: items.docs.map((item) => ({
      id: String(item.id),
      code: item.code,
      seq: item.seq,
      text: item.text,
      textEn: text(item.textEn),
      cadence: item.cadence ?? null,
      notApplicable: Boolean(item.notApplicable),
      notApplicableReason: text(item.notApplicableReason),
      responsibleDepartment: idText(item.responsibleDepartment),
    })),
    departments: departments.docs.map((department) => ({ id: String(department.id), code: department.code, name: department.name, nameEn: text(department.nameEn) })),
    settings: {
      publishWithin: settings.deadlines?.publishWithin ?? 20,
      dueSoonDays: settings.reminders?.dueSoonDays ?? 5,
      calendar,
    },
  };
};
