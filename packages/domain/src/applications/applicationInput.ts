import type { Labelled, Refusal } from '../refusal';
import {
  applicantTypeLabels,
  applicantTypes,
  deliveryMethodLabels,
  deliveryMethods,
  idDocumentTypeLabels,
  idDocumentTypes,
  informationFormLabels,
  informationForms,
  type ApplicantType,
  type DeliveryMethod,
  type IdDocumentType,
  type InformationForm,
} from './caseModel';
import { checkChoice, checkEmail, checkPhone, checkText } from './fieldRules';
import type { ApplicationSettings } from './settings';

/**
 * What a citizen submits on the public application form (信息公开申请表), validated all at once
 * so the form can show every problem at its field. The path of each refusal is the field's name
 * below; 'contact' is the fieldset of e-mail, phone and address (at least one is needed to reply).
 * The channel and the receipt date are not the applicant's to give: the site registers the case.
 */
export type ApplicationSubmission = {
  applicantType: ApplicantType;
  /** A person's name, or the organisation's. */
  name: string;
  idType: IdDocumentType | null;
  idNumber: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** 所需信息的内容描述. */
  informationRequested: string;
  /** 用途 (optional: the law no longer requires it). */
  purpose: string | null;
  form: InformationForm;
  delivery: DeliveryMethod;
};

export const applicationLimits = { name: 100, address: 300, informationRequested: 5000, purpose: 1000 } as const;

export const applicationFieldLabels = {
  applicantType: { zh: '申请人类型', en: 'the type of applicant' },
  name: { zh: '申请人姓名或名称', en: 'the applicant’s or organisation’s name' },
  idType: { zh: '证件类型', en: 'the type of identity document' },
  idNumber: { zh: '证件号码', en: 'the document number' },
  address: { zh: '通信地址', en: 'the postal address' },
  informationRequested: { zh: '所需信息的内容描述', en: 'a description of the information you ask for' },
  purpose: { zh: '所需信息的用途', en: 'the purpose' },
  form: { zh: '获取信息的形式', en: 'the form of the information' },
  delivery: { zh: '获取信息的方式', en: 'how to receive it' },
} as const satisfies Record<string, Labelled>;

const idCheckWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckCharacters = '10X98765432';

/** A 居民身份证 number: 17 digits and a check character (GB 11643-1999, ISO 7064 MOD 11-2). */
export const isResidentIdNumber = (text: string): boolean => {
  const value = text.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = idCheckWeights.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return idCheckCharacters[sum % 11] === value[17];
};
const otherIdPattern = /^[A-Za-z0-9-]{5,30}$/;

/**
 * The identity document: both parts or neither (both when the institution requires them). The
 * number is kept without spaces and in upper case, and never echoed in a message.
 */
const checkIdDocument = (input: Record<string, unknown>, required: boolean): { refusals: Refusal[]; idType: IdDocumentType | null; idNumber: string | null } => {
  const type = checkChoice({ value: input.idType, path: 'idType', field: applicationFieldLabels.idType, values: idDocumentTypes, labels: idDocumentTypeLabels });
  const number = checkText({ value: input.idNumber, path: 'idNumber', field: applicationFieldLabels.idNumber, max: 30 });
  if (type.refusal || number.refusal) {
    return { refusals: [type.refusal, number.refusal].filter((refusal): refusal is Refusal => refusal !== null), idType: null, idNumber: null };
  }
  const idType = type.value;
  const idNumber = number.value?.replace(/\s/g, '').toUpperCase() ?? null;
  const refusals: Refusal[] = [];
  if (idType === null && idNumber === null && !required) return { refusals, idType, idNumber };
  if (idType === null) refusals.push({ key: 'applicationChoiceRequired', path: 'idType', params: { field: applicationFieldLabels.idType } });
  if (idNumber === null) refusals.push({ key: 'applicationFieldRequired', path: 'idNumber', params: { field: applicationFieldLabels.idNumber } });
  else if (idType === 'residentIdCard' && !isResidentIdNumber(idNumber)) refusals.push({ key: 'residentIdInvalid', path: 'idNumber' });
  else if (idType !== null && idType !== 'residentIdCard' && !otherIdPattern.test(idNumber)) refusals.push({ key: 'idNumberInvalid', path: 'idNumber' });
  return { refusals, idType, idNumber };
};

export type ApplicationValidation = { isValid: true; value: ApplicationSubmission } | { isValid: false; refusals: Refusal[] };

export const validateApplication = ({
  input,
  settings,
}: {
  input: Record<string, unknown>;
  settings: Pick<ApplicationSettings, 'idDocumentRequired'>;
}): ApplicationValidation => {
  const labels = applicationFieldLabels;
  const applicantType = checkChoice({ value: input.applicantType, path: 'applicantType', field: labels.applicantType, values: applicantTypes, labels: applicantTypeLabels, required: true });
  const name = checkText({ value: input.name, path: 'name', field: labels.name, max: applicationLimits.name, required: true });
  const id = checkIdDocument(input, settings.idDocumentRequired);
  const email = checkEmail({ value: input.email });
  const phone = checkPhone({ value: input.phone });
  const address = checkText({ value: input.address, path: 'address', field: labels.address, max: applicationLimits.address });
  const informationRequested = checkText({ value: input.informationRequested, path: 'informationRequested', field: labels.informationRequested, max: applicationLimits.informationRequested, required: true });
  const purpose = checkText({ value: input.purpose, path: 'purpose', field: labels.purpose, max: applicationLimits.purpose });
  const form = checkChoice({ value: input.form, path: 'form', field: labels.form, values: informationForms, labels: informationFormLabels, required: true });
  const delivery = checkChoice({ value: input.delivery, path: 'delivery', field: labels.delivery, values: deliveryMethods, labels: deliveryMethodLabels, required: true });

  const refusals: Refusal[] = [applicantType.refusal, name.refusal, ...id.refusals, email.refusal, phone.refusal, address.refusal]
    .filter((refusal): refusal is Refusal => refusal !== null);
  const noContact = !email.value && !phone.value && !address.value && !email.refusal && !phone.refusal && !address.refusal;
  if (noContact) refusals.push({ key: 'contactRequired', path: 'contact' });
  refusals.push(...[informationRequested.refusal, purpose.refusal, form.refusal, delivery.refusal].filter((refusal): refusal is Refusal => refusal !== null));
  // How it is delivered must be possible with what was given.
  if (delivery.value === 'email' && !email.value && !email.refusal) refusals.push({ key: 'deliveryEmailNeedsEmail', path: 'email' });
  if (delivery.value === 'post' && !address.value && !address.refusal) refusals.push({ key: 'deliveryPostNeedsAddress', path: 'address' });
  if (delivery.value === 'email' && form.value === 'paper') refusals.push({ key: 'paperCannotBeEmailed', path: 'delivery' });

  if (refusals.length > 0) return { isValid: false, refusals };
  return {
    isValid: true,
    value: {
      applicantType: applicantType.value!,
      name: name.value!,
      idType: id.idType,
      idNumber: id.idNumber,
      email: email.value,
      phone: phone.value,
      address: address.value,
      informationRequested: informationRequested.value!,
      purpose: purpose.value,
      form: form.value!,
      delivery: delivery.value!,
    },
  };
};
