import { collections, refusalMessage, type Labelled, type Refusal, type ReportFormat } from '@xxgk/domain';
import { ValidationError, type APIError, type PayloadRequest } from 'payload';
import { actionRefusalError } from '../applications/caseRefusal';
import { languageOf } from '../i18n/messages';

/** The inputs of a report action that are not fields of the report. */
const actionInputLabels: Record<string, Labelled> = {
  action: { zh: '年度报告操作', en: 'Report action' },
  comment: { zh: '说明', en: 'Comment' },
};

/**
 * Where a refusal of the domain's report rules belongs in the report's form: `period` is the
 * period field, a narrative is the format's own editor, an item without records the list of
 * explanations, the preview the time of the last preview; other paths are fields already.
 */
export const reportFieldPath = (path: string | undefined, format: ReportFormat | null): string => {
  if (!path) return 'action';
  if (path === 'period') return 'periodLabel';
  if (path === 'preview') return 'previewedAt';
  if (path.startsWith('itemNotes.')) return 'itemNotes';
  if (path.startsWith('narratives.') && format) return `narratives.${format}.${path.slice('narratives.'.length)}`;
  return path;
};

/**
 * Refusals of what the report holds (its period, its entered figures, what publishing needs), all
 * at once, each at its field: a 400 validation error the admin shows at the fields and lists.
 */
export const reportFieldsError = (req: PayloadRequest, refusals: readonly Refusal[], format: ReportFormat | null): ValidationError =>
  new ValidationError(
    {
      collection: collections.annualReports,
      errors: refusals.map((refusal) => {
        const path = reportFieldPath(refusal.path, format);
        const label = actionInputLabels[path];
        return { path, message: refusalMessage(refusal, languageOf(req)), ...(label ? { label: label[languageOf(req)] } : {}) };
      }),
      req,
    },
    req.t,
  );

/** A refusal of the action itself (not now, not by you: 403; changed meanwhile: 409), or of its comment (400). */
export const reportActionError = (req: PayloadRequest, refusal: Refusal, status = 403): APIError =>
  actionRefusalError(req, refusal, { collection: collections.annualReports, labels: actionInputLabels, status });
