import { Fragment, type ReactNode } from 'react';

/** One step of a log as the timeline shows it: when, what, and the facts recorded with it. */
export type TimelineEntry = { at: string; atText: string; label: string; facts: { term: string; value: ReactNode; isNote?: boolean }[] };

/**
 * A log (办理记录) as an ordered list, oldest first: each step with its date, its action and
 * what was recorded with it (who, the status change, notes…). Shared by the case and the
 * feedback views; each maps its own events to entries.
 */
export const Timeline = ({ heading, empty, entries }: { heading: string; empty: string; entries: TimelineEntry[] | null }) => (
  <section className="case-timeline" aria-labelledby="case-timeline-heading">
    <h2 id="case-timeline-heading">{heading}</h2>
    {entries ? (
      <ol className="case-timeline__events">
        {entries.map((entry, index) => (
          <li key={index} className="case-timeline__event">
            <p className="case-timeline__head">
              <time dateTime={entry.at}>{entry.atText}</time> <strong>{entry.label}</strong>
            </p>
            <dl className="case-timeline__facts">
              {entry.facts.map((fact) => (
                <Fragment key={fact.term}>
                  <dt>{fact.term}</dt>
                  <dd className={fact.isNote ? 'case-timeline__note' : undefined}>{fact.value}</dd>
                </Fragment>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    ) : (
      <p>{empty}</p>
    )}
  </section>
);
