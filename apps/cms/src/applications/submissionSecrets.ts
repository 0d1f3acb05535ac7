import { hkdfSync } from 'node:crypto';
import type { Payload } from 'payload';

/**
 * Keys for the public intake, each derived from the one secret every process of an installation
 * already shares (PAYLOAD_SECRET, as Payload holds it), so that several gateways agree without
 * another setting, and a key used for one purpose says nothing about another's. HKDF (RFC 5869)
 * with the purpose as its `info`.
 */
export type SubmissionKeyPurpose = 'query-code' | 'proof-of-work';

export const deriveSubmissionKey = (payload: Payload, purpose: SubmissionKeyPurpose): Buffer =>
  Buffer.from(hkdfSync('sha256', payload.secret, 'xxgk:public-intake', `xxgk:${purpose}`, 32));
