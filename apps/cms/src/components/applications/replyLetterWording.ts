/** Words of the case view's reply letter section, in both admin languages. */
export const letterText = {
  heading: { zh: '答复书', en: 'Reply letter' },
  none: { zh: '作出答复决定后，系统按答复书模板生成答复书（PDF 和 Word），可在送达前下载核对。', en: 'Once a decision is taken, the reply letter (PDF and Word) is generated from the templates, to download and check before sending.' },
  noneReplied: { zh: '本申请送达答复时未生成答复书。', en: 'No reply letter was generated when this application was replied to.' },
  decision: { zh: '办理结果', en: 'Decision' },
  decidedOn: { zh: '决定日期', en: 'Decided on' },
  state: { zh: '状态', en: 'State' },
  sentOn: { zh: '送达日期', en: 'Sent on' },
  download: { zh: '下载', en: 'Download' },
  deliveries: { zh: '邮件送达记录', en: 'E-mail deliveries' },
  noDeliveries: { zh: '申请人选择以电子邮件获取信息：送达答复时，答复书（PDF）将发送至申请人邮箱。', en: 'The applicant asked for e-mail: sending the reply e-mails the letter (PDF) to them.' },
  regenerate: { zh: '重新生成答复书', en: 'Generate the letter again' },
  regenerateHint: { zh: '修改模板或申请人信息后，可在送达答复前重新生成。', en: 'After changing the templates or the applicant’s details, generate it again before sending the reply.' },
  resend: { zh: '重新发送邮件', en: 'E-mail the letter again' },
  working: { zh: '正在处理…', en: 'Working…' },
  failed: { zh: '操作未能完成，请稍后重试。', en: 'That did not work; try again.' },
} as const;
