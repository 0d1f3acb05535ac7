import { describe, expect, it } from 'vitest';
import { coverByMonths, mergeWindows, monthOf, monthRange, monthsTouched, supervisionKeysTouched } from './supervisionMonths';

const at = (iso: string) => new Date(iso);

describe('Beijing months', () => {
  it('cut at midnight in Beijing, not in UTC', () => {
    expect(monthOf(at('2022-02-28T15:59:59Z'))).toBe('2022-02');
    expect(monthOf(at('2022-02-28T16:00:00Z'))).toBe('2022-03');
    expect(monthRange('2022-12')).toEqual({ from: at('2022-11-30T16:00:00Z'), to: at('2022-12-31T16:00:00Z') });
  });
});

describe('coverByMonths', () => {
  const academicYear = { from: at('2021-08-31T16:00:00Z'), to: at('2022-08-31T16:00:00Z') };

  it('covers a closed academic year with its twelve months and nothing left', () => {
    const { months, rest } = coverByMonths(academicYear, at('2026-10-31T16:00:00Z'));
    expect(months).toEqual(['2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08']);
    expect(rest).toEqual([]);
  });

  it('leaves the months not yet closed, as one range, to be counted', () => {
    const { months, rest } = coverByMonths(academicYear, at('2022-01-31T16:00:00Z'));
    expect(months).toEqual(['2021-09', '2021-10', '2021-11', '2021-12', '2022-01']);
    expect(rest).toEqual([{ from: at('2022-01-31T16:00:00Z'), to: academicYear.to }]);
  });

  it('leaves the broken months at both ends of a period that starts and ends mid-month', () => {
    const { months, rest } = coverByMonths({ from: at('2022-01-14T16:00:00Z'), to: at('2022-04-09T16:00:00Z') }, at('2026-10-31T16:00:00Z'));
    expect(months).toEqual(['2022-02', '2022-03']);
    expect(rest).toEqual([
      { from: at('2022-01-14T16:00:00Z'), to: at('2022-01-31T16:00:00Z') },
      { from: at('2022-03-31T16:00:00Z'), to: at('2022-04-09T16:00:00Z') },
    ]);
  });

  it('keeps nothing for a period inside one month', () => {
    const range = { from: at('2022-09-25T16:00:00Z'), to: at('2022-09-29T16:00:00Z') };
    expect(coverByMonths(range, at('2026-10-31T16:00:00Z'))).toEqual({ months: [], rest: [range] });
  });
});

describe('monthsTouched', () => {
  it('names the publication month before and after a change', () => {
    expect(monthsTouched({ publishedAt: '2022-03-10T04:00:00Z' }, { publishedAt: '2022-06-15T04:00:00Z' })).toEqual(['2022-03', '2022-06']);
  });

  it('names the old month when a withdrawal clears the publication date, and the month of the new log entry', () => {
    const review = { reviewedAt: '2022-03-10T04:00:00Z' };
    expect(monthsTouched({ publishedAt: '2022-03-10T04:00:00Z', reviews: [review] }, { publishedAt: null, reviews: [review, { reviewedAt: '2022-10-12T07:00:00Z' }] })).toEqual([
      '2022-03',
      '2022-10',
    ]);
  });

  it('names the months of a deleted record, and of one created in bulk', () => {
    const record = { publishedAt: '2021-12-31T16:30:00Z', reviews: [{ reviewedAt: '2021-12-20T07:00:00Z' }] };
    expect(monthsTouched(record, null)).toEqual(['2021-12', '2022-01']);
    expect(monthsTouched(null, record)).toEqual(['2021-12', '2022-01']);
  });

  it('names no month for a draft that was never published or reviewed', () => {
    expect(monthsTouched({ publishedAt: null, reviews: [] }, { publishedAt: null, reviews: [] })).toEqual([]);
  });
});

describe('supervisionKeysTouched', () => {
  it('names the item a record in the workflow leaves and the one it joins, and the departments it waits in', () => {
    expect(
      supervisionKeysTouched(
        { status: 'draft', checklistItem: 7, department: { id: 3 }, publishedAt: null },
        { status: 'submitted', checklistItem: 8, department: 4, publishedAt: null },
      ),
    ).toEqual(['pending:7', 'pending:8', 'waiting:4']);
  });

  it('names the month, and the item once withdrawn to draft, when a published record is withdrawn', () => {
    expect(supervisionKeysTouched({ status: 'published', checklistItem: 7, department: 3, publishedAt: '2022-03-10T04:00:00Z' }, { status: 'draft', checklistItem: 7, department: 3, publishedAt: null })).toEqual([
      'month:2022-03',
      'pending:7',
    ]);
  });

  it('names nothing about items for a record without one', () => {
    expect(supervisionKeysTouched(null, { status: 'draft', checklistItem: null, department: 3, publishedAt: null })).toEqual([]);
  });
});

describe('mergeWindows', () => {
  it('adds up counts and returns, keeps the latest publication, and joins the publication groups', () => {
    const merged = mergeWindows([
      {
        items: [{ itemId: 'a', count: 2, last: at('2022-01-20T04:00:00Z') }],
        publications: [{ departmentId: 'd1', formedDate: '2022-01-02', publishedDate: '2022-01-20', count: 2 }],
        reviewEvents: [{ departmentId: 'd1', returned: 1, withdrawn: 0 }],
      },
      {
        items: [
          { itemId: 'a', count: 1, last: at('2022-02-03T04:00:00Z') },
          { itemId: 'b', count: 0, last: null },
        ],
        publications: [{ departmentId: 'd1', formedDate: '2022-01-30', publishedDate: '2022-02-03', count: 1 }],
        reviewEvents: [{ departmentId: 'd1', returned: 0, withdrawn: 2 }],
      },
    ]);
    expect(merged.items).toEqual([
      { itemId: 'a', count: 3, last: at('2022-02-03T04:00:00Z') },
      { itemId: 'b', count: 0, last: null },
    ]);
    expect(merged.publications).toHaveLength(2);
    expect(merged.reviewEvents).toEqual([{ departmentId: 'd1', returned: 1, withdrawn: 2 }]);
  });
});
