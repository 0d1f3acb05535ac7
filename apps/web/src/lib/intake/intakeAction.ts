import { clientAddressHeader } from '@xxgk/http';
import { headers } from 'next/headers';
import { fill, messages, type Locale } from '../../i18n';
import { localeFromHeaders } from '../requestHeaders';
import { settings } from '../settings';
import { createVisitorLimiter, sharedCounts } from '../visitorLimit';
import type { IntakeAnswer, Visitor } from './gatewayIntake';
import type { FormState } from './formState';

/**
 * What the intake's server actions share: who is asking (the visitor's address as the site's
 * server resolved it, the page's language), the site's own limit on submissions, and how a
 * gateway answer becomes what the form shows.
 */
export const currentVisitor = async (): Promise<Visitor & { locale: Locale }> => {
  const requestHeaders = await headers();
  const locale = localeFromHeaders(requestHeaders);
  return { address: requestHeaders.get(clientAddressHeader) ?? 'unknown', language: locale === 'en' ? 'EN' : 'ZH', locale };
};

// The gateway limits each visitor's submissions too, but only after the site has solved a proof
// of work for them: the site counts first, with the same limit, so that nobody can make it do
// that work faster than the gateway would take the results.
const submissionLimiter = createVisitorLimiter({ perMinute: settings.submissionRateLimitPerMinute, redis: sharedCounts, name: 'submission' });

/** Null when the visitor may submit now, else the form's message saying when to try again. */
export const submissionRefusal = async (visitor: Visitor & { locale: Locale }): Promise<string | null> => {
  const verdict = await submissionLimiter(visitor.address);
  const t = messages(visitor.locale).intake.form;
  return verdict.isAllowed ? null : `${fill(t.rateLimited, { seconds: verdict.retryAfterSeconds })}${t.kept}`;
};

/** The next state of a form from the gateway's answer: the result, or the refusal shown at the fields or above the form. */
export const formStateOf = <Data, Result>({
  answer,
  values,
  attempt,
  locale,
  resultOf,
}: {
  answer: IntakeAnswer<Data>;
  values: Record<string, string>;
  attempt: number;
  locale: Locale;
  resultOf: (data: Data) => Result;
}): FormState<Result> => {
  const t = messages(locale).intake.form;
  const base: FormState<Result> = { values, errors: [], notice: null, result: null, attempt };
  switch (answer.kind) {
    case 'ok':
      return { ...base, result: resultOf(answer.data) };
    case 'refused':
      return answer.fieldErrors.length ? { ...base, errors: answer.fieldErrors } : { ...base, notice: answer.message };
    case 'rateLimited':
      // The gateway's own words (its limit, in the visitor's language).
      return { ...base, notice: `${answer.message}${t.kept}` };
    case 'tooLarge':
      return { ...base, notice: t.tooLarge };
    case 'unavailable':
      return { ...base, notice: t.unavailable };
  }
};

/** The number of times a form was sent, from the state it came with (a client's; only ever counted up). */
export const nextAttempt = (previous: { attempt?: unknown } | null | undefined) => {
  const attempt = Number(previous?.attempt);
  return Number.isSafeInteger(attempt) && attempt >= 0 && attempt < 1_000_000 ? attempt + 1 : 1;
};
