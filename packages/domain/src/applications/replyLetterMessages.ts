/**
 * Messages of the written reply (答复书) templates and letters, merged into the domain's
 * `messages`. Each says what is wrong and what to do about it.
 */
export const replyLetterMessages = {
  replyTemplateEmpty: {
    zh: '此项不能为空：请填写内容（可参照字段说明中的默认文本）。',
    en: 'This part cannot be empty: write it (the field description shows the default text).',
  },
  replyTemplateTooLong: {
    zh: '模板最多 {max} 字（现为 {length} 字），请精简后再保存。',
    en: 'A template has at most {max} characters (this one has {length}); shorten it.',
  },
  replyTemplateUnknownPlaceholder: {
    zh: '占位符「{placeholder}」无法识别，请改为可用的占位符：{allowed}。',
    en: 'The placeholder "{placeholder}" is not known; use one of: {allowed}.',
  },
  replyTemplateBraces: {
    zh: '「{fragment}」处的花括号不成对：占位符须写成 {{受理编号}} 这样的完整形式。',
    en: 'Unpaired braces at "{fragment}": write a placeholder whole, e.g. {{caseNo}}.',
  },
  replyLetterNotDecided: {
    zh: '该申请尚未作出答复决定，无法生成答复书；请先「作出答复决定」。',
    en: 'This application has no decision yet, so there is no reply letter; take the decision first.',
  },
  replyLetterFixed: {
    zh: '答复已于 {date} 送达，所送达的答复书不再重新生成。',
    en: 'The reply was sent on {date}; the letter sent is kept as it was.',
  },
  replyLetterNotByEmail: {
    zh: '该申请的获取方式不是电子邮件，答复书不通过邮件发送。',
    en: 'This application is not delivered by e-mail; the letter is not e-mailed.',
  },
  replyLetterNoAddress: {
    zh: '申请人没有电子邮箱地址，答复书无法通过邮件发送；请在申请人信息中补充邮箱，或改用邮寄、自行领取。',
    en: 'The applicant has no e-mail address, so the letter cannot be e-mailed; add one to the applicant, or deliver by post or in person.',
  },
  replyLetterNoMailServer: {
    zh: '本平台未配置邮件服务器（SMTP_HOST），答复书未发送；请下载答复书后另行送达，或请管理员配置邮件服务器。',
    en: 'No mail server is configured (SMTP_HOST), so the letter was not sent; download it and deliver it otherwise, or ask an administrator to configure one.',
  },
  replyLetterSendFailed: {
    zh: '答复书邮件发送失败（{error}）；答复已记录，请稍后在「答复书」处重新发送，或另行送达。',
    en: 'The letter could not be e-mailed ({error}); the reply is recorded: send it again under "Reply letter" later, or deliver it otherwise.',
  },
  replyLetterNotReplied: {
    zh: '答复书在「送达答复」时发送；该申请尚未送达答复。',
    en: 'The letter is e-mailed when the reply is sent; this application has not been replied to yet.',
  },
  replyLetterIssued: {
    zh: '已生成答复书（PDF 和 Word），可在「答复书」处下载核对。',
    en: 'The reply letter (PDF and Word) is ready to download and check under "Reply letter".',
  },
  replyLetterIssueFailed: {
    zh: '答复书未能生成（{error}）；请在「答复书」处重新生成。',
    en: 'The reply letter could not be generated ({error}); generate it again under "Reply letter".',
  },
  replyLetterEmailed: {
    zh: '答复书（PDF）已通过电子邮件发送至 {to}。',
    en: 'The reply letter (PDF) was e-mailed to {to}.',
  },
  notifyReplyLetterUndeliveredSubject: {
    zh: '答复书未能通过邮件送达：{caseNo}',
    en: 'Reply letter not e-mailed: {caseNo}',
  },
  notifyReplyLetterUndeliveredText: {
    zh: '{name}，您好：\n\n依申请公开申请 {caseNo} 已记录送达答复，但答复书未能通过电子邮件送达申请人：{reason}\n\n请在申请页面的「答复书」处重新发送，或下载后以其他方式送达：{link}',
    en: 'Hello {name},\n\nThe reply to application {caseNo} is recorded, but the letter could not be e-mailed to the applicant: {reason}\n\nSend it again under "Reply letter" on the application, or download it and deliver it otherwise: {link}',
  },
} as const;
