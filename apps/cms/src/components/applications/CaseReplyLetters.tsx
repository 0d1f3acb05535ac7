import {
  caseHandlerRoles,
  collections,
  decisionLabels,
  letterDeliveryStatusLabels,
  replyLetterFormatLabels,
  replyLetterFormats,
  replyLetterStateLabels,
  type Language,
  type Role,
} from '@xxgk/domain';
import type { UIFieldServerProps } from 'payload';
import type { ApplicationCase as StoredCase } from '../../payload-types';
import type { StoredLetter } from '../../applications/replyLetters/storedLetters';
import { chinaDateTime } from '../../notifications/wording';
import { adminLanguage } from '../workbench/language';
import { say } from './caseWording';
import { letterText } from './replyLetterWording';
import { ReplyLetterButtons } from './ReplyLetterButtons';

/**
 * The written reply of the case (答复书), for the disclosure office alone: the letter of the last
 * decision as PDF and DOCX to download (a draft until the reply is sent, then the letter as
 * sent), and each e-mail that carried it — when, to whom, with what result. Buttons: generate
 * the letter again while the case waits for its reply; e-mail it again after the reply. Read on
 * the server with the viewer's access; supervisors and editors see nothing of it. Every text is
 * rendered by React, i.e. escaped.
 */
export const CaseReplyLetters = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language: Language = adminLanguage(i18n?.language);
  const role = (req.user as { role?: string } | null)?.role;
  if (id === undefined || id === null || id === '' || !role || !caseHandlerRoles.includes(role as Role)) return null;
  const doc = (await req.payload.findByID({ collection: collections.applicationCases, id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true, select: { status: true, delivery: true, repliedOn: true } })) as Pick<
    StoredCase,
    'id' | 'status' | 'delivery' | 'repliedOn'
  > | null;
  if (!doc) return null;
  const letters = (
    await req.payload.find({ collection: collections.replyLetters, where: { case: { equals: id } }, depth: 0, limit: 10, pagination: false, req, user: req.user, overrideAccess: false, sort: '-createdAt' })
  ).docs as unknown as StoredLetter[];
  // PDF first, then DOCX (the formats' order), whatever order they were stored in.
  letters.sort((one, other) => replyLetterFormats.indexOf(one.format) - replyLetterFormats.indexOf(other.format));
  const pdf = letters.find((letter) => letter.format === 'pdf');
  const shown = pdf ?? letters[0];
  const deliveries = pdf?.deliveries ?? [];
  const canRegenerate = doc.status === 'decided';
  const canResend = (doc.status === 'replied' || doc.status === 'closed') && doc.delivery === 'email' && Boolean(pdf);

  return (
    <section className="case-letters" aria-labelledby="case-letters-heading">
      <h2 id="case-letters-heading">{say(letterText.heading, language)}</h2>
      {shown ? (
        <>
          <dl className="case-letters__facts">
            <dt>{say(letterText.decision, language)}</dt>
            <dd>{decisionLabels[shown.decision]?.[language] ?? shown.decision}</dd>
            <dt>{say(letterText.decidedOn, language)}</dt>
            <dd>
              <time dateTime={shown.decidedOn}>{shown.decidedOn}</time>
            </dd>
            <dt>{say(letterText.state, language)}</dt>
            <dd>{replyLetterStateLabels[shown.state]?.[language] ?? shown.state}</dd>
            {shown.sentOn ? (
              <>
                <dt>{say(letterText.sentOn, language)}</dt>
                <dd>
                  <time dateTime={shown.sentOn}>{shown.sentOn}</time>
                </dd>
              </>
            ) : null}
          </dl>
          <ul className="case-letters__files">
            {letters.map((letter) =>
              letter.url ? (
                <li key={String(letter.id)}>
                  <a href={letter.url} download={letter.filename ?? undefined} className={`case-letters__file case-letters__file--${letter.format}`}>
                    {say(letterText.download, language)} {replyLetterFormatLabels[letter.format][language]}
                  </a>{' '}
                  <span className="case-letters__size">({Math.max(1, Math.round((letter.filesize ?? 0) / 1024))} KB)</span>
                </li>
              ) : null,
            )}
          </ul>
        </>
      ) : (
        <p>{say(doc.repliedOn ? letterText.noneReplied : letterText.none, language)}</p>
      )}
      {doc.delivery === 'email' ? (
        <>
          <h3 className="case-letters__subheading">{say(letterText.deliveries, language)}</h3>
          {deliveries.length > 0 ? (
            <ol className="case-letters__deliveries">
              {deliveries.map((delivery, index) => (
                <li key={index} className={`case-letters__delivery case-letters__delivery--${delivery.status}`}>
                  <time dateTime={delivery.at}>{chinaDateTime(delivery.at)}</time> {letterDeliveryStatusLabels[delivery.status]?.[language] ?? delivery.status}
                  {delivery.to ? ` → ${delivery.to}` : ''}
                  {delivery.error ? `：${delivery.error}` : ''}
                  {delivery.byName ? `（${delivery.byName}）` : ''}
                </li>
              ))}
            </ol>
          ) : (
            <p>{say(letterText.noDeliveries, language)}</p>
          )}
        </>
      ) : null}
      {canRegenerate || canResend ? <ReplyLetterButtons caseId={doc.id} canRegenerate={canRegenerate} canResend={canResend} language={language} /> : null}
    </section>
  );
};
