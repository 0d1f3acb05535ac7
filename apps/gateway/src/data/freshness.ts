import type { Payload } from 'payload';
import type { StatisticsStore } from '../statistics/store';
import { loadReferenceData, type ReferenceData } from './referenceData';

/**
 * Keeps the gateway within a second of the CMS without a long TTL: a cheap signature of the
 * public tables (latest change times and counts) is read every `intervalMs`; when it changes,
 * the version increases, which retires every cached response (the version is part of each
 * cache key) and reloads the reference data. Works for any number of gateway processes,
 * since each watches the database itself.
 */
export type Freshness = {
  version: () => number;
  reference: () => Promise<ReferenceData>;
  close: () => void;
};

export const watchFreshness = async ({
  payload,
  store,
  intervalMs,
  onChange = () => {},
}: {
  payload: Payload;
  store: StatisticsStore;
  intervalMs: number;
  /** Called after the version moved on (e.g. to tell the public site). */
  onChange?: () => void;
}): Promise<Freshness> => {
  let version = 0;
  let signature = await store.dataSignature();
  let reference = loadReferenceData(payload);
  const check = async () => {
    const next = await store.dataSignature();
    if (next === signature) return;
    signature = next;
    version += 1;
    reference = loadReferenceData(payload);
    onChange();
  };
  let isChecking = false;
  const timer = setInterval(() => {
    if (isChecking) return;
    isChecking = true;
    check()
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'freshness check failed' }))
      .finally(() => {
        isChecking = false;
      });
  }, intervalMs);
  timer.unref();
  return { version: () => version, reference: () => reference, close: () => clearInterval(timer) };
};
