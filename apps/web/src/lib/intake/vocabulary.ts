import {
  applicantTypeLabels,
  applicantTypes,
  appraisalRatingLabels,
  appraisalRatings,
  deliveryMethodLabels,
  deliveryMethods,
  feedbackKindLabels,
  feedbackKinds,
  idDocumentTypeLabels,
  idDocumentTypes,
  informationFormLabels,
  informationForms,
  isOrganisation,
  organisationGroupLabel,
  type LabelMap,
} from '@xxgk/domain';
import type { ApplicantType, AppraisalRating, DeliveryMethod, FeedbackKind, IdDocumentType, InformationForm } from '../../gql/graphql';
import { pick, type Locale } from '../../i18n';

/**
 * The choices of the intake forms: the gateway's enum values (what the forms send), in the
 * domain's order and with the domain's labels (the same the gateway describes its enums with).
 * Each table maps every GraphQL value to its domain value, so the compiler notices when either
 * side gains or loses one.
 */
const applicantTypeValues: Record<ApplicantType, (typeof applicantTypes)[number]> = {
  NATURAL_PERSON: 'naturalPerson',
  ORGANISATION_COMMERCIAL_ENTERPRISE: 'organisation.commercialEnterprise',
  ORGANISATION_RESEARCH_INSTITUTION: 'organisation.researchInstitution',
  ORGANISATION_PUBLIC_INTEREST_ORGANISATION: 'organisation.publicInterestOrganisation',
  ORGANISATION_LEGAL_SERVICE_INSTITUTION: 'organisation.legalServiceInstitution',
  ORGANISATION_OTHER: 'organisation.other',
};
const idTypeValues: Record<IdDocumentType, (typeof idDocumentTypes)[number]> = {
  RESIDENT_ID_CARD: 'residentIdCard',
  PASSPORT: 'passport',
  HONG_KONG_MACAO_PERMIT: 'hongKongMacaoPermit',
  TAIWAN_PERMIT: 'taiwanPermit',
  OTHER: 'other',
};
const formValues: Record<InformationForm, (typeof informationForms)[number]> = { PAPER: 'paper', ELECTRONIC: 'electronic' };
const deliveryValues: Record<DeliveryMethod, (typeof deliveryMethods)[number]> = { POST: 'post', EMAIL: 'email', COLLECT: 'collect' };
const kindValues: Record<FeedbackKind, (typeof feedbackKinds)[number]> = { APPRAISAL: 'appraisal', COMPLAINT: 'complaint', CORRECTION: 'correction' };
const ratingValues: Record<AppraisalRating, (typeof appraisalRatings)[number]> = { SATISFIED: 'satisfied', FAIRLY_SATISFIED: 'fairlySatisfied', DISSATISFIED: 'dissatisfied' };

export type Option = { value: string; label: string };

/** The GraphQL values in the domain's order. */
const inDomainOrder = <Name extends string, Value extends string>(table: Record<Name, Value>, order: readonly Value[]): Name[] => {
  const byValue = new Map(Object.entries(table).map(([name, value]) => [value as Value, name as Name]));
  return order.map((value) => {
    const name = byValue.get(value);
    if (!name) throw new Error(`No GraphQL value for "${value}": update lib/intake/vocabulary.ts`);
    return name;
  });
};

const vocabulary = <Name extends string, Value extends string>(table: Record<Name, Value>, order: readonly Value[], labels: LabelMap<Value>) => {
  const names = inDomainOrder(table, order);
  return {
    names,
    /** The value if the form sent one of ours, else null (the gateway then says what is missing). */
    parse: (text: string | undefined): Name | null => (names as string[]).includes(text ?? '') ? (text as Name) : null,
    options: (locale: Locale): Option[] => names.map((name) => ({ value: name, label: pick(locale, labels[table[name]].zh, labels[table[name]].en) })),
    isOf: (name: Name, test: (value: Value) => boolean) => test(table[name]),
  };
};

export const applicantType = vocabulary(applicantTypeValues, applicantTypes, applicantTypeLabels);
export const idType = vocabulary(idTypeValues, idDocumentTypes, idDocumentTypeLabels);
export const informationForm = vocabulary(formValues, informationForms, informationFormLabels);
export const deliveryMethod = vocabulary(deliveryValues, deliveryMethods, deliveryMethodLabels);
export const feedbackKind = vocabulary(kindValues, feedbackKinds, feedbackKindLabels);
export const appraisalRating = vocabulary(ratingValues, appraisalRatings, appraisalRatingLabels);

/** Applicant types as the report table groups them: 自然人, then 法人或其他组织 with its five kinds. */
export const applicantTypeGroups = (locale: Locale): { label: string | null; options: Option[] }[] => {
  const options = applicantType.options(locale);
  const isGroup = (option: Option) => applicantType.isOf(option.value as ApplicantType, isOrganisation);
  return [
    { label: null, options: options.filter((option) => !isGroup(option)) },
    { label: pick(locale, organisationGroupLabel.zh, organisationGroupLabel.en), options: options.filter(isGroup) },
  ];
};
