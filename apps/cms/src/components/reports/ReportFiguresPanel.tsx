import {
  applicantTypeLabels,
  applicantTypes,
  collections,
  decisionCodes,
  decisionLabels,
  feedbackKindLabels,
  feedbackStatusLabels,
  moeOutcomeLabels,
  moeOutcomes,
  reviewBodies,
  reviewBodyLabels,
  reviewResultLabels,
  reviewResults,
  type CountedFigure,
  type Language,
  type ReportFigures,
  type ReportFormat,
} from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import type { ReactNode } from 'react';
import { adminLanguage } from '../workbench/language';
import { loadReportPanel } from './loadReportPanel';
import { reportText, say } from './reportWording';

/** A figure's entered part, marked as entered (填报) wherever it is shown. */
const Entered = ({ value, language }: { value: number; language: Language }) => (
  <span className="report-figure--entered">
    {say(reportText.entered, language)} {value}
  </span>
);

const Counted = ({ figure, language }: { figure: CountedFigure; language: Language }) => (
  <>
    <td>{figure.computed}</td>
    <td>{figure.entered === null ? '—' : <Entered value={figure.entered} language={language} />}</td>
    <td>{figure.total}</td>
  </>
);

const Table = ({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) => (
  // A wide table scrolls on its own: focusable and named, so keyboard users can scroll it too.
  <div className="report-figures__table" role="region" aria-label={caption} tabIndex={0}>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell, index) => (
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);

const Key = ({ value }: { value: string }) => <code className="report-figures__key">{value}</code>;

const Figures = ({ figures, format, notes, itemIds, language }: { figures: ReportFigures; format: ReportFormat; notes: Record<string, string>; itemIds: Record<string, string>; language: Language }) => {
  const t = (entry: { zh: string; en: string }) => say(entry, language);
  const counted = [t(reportText.computed), t(reportText.entered), t(reportText.total)];
  const { applications } = figures;
  const enteredCells = new Set(figures.enteredApplicationCells);
  const columns = [...applicantTypes, 'total'] as const;
  const rows = ['received', 'carriedOver', ...decisionCodes, 'resultsTotal', 'carriedIntoNext'] as const;
  const rowLabel = (row: (typeof rows)[number]) =>
    row === 'received' ? t(reportText.received) : row === 'carriedOver' ? t(reportText.carriedOver) : row === 'carriedIntoNext' ? t(reportText.carriedIntoNext) : row === 'resultsTotal' ? t(reportText.concluded) : decisionLabels[row][language];
  const cell = (column: (typeof columns)[number], row: (typeof rows)[number]) => {
    const values = applications.table[column];
    return row === 'received' || row === 'carriedOver' || row === 'carriedIntoNext' || row === 'resultsTotal' ? values[row] : values.results[row];
  };
  return (
    <>
      <Table caption={t(reportText.channels)} head={[t(reportText.channels), t(reportText.key), ...counted]}>
        {figures.channels.map((channel) => (
          <tr key={channel.key}>
            <th scope="row">{channel.name[language]}</th>
            <td>
              <Key value={`channel.${channel.key}`} />
            </td>
            <Counted figure={channel.figure} language={language} />
          </tr>
        ))}
        <tr>
          <th scope="row">{t(reportText.total)}</th>
          <td />
          <Counted figure={figures.channelTotal} language={language} />
        </tr>
      </Table>
      <Table caption={t(reportText.categories)} head={[t(reportText.categories), t(reportText.count)]}>
        {figures.categories.map((category) => (
          <tr key={category.code}>
            <th scope="row">{`${category.code} ${category.name[language]}`}</th>
            <td>{category.count}</td>
          </tr>
        ))}
      </Table>
      {format === 'moe' ? (
        <Table caption={t(reportText.applications)} head={[t(reportText.applications), t(reportText.count)]}>
          {(
            [
              [reportText.received, applications.received],
              [reportText.carriedOver, applications.carriedOver],
              [reportText.concluded, applications.concluded],
              [reportText.carriedIntoNext, applications.carriedIntoNext],
              [reportText.repliedOnTime, applications.repliedOnTime],
              [reportText.repliedLate, applications.repliedLate],
              [reportText.extended, applications.extended],
            ] as const
          ).map(([label, value]) => (
            <tr key={label.zh}>
              <th scope="row">{t(label)}</th>
              <td>{value}</td>
            </tr>
          ))}
          {moeOutcomes.map((outcome) => (
            <tr key={outcome}>
              <th scope="row">{moeOutcomeLabels[outcome][language]}</th>
              <td>{applications.byMoeOutcome[outcome]}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <Table caption={t(reportText.applicationTable)} head={['', ...columns.map((column) => (column === 'total' ? t(reportText.total) : applicantTypeLabels[column][language]))]}>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{rowLabel(row)}</th>
              {columns.map((column) => (
                <td key={column}>
                  {cell(column, row)}
                  {column !== 'total' && enteredCells.has(`${column}.${row}`) ? (
                    <>
                      {' '}
                      <span className="report-figure--entered">{t(reportText.entered)}</span>
                    </>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </Table>
      )}
      <Table caption={t(reportText.fees)} head={[t(reportText.fees), t(reportText.key), ...counted]}>
        {(['charged', 'waived'] as const).map((which) => (
          <tr key={which}>
            <th scope="row">{t(reportText[which])}</th>
            <td>
              <Key value={`fees.${which}`} />
            </td>
            <Counted figure={figures.fees[which]} language={language} />
          </tr>
        ))}
      </Table>
      <Table caption={t(reportText.feedback)} head={[t(reportText.feedback), t(reportText.received), ...Object.keys(feedbackStatusLabels).map((status) => feedbackStatusLabels[status as keyof typeof feedbackStatusLabels][language])]}>
        {Object.entries(figures.feedback.byKind).map(([kind, kindFigures]) => (
          <tr key={kind}>
            <th scope="row">{feedbackKindLabels[kind as keyof typeof feedbackKindLabels][language]}</th>
            <td>{kindFigures.received}</td>
            {Object.keys(feedbackStatusLabels).map((status) => (
              <td key={status}>{kindFigures.byStatus[status as keyof typeof kindFigures.byStatus]}</td>
            ))}
          </tr>
        ))}
      </Table>
      <Table caption={t(reportText.reviews)} head={['', ...reviewResults.map((result) => reviewResultLabels[result][language]), t(reportText.total)]}>
        {reviewBodies.map((body) => (
          <tr key={body}>
            <th scope="row">{reviewBodyLabels[body][language]}</th>
            {reviewResults.map((result) => (
              <td key={result}>
                {figures.reviews[body][result]} <Key value={`review.${body}.${result}`} />
              </td>
            ))}
            <td>{figures.reviews[body].total}</td>
          </tr>
        ))}
      </Table>
      <Table caption={t(reportText.checklist)} head={[t(reportText.item), t(reportText.count), t(reportText.state), t(reportText.records)]}>
        {figures.checklist.map((item) => (
          <tr key={item.code}>
            <th scope="row">{`${item.code} ${item.text[language]}`}</th>
            <td>{item.count}</td>
            <td className={item.count === 0 && !notes[item.code] ? 'report-figures__missing' : undefined}>
              {item.count > 0 ? t(reportText.disclosed) : notes[item.code] ? t(reportText.explained) : t(reportText.unexplained)}
            </td>
            <td>{itemIds[item.code] ? <a href={`/admin/collections/${collections.disclosures}?where[checklistItem][equals]=${itemIds[item.code]}`}>{t(reportText.records)}</a> : null}</td>
          </tr>
        ))}
      </Table>
    </>
  );
};

/**
 * The report's figures (统计数据): while it is written, computed live from the data of its period
 * with the entered figures beside the computed ones, marked 填报, and the key to enter each row
 * by; once published, the figures frozen in its snapshot.
 */
export const ReportFiguresPanel = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = adminLanguage(i18n?.language);
  const panel = await loadReportPanel(req, id);
  if (!panel) return null;
  const figures = panel.view?.figures ?? panel.report.snapshot?.figures;
  if (!figures) return null;
  const notes = panel.view?.preview.itemNotes ?? panel.report.snapshot?.itemNotes ?? {};
  const itemIds = Object.fromEntries((panel.view?.items ?? []).map((item) => [item.code, item.id]));
  return (
    <section className="report-panel report-figures" aria-labelledby="report-figures-heading">
      <h2 id="report-figures-heading">{say(reportText.figures, language)}</h2>
      <p className="report-panel__hint">{say(panel.view ? reportText.figuresLive : reportText.figuresFrozen, language)}</p>
      <Figures figures={figures} format={panel.report.period.format} notes={notes} itemIds={itemIds} language={language} />
    </section>
  );
};
