import type { LabelMap } from './caseModel';

/**
 * Vocabulary of a stored reply letter (the CMS's `reply-letters`): its two files, whether it is
 * still a draft (regenerated when the decision is taken again) or the letter that was sent, and
 * what became of each e-mail that carried it.
 */
export const replyLetterFormats = ['pdf', 'docx'] as const;
export type ReplyLetterFormat = (typeof replyLetterFormats)[number];
export const replyLetterFormatLabels: LabelMap<ReplyLetterFormat> = {
  pdf: { zh: 'PDF', en: 'PDF' },
  docx: { zh: 'Word（DOCX）', en: 'Word (DOCX)' },
};
export const replyLetterMimeTypes: Record<ReplyLetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const replyLetterStates = ['draft', 'sent'] as const;
export type ReplyLetterState = (typeof replyLetterStates)[number];
export const replyLetterStateLabels: LabelMap<ReplyLetterState> = {
  draft: { zh: '草稿（送达答复前可重新生成）', en: 'Draft (regenerated until the reply is sent)' },
  sent: { zh: '已送达（定稿）', en: 'Sent (final)' },
};

/** One attempt to e-mail the letter: sent, failed (the server's error), or not tried, and why. */
export const letterDeliveryStatuses = ['sent', 'failed', 'noMailServer', 'noAddress'] as const;
export type LetterDeliveryStatus = (typeof letterDeliveryStatuses)[number];
export const letterDeliveryStatusLabels: LabelMap<LetterDeliveryStatus> = {
  sent: { zh: '已发送', en: 'Sent' },
  failed: { zh: '发送失败', en: 'Failed' },
  noMailServer: { zh: '未发送（未配置邮件服务器）', en: 'Not sent (no mail server)' },
  noAddress: { zh: '未发送（申请人无邮箱）', en: 'Not sent (no e-mail address)' },
};
