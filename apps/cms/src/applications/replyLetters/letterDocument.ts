import type { DocumentModel } from '@xxgk/documents';
import type { ReplyLetter } from '@xxgk/domain';

/**
 * A composed letter as a document: letterhead, title, the case number under it, the addressee,
 * the body and the remedies as indented paragraphs, the signature and date on the right, page
 * numbers in the footer. Everything is text; nothing the applicant or staff typed is read as markup.
 */
export const letterDocument = ({ letter, caseNo, institutionName }: { letter: ReplyLetter; caseNo: string; institutionName: string }): DocumentModel => ({
  title: letter.title,
  ...(letter.letterhead ? { letterhead: letter.letterhead } : {}),
  reference: letter.reference,
  language: 'zh-CN',
  author: institutionName,
  subject: `依申请公开答复 ${caseNo}`,
  pageNumbers: '第 {page} 页 共 {total} 页',
  blocks: [
    { kind: 'paragraph', text: letter.addressee, align: 'left' },
    ...letter.body.map((text) => ({ kind: 'paragraph' as const, text, indent: true })),
    ...letter.remedies.map((text) => ({ kind: 'paragraph' as const, text, indent: true })),
    { kind: 'signature', lines: letter.signature },
  ],
});
