'use server';

import { randomUUID } from 'node:crypto';
import { FeedbackStatusDocument, SubmitFeedbackDocument } from '../../../gql/graphql';
import { feedbackFields, feedbackInput, type FeedbackFormState } from '../../../lib/intake/feedbackForm';
import { readValues } from '../../../lib/intake/formState';
import { callIntake } from '../../../lib/intake/gatewayIntake';
import { currentVisitor, formStateOf, nextAttempt, submissionRefusal } from '../../../lib/intake/intakeAction';
import { lookupFields, type FeedbackLookupState } from '../../../lib/intake/lookup';
import { submitWithProof } from '../../../lib/intake/submitWithProof';

/** The 评议、举报、纠错 form's server actions: as the application form's (app/[lang]/apply/actions.ts). */
export async function submitFeedback(previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const visitor = await currentVisitor();
  const values = readValues(formData, feedbackFields);
  const attempt = nextAttempt(previous);
  const refusal = await submissionRefusal(visitor);
  if (refusal) return { values, errors: [], notice: refusal, result: null, attempt };
  const input = feedbackInput(values);
  const answer = await submitWithProof({
    purpose: 'FEEDBACK',
    document: SubmitFeedbackDocument,
    variables: (proof) => ({ input, submissionKey: values.submissionKey ?? '', proof, language: visitor.language }),
    visitor,
  });
  const state = formStateOf({ answer, values, attempt, locale: visitor.locale, resultOf: (data) => ({ ...data.submitFeedback, kind: input.kind ?? null }) });
  return state.errors.some((error) => error.path === 'submissionKey') ? { ...state, values: { ...values, submissionKey: randomUUID() } } : state;
}

export async function lookUpFeedback(previous: FeedbackLookupState, formData: FormData): Promise<FeedbackLookupState> {
  const visitor = await currentVisitor();
  const values = readValues(formData, lookupFields);
  const answer = await callIntake(FeedbackStatusDocument, { receiptCode: values.receiptCode ?? '', queryCode: values.queryCode ?? '', language: visitor.language }, visitor);
  const state = formStateOf({ answer, values, attempt: nextAttempt(previous), locale: visitor.locale, resultOf: (data) => ({ progress: data.feedbackStatus }) });
  return state.result?.progress ? { ...state, values: { ...values, queryCode: '' } } : state;
}
