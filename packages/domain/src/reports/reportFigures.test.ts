import { describe, expect, it } from 'vitest';
import { applicationStatistics } from '../applications/caseStatistics';
import { feedbackStatistics } from '../applications/feedbackStatistics';
import { checkEnteredFigures } from './enteredFigures';
import { flattenFigures, reportFigures, type ComputedReportInputs } from './reportFigures';

const period = { from: '2021-09-01', to: '2022-08-31' };
const inputs: ComputedReportInputs = {
  channels: [
    { key: 'portal', name: { zh: '门户网站', en: 'Portal' }, count: 1333 },
    { key: 'email', name: { zh: '工作邮箱', en: 'Work e-mail' }, count: 0 },
  ],
  categories: [{ code: '1', name: { zh: '基本信息', en: 'Basic information' }, count: 12 }],
  applications: applicationStatistics({ cases: [], period }),
  feedback: feedbackStatistics({ feedback: [], period }),
  checklist: [{ code: '1.1', text: { zh: '办学规模', en: 'Scale' }, count: 2 }],
};

describe('reportFigures', () => {
  it('keeps entered channel counts apart from computed ones, and adds them in the total', () => {
    const figures = reportFigures(inputs, { 'channel.email': 2442 });
    expect(figures.channels.map((channel) => channel.figure)).toEqual([
      { computed: 1333, entered: null, total: 1333 },
      { computed: 0, entered: 2442, total: 2442 },
    ]);
    expect(figures.channelTotal).toEqual({ computed: 1333, entered: 2442, total: 3775 });
  });

  it('adds entered application cells with every subtotal and both mappings kept consistent', () => {
    const figures = reportFigures(inputs, {
      'applications.naturalPerson.received': 3,
      'applications.naturalPerson.disclosed': 2,
      'applications.organisation.commercialEnterprise.withheld.stateSecret': 1,
    });
    const { table, byMoeOutcome } = figures.applications;
    expect(table.naturalPerson.received).toBe(3);
    expect(table.total.received).toBe(3);
    expect(table.total.groups.disclosed).toBe(2);
    expect(table.total.groups.withheld).toBe(1);
    expect(table.total.resultsTotal).toBe(3);
    expect(byMoeOutcome.disclosed).toBe(2);
    expect(byMoeOutcome.withheld).toBe(1);
    expect(figures.applications.concluded).toBe(3);
    expect(figures.enteredApplicationCells).toEqual(['naturalPerson.disclosed', 'naturalPerson.received', 'organisation.commercialEnterprise.withheld.stateSecret']);
    // the computed statistics are not changed in place
    expect(inputs.applications.table.total.received).toBe(0);
  });

  it('totals the entered reconsideration and lawsuit table', () => {
    const figures = reportFigures(inputs, { 'review.reconsideration.upheld': 1, 'review.reconsideration.pending': 2 });
    expect(figures.reviews.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 2, total: 3 });
    expect(figures.reviews.lawsuitDirect.total).toBe(0);
  });

  it('keeps a feedback kind’s received count apart from its items in the status "received"', () => {
    const feedback = feedbackStatistics({
      feedback: [
        { kind: 'complaint', status: 'received', rating: null, receivedOn: '2022-03-01' },
        { kind: 'complaint', status: 'closed', rating: null, receivedOn: '2022-03-02' },
      ],
      period,
    });
    const flat = flattenFigures(reportFigures({ ...inputs, feedback }, {}));
    expect(flat['feedback.complaint.received']).toBe(2);
    expect(flat['feedback.complaint.status.received']).toBe(1);
    expect(flat['feedback.complaint.status.closed']).toBe(1);
  });

  it('flattens every figure to a stable key', () => {
    const flat = flattenFigures(reportFigures(inputs, {}));
    expect(flat['channels.portal']).toBe(1333);
    expect(flat['channels.total']).toBe(1333);
    expect(flat['checklist.1.1']).toBe(2);
    expect(flat['applications.total.received']).toBe(0);
    expect(Object.values(flat).every((value) => Number.isInteger(value))).toBe(true);
  });
});

describe('checkEnteredFigures', () => {
  it('refuses keys that name nothing and values that are not counts, at their field', () => {
    expect(checkEnteredFigures({ 'channel.portal': 5, 'review.reconsideration.upheld': 0 }, ['portal'])).toEqual([]);
    expect(checkEnteredFigures({ 'channel.fax': 1, 'fees.charged': -1, 'applications.naturalPerson.received': 1.5 }, ['portal'])).toEqual([
      { key: 'reportEnteredKeyUnknown', path: 'entered.channel.fax', params: { key: 'channel.fax' } },
      { key: 'reportEnteredNotCount', path: 'entered.fees.charged', params: { value: '-1' } },
      { key: 'reportEnteredNotCount', path: 'entered.applications.naturalPerson.received', params: { value: '1.5' } },
    ]);
  });
});
