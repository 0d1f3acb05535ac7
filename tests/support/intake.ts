import { createHash, createHmac, randomUUID } from 'node:crypto';

/**
 * The public site's side of the intake, written independently of the gateway's ALTCHA library:
 * fetching and solving a proof-of-work challenge, and forging one with a key, as the tests need.
 */
export type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string; expiresAt?: string };

type Post = (document: string, variables?: Record<string, unknown>, init?: { headers?: Record<string, string> }) => Promise<{
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Finds the number (brute force, as the browser does) and answers the ALTCHA payload: base64 of the JSON solution. */
export const solve = (challenge: Challenge, number?: number): string => {
  let found = number;
  for (let candidate = 0; found === undefined && candidate <= challenge.maxnumber; candidate += 1) {
    if (sha256(`${challenge.salt}${candidate}`) === challenge.challenge) found = candidate;
  }
  if (found === undefined) throw new Error('challenge has no solution up to maxnumber');
  const { algorithm, challenge: hash, salt, signature } = challenge;
  return Buffer.from(JSON.stringify({ algorithm, challenge: hash, number: found, salt, signature })).toString('base64');
};

export const challengeQuery = 'query($purpose: SubmissionPurpose!) { submissionChallenge(purpose: $purpose) { algorithm challenge maxnumber salt signature expiresAt } }';

export const fetchChallenge = async (query: Post, purpose: 'APPLICATION' | 'FEEDBACK' = 'APPLICATION'): Promise<Challenge> => {
  const { body } = await query(challengeQuery, { purpose });
  if (!body.data?.submissionChallenge) throw new Error(`no challenge: ${JSON.stringify(body)}`);
  return body.data.submissionChallenge as Challenge;
};

export const fetchProof = async (query: Post, purpose: 'APPLICATION' | 'FEEDBACK' = 'APPLICATION') => solve(await fetchChallenge(query, purpose));

/**
 * A challenge signed with `hmacKey` as the gateway signs them (the ALTCHA v1 format), for cases
 * the gateway would never issue: expired, or for another purpose.
 */
export const forgeChallenge = ({ hmacKey, purpose, expires, number = 7, maxnumber = 100 }: { hmacKey: string; purpose: string; expires: Date; number?: number; maxnumber?: number }): Challenge => {
  const salt = `0123456789abcdef01234567?purpose=${purpose}&expires=${Math.floor(expires.getTime() / 1000)}&`;
  const challenge = sha256(`${salt}${number}`);
  return { algorithm: 'SHA-256', challenge, maxnumber, salt, signature: createHmac('sha256', hmacKey).update(challenge).digest('hex') };
};

/** A submission key as a browser makes one. */
export const newSubmissionKey = () => randomUUID();

export const submitApplicationMutation = `mutation($input: ApplicationInput!, $key: String!, $proof: String!, $language: Language) {
  submitApplication(input: $input, submissionKey: $key, proof: $proof, language: $language) { receiptCode queryCode receivedOn dueOn replayed }
}`;

export const submitFeedbackMutation = `mutation($input: FeedbackInput!, $key: String!, $proof: String!, $language: Language) {
  submitFeedback(input: $input, submissionKey: $key, proof: $proof, language: $language) { receiptCode queryCode receivedOn replayed }
}`;

export const applicationStatusQuery = `query($receipt: String!, $query: String!, $language: Language) {
  applicationStatus(receiptCode: $receipt, queryCode: $query, language: $language) {
    receiptCode status statusLabel { zh en } receivedOn dueOn isPaused extended timeline { on action label { zh en } } decision { zh en }
  }
}`;

export const feedbackStatusQuery = `query($receipt: String!, $query: String!, $language: Language) {
  feedbackStatus(receiptCode: $receipt, queryCode: $query, language: $language) { receiptCode kind kindLabel { zh en } status statusLabel { zh en } receivedOn repliedOn }
}`;
