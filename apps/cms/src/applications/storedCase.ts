import { caseActions, caseStatuses, replayCase, type ApplicationCase, type CaseEvent } from '@xxgk/domain';

const isEvent = (value: unknown): value is CaseEvent => {
  if (!value || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  return (
    (caseActions as readonly unknown[]).includes(event.action) &&
    typeof event.at === 'string' &&
    (caseStatuses as readonly unknown[]).includes(event.to) &&
    (event.from === null || (caseStatuses as readonly unknown[]).includes(event.from))
  );
};

/**
 * A stored case as the domain sees it: the fold of its log (the `events` column). The other
 * columns are derived from the log and never read back as the truth. Null for a log that is
 * missing or not a list of events (nothing the hooks would ever have written).
 */
export const storedCase = (doc: { events?: unknown } | null | undefined): ApplicationCase | null => {
  const events = doc?.events;
  if (!Array.isArray(events) || events.length === 0 || !events.every(isEvent) || events[0]?.action !== 'receive') return null;
  return replayCase(events);
};
