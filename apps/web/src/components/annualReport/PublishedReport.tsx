import { fill, messages, pick, type Locale } from '../../i18n';
import { reportFileKinds, reportFileLink, type PublishedReport } from '../../lib/annualReports';
import { formatDate } from '../../lib/format';

type Section = PublishedReport['sections'][number];
type Table = Section['tables'][number];
type Label = { zh: string; en: string };

/** A table of the report as the PDF shows it: its caption, the header across, a row heading down the first column. */
const ReportTable = ({ locale, table, id }: { locale: Locale; table: Table; id: string }) => (
  <div className="table-wrap">
    <table id={id}>
      <caption>{pick(locale, table.caption.zh, table.caption.en)}</caption>
      <thead>
        <tr>
          {table.header.map((cell, index) => (
            <th key={index} scope="col">
              {pick(locale, cell.zh, cell.en)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex} className={row.isTotal ? 'total' : undefined}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {pick(locale, cell.zh, cell.en)}
                </th>
              ) : (
                <td key={index}>{pick(locale, cell.zh, cell.en)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
    {table.notes.map((note: Label, index) => (
      <p key={index} className="table-note">
        {messages(locale).annualReport.note}
        {pick(locale, note.zh, note.en)}
      </p>
    ))}
  </div>
);

/** Written text: headings under the section's, list items as lists (consecutive items of one kind together), paragraphs. */
const Narrative = ({ blocks }: { blocks: Section['narrative'] }) => {
  const groups: (Section['narrative'][number] | Section['narrative'])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type === 'listItem' && Array.isArray(last) && last[0]?.ordered === block.ordered) last.push(block);
    else groups.push(block.type === 'listItem' ? [block] : block);
  }
  return (
    <>
      {groups.map((group, index) => {
        if (Array.isArray(group)) {
          const items = group.map((item, itemIndex) => <li key={itemIndex}>{item.text}</li>);
          return group[0]?.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
        }
        return group.type === 'heading' ? <h3 key={index}>{group.text}</h3> : <p key={index}>{group.text}</p>;
      })}
    </>
  );
};

/**
 * The published annual report, as frozen at publication and served by the gateway: the
 * correction notice when the current version corrects an earlier one, download links, every
 * section in order with its text and tables (a section with neither says 无), then the earlier
 * versions with their files. Section titles and table labels come from the gateway in both languages.
 */
export const PublishedReportView = ({ locale, year, report }: { locale: Locale; year: string; report: PublishedReport }) => {
  const t = messages(locale).annualReport;
  return (
    <>
      <p>
        {fill(t.published, { date: formatDate(locale, report.publishedAt) })}
        {report.version > 1 ? `　${fill(t.version, { version: report.version })}` : ''}
      </p>
      {report.correctionNote ? (
        <p className="notice" role="note">
          {fill(t.corrected, { date: formatDate(locale, report.publishedAt), note: report.correctionNote })}
        </p>
      ) : null}
      {report.notice ? (
        <p className="notice" role="note">
          {pick(locale, report.notice.zh, report.notice.en)}
        </p>
      ) : null}
      <nav aria-labelledby="report-downloads">
        <h2 id="report-downloads">{t.downloads}</h2>
        <ul className="downloads">
          {reportFileKinds.map((kind) => (
            <li key={kind}>
              <a href={reportFileLink(year, report.version, kind)} download>
                {t.download[kind]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {report.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{pick(locale, section.title.zh, section.title.en)}</h2>
          <Narrative blocks={section.narrative} />
          {section.tables.map((table) => (
            <ReportTable key={table.block} locale={locale} table={table} id={`table-${table.block}`} />
          ))}
          {section.narrative.length === 0 && section.tables.length === 0 ? <p>{t.none}</p> : null}
        </section>
      ))}
      {report.versions.length > 1 ? (
        <section aria-labelledby="report-versions">
          <h2 id="report-versions">{t.versions}</h2>
          <ul>
            {report.versions.map((version) => (
              <li key={version.version}>
                {fill(t.versionLine, { version: version.version, date: formatDate(locale, version.publishedAt) })}
                {version.isCurrent ? t.currentVersion : t.supersededVersion}
                {version.correctionNote ? `${locale === 'zh' ? '：' : ': '}${version.correctionNote}` : ''}{' '}
                <a href={reportFileLink(year, version.version, 'pdf')} download aria-label={`${t.download.pdf} ${fill(t.version, { version: version.version })}`}>
                  {t.download.pdf}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};
