import { collections, refusalMessage, type Labelled, type Refusal } from '@xxgk/domain';
import { APIError, ValidationError, type PayloadRequest } from 'payload';
import { languageOf } from '../i18n/messages';

/** The inputs of an action, named as the dialog names them (they are not all fields of the case). */
export const caseInputLabels: Record<string, Labelled> = {
  action: { zh: '办理操作', en: 'Action' },
  note: { zh: '办理说明', en: 'Note' },
  decision: { zh: '办理结果', en: 'Decision' },
  'fee.charged': { zh: '收费金额（元）', en: 'Fee charged (yuan)' },
  'fee.waived': { zh: '减免金额（元）', en: 'Fee waived (yuan)' },
  receivedOn: { zh: '收到申请日期', en: 'Received on' },
};

/**
 * A refusal of a lifecycle's rule (`checkCaseAction`, `checkFeedbackAction`) as the API answers
 * it, in the request's language. What the person must fill in or correct (a note, a decision, a
 * fee, the date received, a reply) is a 400 validation error at that input, labelled as the
 * dialog labels it; the action itself refused (not now, not by you) is a 403 with the rule's
 * code, at `action` (409 when the item changed under the action). Both reach the client as
 * `errors[0].data.errors` (hooks/answerRefusals.ts).
 */
export const actionRefusalError = (
  req: PayloadRequest,
  refusal: Refusal,
  { collection, labels, status = 403 }: { collection: string; labels: Record<string, Labelled>; status?: number },
): APIError => {
  const path = refusal.path ?? 'action';
  const label = labels[path] ?? labels.action ?? caseInputLabels.action!;
  const message = refusalMessage(refusal, languageOf(req));
  if (path !== 'action') return new ValidationError({ collection, errors: [{ path, label, message }], req }, req.t);
  return new APIError(message, status, { collection, code: refusal.key, message, errors: [{ path, label: label[languageOf(req)], message }] }, true);
};

/** A refusal of `checkCaseAction` at the case's inputs. */
export const caseRefusalError = (req: PayloadRequest, refusal: Refusal, { status = 403 }: { status?: number } = {}): APIError =>
  actionRefusalError(req, refusal, { collection: collections.applicationCases, labels: caseInputLabels, status });
