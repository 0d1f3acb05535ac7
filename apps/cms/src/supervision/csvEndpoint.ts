import { chinaDate, maySupervise } from '@xxgk/domain';
import type { Endpoint, PayloadRequest } from 'payload';
import { languageOf, refusal } from '../i18n/messages';
import { actorFromReq } from '../lib/user';
import { csvDisposition, supervisionCsv } from './csv';
import { loadSupervision } from './index';
import { readSupervisionQuery } from './period';

/** The query of a request as URLSearchParams (Payload gives it on `searchParams`, or the URL). */
const searchOf = (req: PayloadRequest) => req.searchParams ?? new URL(req.url ?? '', 'http://localhost').searchParams;

/**
 * GET /api/supervision.csv?academicYear=|from=&to=&department=: both tables of the supervision
 * view as a spreadsheet. Same rule as the view: supervisors, reviewers and administrators only
 * (403 with the reason otherwise, in the request's language).
 */
export const supervisionCsvEndpoint: Endpoint = {
  path: '/supervision.csv',
  method: 'get',
  handler: async (req) => {
    if (!maySupervise(actorFromReq(req))) throw refusal({ req, refusal: { key: 'supervisionForbidden' } });
    const today = chinaDate(new Date());
    const query = readSupervisionQuery(searchOf(req), today);
    if (!query) throw refusal({ req, refusal: { key: 'supervisionPeriodInvalid', path: 'from' }, status: 400 });
    const language = languageOf(req);
    const supervision = await loadSupervision({ payload: req.payload, period: query.period, today });
    return new Response(supervisionCsv({ supervision, language, departmentId: query.departmentId }), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': csvDisposition({ supervision, language }),
        // Staff figures: never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  },
};
