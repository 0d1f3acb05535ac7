import type { Payload } from 'payload';
import { createMongoStatistics } from './mongodb';
import { createSqliteStatistics } from './sqlite';
import type { StatisticsStore } from './store';

/** The statistics store for the database Payload runs on (DATABASE_URL chose it). */
export const createStatistics = (payload: Payload): StatisticsStore =>
  payload.db.name === 'mongoose' ? createMongoStatistics(payload) : createSqliteStatistics(payload);
