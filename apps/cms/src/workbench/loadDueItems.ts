import { chinaDate, collections, isEditor } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { stringify } from 'qs-esm';
import { actorFromReq } from '../lib/user';
import { loadSupervision } from '../supervision';
import { readSupervisionQuery } from '../supervision/period';

export type DueItem = { id: string; label: string; status: 'dueSoon' | 'overdue'; nextDue: string | null; href: string };

/**
 * The checklist items an editor's department is responsible for that fall due soon or are
 * overdue, by the supervision rules (current academic year, today), soonest first.
 */
export const loadDueItems = async (req: PayloadRequest, { now = new Date() } = {}): Promise<DueItem[]> => {
  const actor = actorFromReq(req);
  if (!isEditor(actor) || actor.departmentId === null) return [];
  const today = chinaDate(now);
  const query = readSupervisionQuery({}, today);
  if (!query) return [];
  const { items, report } = await loadSupervision({ payload: req.payload, period: query.period, today });
  const byId = new Map(items.map((item) => [item.id, item]));
  return report.items
    .filter((entry) => (entry.status === 'dueSoon' || entry.status === 'overdue') && byId.get(entry.itemId)?.responsibleDepartment === String(actor.departmentId))
    .sort((a, b) => (a.nextDue ?? '').localeCompare(b.nextDue ?? ''))
    .map((entry) => {
      const item = byId.get(entry.itemId)!;
      return {
        id: entry.itemId,
        label: `(${item.seq}) ${item.code} ${item.text}`,
        status: entry.status as DueItem['status'],
        nextDue: entry.nextDue,
        href: `/admin/collections/${collections.disclosures}?${stringify({ where: { checklistItem: { equals: entry.itemId } } })}`,
      };
    });
};
