import { refusalMessage } from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import { reportFieldPath } from '../../reports/reportRefusal';
import { adminLanguage } from '../workbench/language';
import { loadReportPanel } from './loadReportPanel';
import { reportText, say } from './reportWording';

/** The field a refusal concerns, as the id Payload gives its input (`field-narratives__moe__overview`). */
const fieldAnchor = (path: string) => `field-${path.replaceAll('.', '__')}`;

/**
 * The completeness check (发布前检查) of a report being written: what publishing would refuse now
 * (@xxgk/domain's checkReportCompleteness — empty required sections, items without records or
 * explanation, figures changed since the last preview, a period not over), each linked to its
 * field, and the notices (due date, an empty period). Computed on the server as the publish
 * action computes it.
 */
export const ReportCompleteness = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const panel = await loadReportPanel(req, id);
  if (!panel) return <p className="report-panel__hint">{say(reportText.saveToCheck, language)}</p>;
  if (!panel.view) return null;
  const { missing, notices } = panel.view.completeness;
  return (
    <section className="report-panel report-completeness" aria-labelledby="report-completeness-heading">
      <h2 id="report-completeness-heading">{say(reportText.completeness, language)}</h2>
      {missing.length === 0 ? (
        <p className="report-completeness__ok">{say(reportText.complete, language)}</p>
      ) : (
        <ul className="report-completeness__missing">
          {missing.map((refusal, index) => {
            const path = reportFieldPath(refusal.path, panel.report.period.format);
            return (
              <li key={index}>
                <a href={`#${fieldAnchor(path)}`}>{refusalMessage(refusal, language)}</a>
              </li>
            );
          })}
        </ul>
      )}
      {notices.length > 0 ? (
        <div className="report-completeness__notices" role="note" aria-label={say(reportText.notices, language)}>
          {notices.map((notice, index) => (
            <p key={index}>{refusalMessage(notice, language)}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
};
