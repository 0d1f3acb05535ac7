import { loadSupervision } from '@xxgk/cms/supervision';
import type { DatePeriod } from '@xxgk/domain';
import type { Payload } from 'payload';
import { expect } from 'vitest';
import { supervisionSettings } from './supervisionData';
import { readRawSupervisionData, recountSupervision, type RawSupervisionData } from './supervisionRecount';

/**
 * The supervision view of a period, figure by figure, against the record-by-record recount of
 * the raw rows (read afresh unless given): every item and every department.
 */
export const expectSupervisionMatchesRecount = async ({
  payload,
  period,
  today,
  publicOnly,
  raw,
}: {
  payload: Payload;
  period: DatePeriod;
  today: string;
  publicOnly: boolean;
  raw?: RawSupervisionData;
}) => {
  const { report } = await loadSupervision({ payload, period, today, publicOnly });
  const recount = recountSupervision({ data: raw ?? (await readRawSupervisionData(payload)), period, today, publicOnly, settings: supervisionSettings });
  expect(report.asOf).toBe(recount.asOf);
  expect(report.items).toHaveLength(50);
  for (const item of report.items) {
    const { itemId, ...figures } = item;
    expect(figures, `item ${itemId}`).toEqual(recount.items.get(itemId));
  }
  expect(report.departments.length).toBeGreaterThan(0);
  for (const department of report.departments) {
    const expected = recount.departments.get(department.departmentId);
    const figures = {
      overdueItems: department.overdueItems,
      publishedCount: department.publishedCount,
      medianWorkingDays: department.medianWorkingDays,
      withinDeadlineShare: department.withinDeadlineShare,
    };
    expect(figures, `department ${department.departmentId}`).toEqual({
      overdueItems: expected?.overdueItems ?? 0,
      publishedCount: expected?.publishedCount ?? 0,
      medianWorkingDays: expected?.medianWorkingDays ?? null,
      withinDeadlineShare: expected?.withinDeadlineShare ?? null,
    });
    if (publicOnly) {
      expect(department).toMatchObject({ waiting: null, returned: null, withdrawn: null });
    } else {
      expect({ waiting: department.waiting, returned: department.returned, withdrawn: department.withdrawn }).toEqual({
        waiting: { count: expected?.waitingCount ?? 0, longestWorkingDays: expected?.waitingCount ? expected.longestWait : null },
        returned: expected?.returned ?? 0,
        withdrawn: expected?.withdrawn ?? 0,
      });
    }
  }
  return report;
};
