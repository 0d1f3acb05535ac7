import type { Payload } from 'payload';
import { createMongoStatistics } from './mongodb';
import { createSqliteStatistics } from './sqlite';
import type { StatisticsStore } from './store';

export type { Count, Period, StatisticsStore, StatisticsSummary } from './store';
export { loadCaseFacts, loadFeedbackFacts } from './applicationFacts';

/**
 * The statistics store for the database Payload runs on (DATABASE_URL chose it). It lives in the
 * CMS because the annual report counts with it too; the gateway imports it as @xxgk/cms/statistics.
 */
export const createStatistics = (payload: Payload): StatisticsStore =>
  payload.db.name === 'mongoose' ? createMongoStatistics(payload) : createSqliteStatistics(payload);
