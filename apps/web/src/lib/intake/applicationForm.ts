import type { ApplicationInput, SubmitApplicationMutation } from '../../gql/graphql';
import type { FormState } from './formState';
import { textOrNull } from './formState';
import { applicantType, deliveryMethod, idType, informationForm } from './vocabulary';

/** The application form's fields (ApplicationInput, and the submission key made with the page). */
export const applicationFields = ['applicantType', 'name', 'idType', 'idNumber', 'email', 'phone', 'address', 'informationRequested', 'purpose', 'form', 'delivery', 'submissionKey'] as const;

export type ApplicationReceiptData = SubmitApplicationMutation['submitApplication'];
export type ApplicationFormState = FormState<ApplicationReceiptData>;

/** What the gateway is sent: text as typed, and a choice only when it is one of the form's own (else none, which the gateway names). */
export const applicationInput = (values: Record<string, string>): ApplicationInput => ({
  applicantType: applicantType.parse(values.applicantType),
  name: textOrNull(values.name),
  idType: idType.parse(values.idType),
  idNumber: textOrNull(values.idNumber),
  email: textOrNull(values.email),
  phone: textOrNull(values.phone),
  address: textOrNull(values.address),
  informationRequested: textOrNull(values.informationRequested),
  purpose: textOrNull(values.purpose),
  form: informationForm.parse(values.form),
  delivery: deliveryMethod.parse(values.delivery),
});
