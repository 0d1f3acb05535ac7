import { clientAddressHeader } from '@xxgk/http';
import { collections, decideLoginAttempt } from '@xxgk/domain';
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload';
import { createHash } from 'node:crypto';
import { refusal } from '../i18n/messages';

/**
 * Throttles sign-in per account and client address (decideLoginAttempt in @xxgk/domain) instead
 * of Payload's per-account lock-out, which let anyone lock any account by typing wrong passwords.
 * The client address comes from the CMS's server (trusted proxies resolved there).
 */
const keyOf = (req: PayloadRequest, email: string) =>
  createHash('sha256').update(`${email.trim().toLowerCase()}|${req.headers.get(clientAddressHeader) ?? 'unknown'}`).digest('hex');

const findState = async (req: PayloadRequest, key: string) =>
  (await req.payload.find({ collection: collections.loginThrottles, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null;

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args;
  const email = (args as { data?: { email?: unknown } }).data?.email;
  if (typeof email !== 'string' || !email) return args;
  const key = keyOf(req, email);
  const stored = await findState(req, key);
  const state = stored && { attempts: stored.attempts, windowStartedAt: stored.windowStartedAt ?? null, lockedUntil: stored.lockedUntil ?? null };
  const decision = decideLoginAttempt({ state, now: new Date() });
  // Written outside the sign-in's own transaction (no req), so a failed sign-in still counts.
  if (decision.next !== state) {
    if (stored) await req.payload.update({ collection: collections.loginThrottles, id: stored.id, data: decision.next, overrideAccess: true, depth: 0 });
    else await req.payload.create({ collection: collections.loginThrottles, data: { key, ...decision.next }, overrideAccess: true, depth: 0 });
  }
  if (!decision.isAllowed) throw refusal({ req, refusal: { key: 'loginThrottled', params: { minutes: decision.retryAfterMinutes } }, status: 429 });
  return args;
};

/** A successful sign-in clears the count for this account and address. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ user, req }) => {
  const email = (user as { email?: string }).email;
  if (email) await req.payload.delete({ collection: collections.loginThrottles, where: { key: { equals: keyOf(req, email) } }, overrideAccess: true });
  return user;
};
