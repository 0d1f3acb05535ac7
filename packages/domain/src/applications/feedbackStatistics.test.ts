import { describe, expect, it } from 'vitest';
import { feedbackStatistics, type FeedbackFacts } from './feedbackStatistics';

const facts = (overrides: Partial<FeedbackFacts>): FeedbackFacts => ({ kind: 'complaint', status: 'received', rating: null, receivedOn: '2022-03-01', ...overrides });

describe('feedback statistics over a period', () => {
  const feedback = [
    facts({ kind: 'appraisal', status: 'closed', rating: 'satisfied' }),
    facts({ kind: 'appraisal', status: 'replied', rating: null, receivedOn: '2022-12-31' }),
    facts({ kind: 'appraisal', status: 'closed', rating: 'dissatisfied', receivedOn: '2021-12-31' }),
    facts({ kind: 'complaint', status: 'handling', receivedOn: '2022-01-01' }),
    facts({ kind: 'complaint', status: 'notAccepted', receivedOn: '2022-06-30' }),
    facts({ kind: 'correction', status: 'replied', receivedOn: '2023-01-01' }),
  ];
  const stats = feedbackStatistics({ feedback, period: { from: '2022-01-01', to: '2022-12-31' } });

  it('counts what was received within the period, both ends included, per kind and status', () => {
    expect(stats.received).toBe(4);
    expect(stats.byKind.appraisal).toEqual({ received: 2, byStatus: { received: 0, handling: 0, replied: 1, notAccepted: 0, closed: 1 } });
    expect(stats.byKind.complaint).toEqual({ received: 2, byStatus: { received: 0, handling: 1, replied: 0, notAccepted: 1, closed: 0 } });
    expect(stats.byKind.correction.received).toBe(0);
  });

  it('counts appraisals by their overall view, those without one apart', () => {
    expect(stats.appraisalRatings).toEqual({ satisfied: 1, fairlySatisfied: 0, dissatisfied: 0, unrated: 1 });
  });
});
