import { publishedReport } from './annualReports';
import { findCategory, findItem } from './checklist';
import { GatewayInputError } from './gateway';
import { decodeParam } from './params';
import { loadRecord } from './record';
import { yearExists } from './statistics';

/** Column addresses whose existence depends on the data, with the question that settles it. */
const lookups: [RegExp, (key: string) => Promise<boolean>][] = [
  [/^\/categories\/([^/]+)$/, async (code) => Boolean(await findCategory(code))],
  [/^\/items\/([^/]+)$/, async (code) => Boolean(await findItem(code))],
  [/^\/records\/([^/]+)$/, async (id) => Boolean(await loadRecord(id))],
  // A year's report page: a published report (any format), else the academic year's live frame.
  [/^\/reports\/([^/]+)$/, async (year) => (await yearExists(year)) || (await publishedReport(year)) !== null],
  [/^\/(?:statistics|applications\/statistics)\/([^/]+)$/, yearExists],
];

/**
 * Whether a column address (without its /en prefix) names something the data has: an unknown
 * category or item code, a missing, hidden or withdrawn record, an academic year without
 * anything to show. Other addresses are left to the router. When the gateway cannot answer, the
 * page is rendered and shows its own error.
 */
export const pageExists = async (path: string) => {
  for (const [pattern, exists] of lookups) {
    const key = pattern.exec(path)?.[1];
    if (key === undefined) continue;
    try {
      return await exists(decodeParam(key));
    } catch (error) {
      return !(error instanceof GatewayInputError);
    }
  }
  return true;
};
