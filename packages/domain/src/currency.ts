import type { Cadence } from './disclosure';

/**
 * Whether a checklist item's public information is current (是否按期更新), judged from its
 * update cadence and its latest public record. Shown on the public item pages and, later,
 * on the supervision dashboard (监督检查). Items updated "when it changes" (or without a
 * cadence) are current as soon as something is public.
 */
export type Currency = 'current' | 'stale' | 'missing';

const day = 24 * 3600_000;

/** How long a record stays current per cadence, with a month's grace for the 20-working-day rule. */
export const cadenceWindowDays: Record<Cadence, number | null> = {
  realtime: 30,
  semester: 183 + 30,
  yearly: 365 + 30,
  onChange: null,
};

export const itemCurrency = ({
  cadence,
  latestPublishedAt,
  now = new Date(),
}: {
  cadence?: string | null;
  latestPublishedAt?: string | Date | null;
  now?: Date;
}): Currency => {
  if (!latestPublishedAt) return 'missing';
  const window = cadence && cadence in cadenceWindowDays ? cadenceWindowDays[cadence as Cadence] : null;
  if (window === null) return 'current';
  const age = now.getTime() - new Date(latestPublishedAt).getTime();
  return age <= window * day ? 'current' : 'stale';
};
