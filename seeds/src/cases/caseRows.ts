import type {
  ApplicantType,
  ApplicationCase,
  ApplicationChannel,
  AppraisalRating,
  DeliveryMethod,
  FeedbackKind,
  FeedbackStatus,
  InformationForm,
} from '@xxgk/domain';
import type { RefId } from '../lib/bulkInsert';

/** An applicant's personal data as the `applicants` collection keeps it (synthetic or demo only). */
export type BulkApplicant = {
  name: string;
  contactPerson?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  postcode?: string | null;
};

/**
 * One application for the case writer: the case as the domain built it from its log
 * (cases/caseRun.ts), and the request's own fields. Status, deadline, decision, dates and fee are
 * not given: the writer derives them from the log as the CMS hook does.
 */
export type BulkCase = {
  current: ApplicationCase;
  applicantType: ApplicantType;
  channel: ApplicationChannel;
  applicant: BulkApplicant | null;
  informationRequested: string;
  purpose: string | null;
  form: InformationForm;
  delivery: DeliveryMethod;
  handlerId: RefId | null;
  departmentId: RefId | null;
  /** When it was registered (the record's creation time). */
  registeredAt: Date;
};

/** An appraisal, complaint or correction request (评议、举报、纠错). */
export type BulkFeedback = {
  kind: FeedbackKind;
  status: FeedbackStatus;
  content: string;
  rating: AppraisalRating | null;
  recordId: RefId | null;
  recordUrl: string | null;
  name: string | null;
  contact: string | null;
  handlerId: RefId | null;
  reply: string | null;
  repliedAt: Date | null;
  /** When it was submitted (the record's creation time, which its receipt date is read from). */
  receivedAt: Date;
};
