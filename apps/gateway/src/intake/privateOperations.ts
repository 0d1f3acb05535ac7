import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Operations whose answers belong to one person or must be new each time: the submissions, the
 * status lookups and the proof-of-work challenge. Their answers are never cached — not in the
 * response cache (a status would outlive its change, a challenge would be handed out twice, and
 * answers would sit in a shared Redis), not by browsers or proxies (`Cache-Control: no-store`, no
 * ETag) — and the lookups are refused over GET, where the query code would end up in the
 * address, server logs and browser history.
 *
 * Recognised by the field names in the operation's text, after persisted operations have put
 * their text in: a mention anywhere (even in a comment) only makes an answer uncached.
 */
const privateFields = /\b(submitApplication|submitFeedback|applicationStatus|feedbackStatus|submissionChallenge)\b/;
const lookUpFields = /\b(applicationStatus|feedbackStatus)\b/;

export const usePrivateOperations = () => {
  const privateRequests = new WeakSet<Request>();
  const plugin: Plugin = {
    onParams({ params, request, setResult }) {
      const text = params.query ?? '';
      if (!privateFields.test(text)) return;
      privateRequests.add(request);
      if (request.method === 'GET' && lookUpFields.test(text)) {
        setResult({
          errors: [
            createGraphQLError('查询办理状态须使用 POST 请求，以免查询码出现在网址和日志中 / Status lookups must be POSTed, so that the query code stays out of addresses and logs', {
              extensions: { code: 'POST_REQUIRED', http: { status: 405, headers: { allow: 'POST' } } },
            }),
          ],
        });
      }
    },
  };
  return { plugin, isPrivate: (request: Request) => privateRequests.has(request) };
};
