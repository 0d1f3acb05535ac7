'use server';

import { randomUUID } from 'node:crypto';
import { ApplicationStatusDocument, SubmitApplicationDocument } from '../../../gql/graphql';
import { applicationFields, applicationInput, chosenFileNames, chosenFiles, filesTooLarge, type ApplicationFormState } from '../../../lib/intake/applicationForm';
import { callIntake } from '../../../lib/intake/gatewayIntake';
import { currentVisitor, formStateOf, nextAttempt, submissionRefusal } from '../../../lib/intake/intakeAction';
import { readValues } from '../../../lib/intake/formState';
import { lookupFields, type ApplicationLookupState } from '../../../lib/intake/lookup';
import { submitWithProof } from '../../../lib/intake/submitWithProof';

/**
 * The application form's server actions. Without JavaScript the browser POSTs the form to the
 * page and Next answers with the page rendered from the action's result (the receipt, or the form
 * with the gateway's messages); with JavaScript the same action runs without a reload. Either
 * way the receipt and the codes travel in the answer's body only, never in an address.
 */
export async function submitApplication(previous: ApplicationFormState, formData: FormData): Promise<ApplicationFormState> {
  const visitor = await currentVisitor();
  const files = chosenFiles(formData);
  // A browser cannot be told to choose the files again by itself: the form names them if it comes back.
  const values = { ...readValues(formData, applicationFields), ...chosenFileNames(files) };
  const attempt = nextAttempt(previous);
  const refusal = await submissionRefusal(visitor);
  if (refusal) return { values, errors: [], notice: refusal, result: null, attempt };
  const answer = await submitWithProof({
    purpose: 'APPLICATION',
    document: SubmitApplicationDocument,
    variables: (proof) => ({ input: applicationInput(values), submissionKey: values.submissionKey ?? '', proof, language: visitor.language }),
    visitor,
    upload: { variable: 'attachments', files },
  });
  const state = formStateOf({ answer: filesTooLarge(answer, files, visitor.locale), values, attempt, locale: visitor.locale, resultOf: (data) => data.submitApplication });
  // A key the gateway refused (the hidden field was altered) is replaced, so that sending the form again can work.
  return state.errors.some((error) => error.path === 'submissionKey') ? { ...state, values: { ...values, submissionKey: randomUUID() } } : state;
}

/** 查询办理进度: the gateway's answer for the pair, or "not found" alike for an unknown receipt and a wrong query code. */
export async function lookUpApplication(previous: ApplicationLookupState, formData: FormData): Promise<ApplicationLookupState> {
  const visitor = await currentVisitor();
  const values = readValues(formData, lookupFields);
  const answer = await callIntake(ApplicationStatusDocument, { receiptCode: values.receiptCode ?? '', queryCode: values.queryCode ?? '', language: visitor.language }, visitor);
  const state = formStateOf({ answer, values, attempt: nextAttempt(previous), locale: visitor.locale, resultOf: (data) => ({ progress: data.applicationStatus }) });
  // Once a case is shown, the form below it is for another one: the query code is not written back into the page.
  return state.result?.progress ? { ...state, values: { ...values, queryCode: '' } } : state;
}
