/**
 * Messages about the files attached to an application (依申请公开: the public form and the case
 * in the CMS), kept beside messages.ts, which spreads them in. The per-file upload messages
 * (type, content, size) are the attachments' own, in messages.ts.
 */
export const attachmentMessages = {
  applicationAttachmentsTooMany: {
    zh: '最多可以上传 {max} 个附件（现为 {count} 个），请合并或删减后重新选择。',
    en: 'At most {max} files can be attached (you chose {count}); combine or remove some and choose again.',
  },
  applicationAttachmentsTooLarge: {
    zh: '附件合计 {size} MB，超过上限 {max} MB，请压缩或删减后重新选择。',
    en: 'The attached files come to {size} MB, over the {max} MB limit together; compress or remove some and choose again.',
  },
  attachmentUnreadable: {
    zh: '文件「{name}」无法读取（内容可能已损坏），请检查能否正常打开后重新选择。',
    en: 'The file "{name}" cannot be read (it may be damaged); check that it opens and choose it again.',
  },
} as const;
