import { applicationAttachmentLimits, applicationAttachmentsPath, formatMessage, megabytes } from '@xxgk/domain';
import type { ApplicationInput, SubmitApplicationMutation } from '../../gql/graphql';
import type { Locale } from '../../i18n';
import type { IntakeAnswer } from './gatewayIntake';
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

/**
 * The files the visitor chose. An empty file input still sends one empty part (without a name,
 * or, through the JavaScript path, named "blob"): parts without bytes are no file, and there is
 * nothing in them to attach.
 */
export const chosenFiles = (formData: FormData): File[] =>
  formData.getAll(applicationAttachmentsPath).filter((value): value is File => typeof value === 'object' && value !== null && 'arrayBuffer' in value && value.size > 0);

/** Kept with the form's values, so that a form sent back can name the files to choose again. */
export const chosenFilesValue = 'chosenFiles';
export const chosenFileNames = (files: readonly File[]): Record<string, string> => (files.length ? { [chosenFilesValue]: files.map((file) => file.name).join('\n') } : {});

/**
 * Files so large together that the gateway refused the request before reading it (413): said at
 * the files' field, with the domain's message and limit, instead of as a problem of the whole form.
 */
export const filesTooLarge = <Result>(answer: IntakeAnswer<Result>, files: readonly File[], locale: Locale): IntakeAnswer<Result> => {
  if (answer.kind !== 'tooLarge' || !files.length) return answer;
  const size = megabytes(files.reduce((sum, file) => sum + file.size, 0)).toFixed(1);
  const message = formatMessage(locale === 'en' ? 'en' : 'zh', 'applicationAttachmentsTooLarge', { size, max: applicationAttachmentLimits.maxTotalMegabytes });
  return { kind: 'refused', message, reason: 'INVALID_INPUT', fieldErrors: [{ path: applicationAttachmentsPath, message }] };
};
