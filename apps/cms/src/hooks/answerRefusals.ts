import type { AfterErrorHook, FlattenedField, PayloadRequest } from 'payload';
import { languageOf } from '../i18n/messages';

type FieldProblem = { path: string; message: string; label?: string };
type Described = { status?: number; data?: { errors?: unknown } & Record<string, unknown>; message: string };

/** The label of a field path such as `reviews.0.note`, in the request's language (the path itself when unknown). */
const labelOf = (fields: FlattenedField[] | undefined, path: string, req: PayloadRequest): string => {
  let current = fields;
  let found: FlattenedField | undefined;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue;
    found = current?.find((field) => field.name === segment);
    if (!found) return path;
    current = 'flattenedFields' in found ? (found.flattenedFields as FlattenedField[]) : undefined;
  }
  const label = found && 'label' in found ? found.label : undefined;
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object') return (label as Record<string, string>)[languageOf(req)] ?? path;
  return path;
};

/** A label that came with the error: text, or `{ zh, en }` in the request's language. */
const givenLabel = (label: unknown, req: PayloadRequest): string | undefined => {
  if (typeof label === 'string' && label) return label;
  if (label && typeof label === 'object') return (label as Record<string, string>)[languageOf(req)];
  return undefined;
};

/**
 * The one line the admin's toast shows: the admin splits it at the first ASCII colon and then at
 * commas into a list, so Chinese uses full-width punctuation and English avoids both.
 */
const summaryOf = (problems: FieldProblem[], req: PayloadRequest) =>
  languageOf(req) === 'zh'
    ? `请修改以下 ${problems.length} 处：${problems.map((p) => `【${p.label}】${p.message}`).join(' ')}`
    : `Please fix ${problems.length === 1 ? 'one field' : `${problems.length} fields`} — ${problems
        .map((p) => `${p.label} — ${p.message}`.replaceAll(':', ' —').replaceAll(',', ';'))
        .join(' ')}`;

/**
 * Refusals (validation errors and our 4xx APIErrors) answered in one shape everywhere:
 * `errors[0].data.errors` lists `{ path, label, message }` for the fields concerned, so the admin
 * shows each message at its field, and the message names fields by their labels.
 *
 * Why this exists: in the production build Payload's own error formatter loses `data` (its
 * `instanceof` checks fail across bundled copies of the error classes, and minified class names
 * can be empty), leaving the admin with "The following fields are invalid: department" or
 * "An unknown error occurred." and no message at the field.
 */
export const answerRefusals: AfterErrorHook = ({ error, req, collection, graphqlResult }) => {
  // GraphQL wraps the thrown error; REST passes it as thrown.
  const thrown = (graphqlResult ? (error as { originalError?: unknown }).originalError : error) as Described | undefined;
  if (!thrown) return;
  const { status, data, message } = thrown;
  if (!status || status >= 500 || !data || typeof data !== 'object') return;
  const slug = collection?.slug ?? (typeof data.collection === 'string' ? data.collection : undefined);
  const fields = (slug ? (req.payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)[slug]?.config.flattenedFields : undefined) as FlattenedField[] | undefined;
  const listed = Array.isArray(data.errors) ? (data.errors as { path?: unknown; message?: unknown; label?: unknown }[]) : [];
  const problems: FieldProblem[] = listed
    .filter((problem): problem is { path: string; message: string; label?: unknown } => typeof problem.path === 'string' && typeof problem.message === 'string')
    // A label given with the error names an input that is not a field of the collection (an action's note or fee).
    .map((problem) => ({ path: problem.path, message: problem.message, label: givenLabel(problem.label, req) ?? labelOf(fields, problem.path, req) }));
  const isValidation = status === 400 && problems.length > 0 && !('code' in data);
  const summary = isValidation ? summaryOf(problems, req) : message;
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: summary, extensions: { ...graphqlResult.extensions, name: isValidation ? 'ValidationError' : 'Refusal', data: { ...data, errors: problems } } } };
  }
  return {
    status,
    response: {
      errors: [
        {
          name: isValidation ? 'ValidationError' : 'Refusal',
          message: summary,
          data: { ...data, errors: problems },
        },
      ],
    },
  };
};
