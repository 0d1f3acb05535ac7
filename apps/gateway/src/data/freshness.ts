import { createHash } from 'node:crypto';
import type { Payload } from 'payload';
import type { StatisticsStore } from '@xxgk/cms/statistics';
import { loadReferenceData, type ReferenceData } from './referenceData';

/**
 * Keeps the gateway within a second of the CMS without a long TTL: a cheap signature of the
 * public tables (latest change times and counts) is read every `intervalMs`; when it changes,
 * the version changes, which retires every cached response (the version is part of each
 * cache key) and reloads the reference data. The version is a digest of the signature, not a
 * local counter, so every gateway process on one database computes the same one: they can share
 * one response cache (Redis), and none serves another's answer from before a change.
 */
export type Freshness = {
  version: () => string;
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
  const digest = (signature: string) => createHash('sha256').update(signature).digest('base64url').slice(0, 16);
  let signature = await store.dataSignature();
  let version = digest(signature);
  let reference = loadReferenceData(payload);
  const check = async () => {
    const next = await store.dataSignature();
    if (next === signature) return;
    signature = next;
    version = digest(next);
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
