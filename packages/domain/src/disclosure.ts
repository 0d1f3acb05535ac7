/** Vocabulary of a disclosure record (信息公开条目). Labels are zh first, en second. */
type Labels<T extends string> = Record<T, { zh: string; en: string }>;

/** Disclosure attribute (公开属性). */
export const attributes = ['active', 'onRequest', 'withheld'] as const;
export type Attribute = (typeof attributes)[number];
export const attributeLabels: Labels<Attribute> = {
  active: { zh: '主动公开', en: 'Active disclosure' },
  onRequest: { zh: '依申请公开', en: 'Disclosure on application' },
  withheld: { zh: '不予公开', en: 'Withheld' },
};

/** Audience (公开范围): society at large, or campus only. */
export const audiences = ['public', 'campus'] as const;
export type Audience = (typeof audiences)[number];
export const audienceLabels: Labels<Audience> = {
  public: { zh: '向社会公开', en: 'Public' },
  campus: { zh: '校内公开', en: 'Campus only' },
};

/** Validity (有效性). A repealed record stays published and is marked 已废止. */
export const validities = ['valid', 'repealed'] as const;
export type Validity = (typeof validities)[number];
export const validityLabels: Labels<Validity> = {
  valid: { zh: '有效', en: 'Valid' },
  repealed: { zh: '已废止', en: 'Repealed' },
};

/** Workflow status (流程状态). */
export const statuses = ['draft', 'submitted', 'returned', 'published'] as const;
export type Status = (typeof statuses)[number];
export const statusLabels: Labels<Status> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted for review' },
  returned: { zh: '已退回', en: 'Returned' },
  published: { zh: '已发布', en: 'Published' },
};

/** Outcomes recorded in the confidentiality-review log (保密审查记录). */
export const reviewOutcomes = ['approved', 'returned', 'withdrawn', 'repealed', 'restored'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];
export const reviewOutcomeLabels: Labels<ReviewOutcome> = {
  approved: { zh: '审查通过，同意发布', en: 'Approved for publication' },
  returned: { zh: '退回修改', en: 'Returned for changes' },
  withdrawn: { zh: '撤回发布', en: 'Withdrawn from publication' },
  repealed: { zh: '标记为已废止', en: 'Marked as repealed' },
  restored: { zh: '恢复为有效', en: 'Restored to valid' },
};

/** Update cadence of a checklist item (更新频率). */
export const cadences = ['realtime', 'semester', 'yearly', 'onChange'] as const;
export type Cadence = (typeof cadences)[number];
export const cadenceLabels: Labels<Cadence> = {
  realtime: { zh: '实时（形成或变更后20个工作日内）', en: 'Within 20 working days of any change' },
  semester: { zh: '每学期', en: 'Every semester' },
  yearly: { zh: '每年', en: 'Yearly' },
  onChange: { zh: '制度修订时', en: 'When the rules change' },
};

/** Attachment limits; the CMS reads the size from the environment (UPLOAD_MAX_MB). */
export const allowedAttachmentTypes: Record<string, readonly string[]> = {
  pdf: ['application/pdf'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
};
/** What content sniffing (file-type) reports for each allowed extension; old Office files are OLE containers (cfb). */
export const attachmentContentTypes: Record<string, readonly string[]> = {
  pdf: ['pdf'],
  doc: ['cfb'],
  docx: ['docx'],
  xls: ['cfb'],
  xlsx: ['xlsx'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  gif: ['gif'],
  webp: ['webp'],
};
export const allowedAttachmentMimeTypes = [...new Set(Object.values(allowedAttachmentTypes).flat())];
