import { SubmissionChallengeDocument, type SubmissionPurpose, type TypedDocumentString } from '../../gql/graphql';
import { callIntake, type IntakeAnswer, type IntakeFiles, type Visitor } from './gatewayIntake';
import { solveChallenge } from './proofOfWork';

/**
 * A submission as the site makes it for a visitor: a fresh challenge from the gateway, solved
 * here (lib/intake/proofOfWork.ts), then the submission with its proof. A refused proof (it
 * expired between the two calls, say) is the site's business, not the visitor's: one new
 * challenge is tried before the refusal is shown.
 */
export const submitWithProof = async <Result, Variables>({
  purpose,
  document,
  variables,
  visitor,
  upload,
}: {
  purpose: SubmissionPurpose;
  document: TypedDocumentString<Result, Variables>;
  variables: (proof: string) => Variables;
  visitor: Visitor;
  upload?: IntakeFiles;
}): Promise<IntakeAnswer<Result>> => {
  let answer: IntakeAnswer<Result> = { kind: 'unavailable' };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const issued = await callIntake(SubmissionChallengeDocument, { purpose }, visitor);
    if (issued.kind !== 'ok') return issued;
    const proof = await solveChallenge(issued.data.submissionChallenge);
    if (!proof) return { kind: 'unavailable' };
    answer = await callIntake(document, variables(proof), visitor, upload);
    if (answer.kind !== 'refused' || !answer.reason?.startsWith('PROOF_')) return answer;
  }
  return answer;
};
