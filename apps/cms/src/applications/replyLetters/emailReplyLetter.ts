import { caseHandlerRoles, collections, formatMessage, relationId, type Language, type LetterDeliveryStatus, type Refusal, type Role } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase as StoredCase, User } from '../../payload-types';
import { mailsNotifications, notify } from '../../notifications/notify';
import { caseLink, say } from '../../notifications/wording';
import { loadLetterSettings } from './letterSettings';
import { letterFile, lettersOfCase, type LetterDelivery } from './storedLetters';

type Staff = Pick<User, 'id' | 'name' | 'email' | 'notifyByEmail' | 'role'>;
export type EmailOutcome = { status: LetterDeliveryStatus; to: string | null; error: string | null } | { refusal: Refusal };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/** What to tell the handler about a delivery, in their language. */
export const deliveryMessage = (outcome: Exclude<EmailOutcome, { refusal: Refusal }>, language: Language): string => {
  switch (outcome.status) {
    case 'sent':
      return formatMessage(language, 'replyLetterEmailed', { to: outcome.to ?? '' });
    case 'failed':
      return formatMessage(language, 'replyLetterSendFailed', { error: outcome.error ?? '' });
    case 'noMailServer':
      return formatMessage(language, 'replyLetterNoMailServer');
    case 'noAddress':
      return formatMessage(language, 'replyLetterNoAddress');
  }
};

const staffById = async (payload: Payload, ids: (number | string)[]): Promise<Staff[]> =>
  ids.length === 0
    ? []
    : ((await payload.find({ collection: collections.users, where: { id: { in: ids } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { name: true, email: true, notifyByEmail: true, role: true } }))
        .docs as Staff[]);

/**
 * E-mails the letter that was sent with the reply (the PDF) to the applicant, through the
 * configured mail adapter, and records the attempt on the letter (`deliveries`: when, to whom,
 * the result): sent; failed with the server's error; or not tried, because no mail server is
 * configured or the applicant has no address. Never throws for a mail problem: the reply stays
 * recorded, the handler is told (the answer, and a notification to whoever sent the reply and to
 * the case's handler) and may send it again.
 *
 * Why the PDF alone: it is the letter as issued — fixed layout, the font embedded, the same on
 * every device — while the DOCX is the office's editable copy for printing, sealing and the file.
 */
export const emailReplyLetter = async ({ payload, caseId, by }: { payload: Payload; caseId: number | string; by: { id: number | string; name?: string | null } | null }): Promise<EmailOutcome> => {
  const doc = (await payload.findByID({ collection: collections.applicationCases, id: caseId, depth: 0, overrideAccess: true })) as StoredCase;
  if (doc.delivery !== 'email') return { refusal: { key: 'replyLetterNotByEmail' } };
  if (doc.status !== 'replied' && doc.status !== 'closed') return { refusal: { key: 'replyLetterNotReplied' } };
  const letters = await lettersOfCase(payload, doc.id);
  const pdf = letters.find((letter) => letter.format === 'pdf' && letter.state === 'sent') ?? letters.find((letter) => letter.format === 'pdf');
  if (!pdf) return { refusal: { key: 'replyLetterNotDecided' } };
  const applicantId = relationId(doc.applicant);
  const applicant = applicantId === null ? null : ((await payload.findByID({ collection: collections.applicants, id: applicantId, depth: 0, overrideAccess: true, disableErrors: true })) as { name?: string | null; email?: string | null } | null);
  const to = applicant?.email?.trim() || null;
  const caseNo = doc.caseNo ?? String(doc.id);

  let outcome: { status: LetterDeliveryStatus; to: string | null; error: string | null };
  if (!mailsNotifications(payload)) outcome = { status: 'noMailServer', to, error: null };
  else if (!to) outcome = { status: 'noAddress', to: null, error: null };
  else {
    try {
      const { institution } = await loadLetterSettings(payload);
      const addressee = applicant?.name?.trim() || '申请人';
      await payload.sendEmail({
        to,
        subject: `${institution.name}关于您的信息公开申请（${caseNo}）的答复`,
        text: `${addressee}：\n\n您好！附件为${institution.name}对您提出的信息公开申请（受理编号：${caseNo}）的答复书（PDF），请查收。\n\n如有疑问，请与${institution.office?.trim() || `${institution.name}信息公开办公室`}联系：${institution.contact}。\n\n此邮件由信息公开平台发送。`,
        attachments: [{ filename: `答复书-${caseNo}.pdf`, content: await letterFile(payload, pdf), contentType: 'application/pdf' }],
      });
      outcome = { status: 'sent', to, error: null };
    } catch (error) {
      payload.logger.warn({ msg: `Reply letter of case ${doc.id} could not be e-mailed: ${errorText(error)}` });
      outcome = { status: 'failed', to, error: errorText(error) };
    }
  }

  const attempt: LetterDelivery = { at: new Date().toISOString(), to: outcome.to, status: outcome.status, error: outcome.error, byName: by?.name ?? null };
  await payload.update({ collection: collections.replyLetters, id: pdf.id, data: { deliveries: [...(pdf.deliveries ?? []).map(({ at, to: address, status, error, byName }) => ({ at, to: address, status, error, byName })), attempt] } as never, depth: 0, overrideAccess: true });

  if (outcome.status !== 'sent') {
    // Whoever sent the reply, and the case's handler when it is someone else of the office.
    const ids = [...new Set([by?.id, relationId(doc.handler)].filter((id): id is number | string => id !== null && id !== undefined).map(String))];
    const recipients = (await staffById(payload, ids)).filter((member) => caseHandlerRoles.includes(member.role as Role));
    const reason = deliveryMessage(outcome, 'zh');
    for (const recipient of recipients) {
      const params = { name: recipient.name, caseNo, reason, link: caseLink(payload, doc.id) };
      await notify({
        payload,
        draft: {
          key: `replyLetterUndelivered:${doc.id}:${attempt.at}:${recipient.id}`,
          kind: 'replyLetterUndelivered',
          recipient,
          subject: say('notifyReplyLetterUndeliveredSubject', params),
          text: say('notifyReplyLetterUndeliveredText', params),
          applicationCase: doc.id,
        },
      });
    }
  }
  return outcome;
};
