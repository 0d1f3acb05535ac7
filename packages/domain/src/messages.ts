/**
 * User-facing error messages, Simplified Chinese first, English second. Every message says
 * what is wrong and what to do. `{name}` placeholders are filled by `formatMessage`.
 */
export const messages = {
  titleRequired: {
    zh: '请填写标题。',
    en: 'Enter a title.',
  },
  titleTooLong: {
    zh: '标题最多 {max} 字（现为 {length} 字），请精简后再保存。',
    en: 'A title has at most {max} characters (this one has {length}); shorten it.',
  },
  choiceInvalid: {
    zh: '「{value}」不是可选的值，请从以下选项中选择：{allowed}。',
    en: '"{value}" is not one of the choices; choose one of: {allowed}.',
  },
  publishedNeedsDate: {
    zh: '已发布的条目必须有发布日期。',
    en: 'A published record needs a publication date.',
  },
  attachmentPublicSystemOnly: {
    zh: '附件是否公开由系统根据引用它的公开条目自动确定，不能手动修改；请发布引用该附件的条目。',
    en: 'Whether an attachment is public follows the public records that link it and cannot be set by hand; publish a record that links it instead.',
  },
  attachmentDepartmentReviewerOnly: {
    zh: '只有审核员或管理员可以更改附件所属的上传部门。',
    en: 'Only reviewers and administrators may change the department an attachment belongs to.',
  },
  attachmentNameInvalid: {
    zh: '文件名「{name}」包含控制字符或路径符号，请重命名后再上传。',
    en: 'The file name "{name}" contains control characters or path separators; rename the file and upload it again.',
  },
  loginThrottled: {
    zh: '该账号从您所在的网络登录失败次数过多，请 {minutes} 分钟后再试；如忘记密码，请联系管理员重置。',
    en: 'Too many failed sign-ins to this account from your network; try again in {minutes} minutes, or ask an administrator to reset your password.',
  },
  uploadMalformed: {
    zh: '上传的表单无法读取（例如文件名含有控制字符，或上传中断），请检查文件名后重新上传。',
    en: 'The upload could not be read (for example, a file name with control characters, or an interrupted upload); check the file name and upload again.',
  },
  accountFieldAdminOnly: {
    zh: '只有管理员可以更改账号的角色和所属部门，请联系管理员。',
    en: 'Only administrators may change an account’s role and department; ask an administrator.',
  },
  staffApiOnly: {
    zh: '内容管理接口仅供已登录的工作人员使用。公众请通过信息公开专栏或公共 GraphQL 接口查询公开信息。',
    en: 'The content-management API is for signed-in staff. The public reads published information on the disclosure column or through the public GraphQL API.',
  },
  categoryRequired: {
    zh: '请选择清单类别（必填）。',
    en: 'Choose a checklist category (required).',
  },
  itemNotInCategory: {
    zh: '清单事项「{item}」不属于类别「{category}」，请改选该类别下的事项，或更换类别。',
    en: 'Checklist item "{item}" does not belong to category "{category}": pick an item of that category, or change the category.',
  },
  unknownReference: {
    zh: '所选的{field}不存在（编号 {id}），请重新选择。',
    en: 'The selected {field} does not exist (id {id}); choose it again.',
  },
  reasonRequired: {
    zh: '不予公开或仅校内公开的条目必须填写理由（例如：涉及个人隐私，依据《高等学校信息公开办法》第十条）。',
    en: 'A withheld or campus-only record needs a reason (for example: personal privacy, Article 10 of the Measures).',
  },
  formedAtRequired: {
    zh: '请填写生成日期（信息形成或变更的日期）。',
    en: 'Enter the date formed (when the information was formed or changed).',
  },
  dateMalformed: {
    zh: '「{value}」不是有效日期，请使用 YYYY-MM-DD 格式。',
    en: '"{value}" is not a valid date; use the form YYYY-MM-DD.',
  },
  formedAtInFuture: {
    zh: '生成日期（{formedAt}）不能晚于今天，请填写信息实际形成或变更的日期。',
    en: 'The date formed ({formedAt}) cannot be in the future; enter the date the information was formed or changed.',
  },
  publishedBeforeFormed: {
    zh: '发布日期（{publishedAt}）不能早于生成日期（{formedAt}），请检查两个日期。',
    en: 'The publication date ({publishedAt}) cannot be earlier than the date formed ({formedAt}); check both dates.',
  },
  publishedAtRequiresReviewer: {
    zh: '只有审核员或管理员可以指定发布日期；发布时系统会自动记录。',
    en: 'Only reviewers and administrators may set the publication date; it is recorded automatically on publication.',
  },
  valueTaken: {
    zh: '{field}「{value}」已被使用，请换一个。',
    en: '{field} "{value}" is already in use; choose another.',
  },
  indexNoTaken: {
    zh: '索引号「{indexNo}」已被其他条目使用，请更换，或留空由系统自动分配。',
    en: 'Index number "{indexNo}" is already used by another record; change it, or leave it empty to have one assigned.',
  },
  indexNoFormat: {
    zh: '索引号「{indexNo}」格式不正确：只能包含字母、数字和 - _ . /，长度 3–64 位。',
    en: 'Index number "{indexNo}" is malformed: use letters, digits and - _ . / only, 3–64 characters.',
  },
  indexNoImmutable: {
    zh: '索引号一经分配不能修改（当前为「{indexNo}」）。',
    en: 'An index number never changes once assigned (it is "{indexNo}").',
  },
  indexNoManualAdminOnly: {
    zh: '只有管理员导入历史条目时可以指定索引号，请留空由系统自动分配。',
    en: 'Only administrators importing older records may set an index number; leave it empty to have one assigned.',
  },
  departmentRequired: {
    zh: '请选择责任部门。',
    en: 'Choose the responsible department.',
  },
  editorOwnDepartmentOnly: {
    zh: '部门信息员只能录入或修改本部门（{department}）的条目，请把责任部门选为本部门，或请管理员处理。',
    en: 'Department editors may only create or change records of their own department ({department}); choose it, or ask an administrator.',
  },
  editorWithoutDepartment: {
    zh: '您的账号尚未分配所属部门，请联系管理员分配后再录入条目。',
    en: 'Your account has no department yet; ask an administrator to assign one before you create records.',
  },
  createStatusNotAllowed: {
    zh: '新建条目只能保存为「草稿」或「待审核」，发布须经保密审查。',
    en: 'A new record can only be saved as "Draft" or "Submitted"; publication follows the confidentiality review.',
  },
  transitionNotAllowed: {
    zh: '不能将条目从「{from}」直接改为「{to}」。流程为：草稿 → 待审核 → 已发布（或退回修改）。',
    en: 'A record cannot go from "{from}" straight to "{to}". The workflow is: Draft → Submitted → Published (or Returned).',
  },
  onlyReviewersMay: {
    zh: '只有信息公开办公室审核员或管理员可以将条目从「{from}」改为「{to}」。',
    en: 'Only disclosure-office reviewers and administrators may change a record from "{from}" to "{to}".',
  },
  submittedIsLocked: {
    zh: '条目已提交审核，审核期间不能修改；如需修改，请先撤回为草稿。',
    en: 'The record is under review and cannot be changed; recall it to draft first.',
  },
  publishedIsLocked: {
    zh: '已发布的条目只能由审核员修改；如需更新内容，请联系信息公开办公室撤回后修改。',
    en: 'Only reviewers may change a published record; ask the disclosure office to withdraw it first.',
  },
  commentRequired: {
    zh: '将条目改为「{to}」时必须填写审查意见，说明原因或需要修改之处。',
    en: 'Changing the record to "{to}" needs a review comment explaining why or what to change.',
  },
  repealOnlyPublished: {
    zh: '只有已发布的条目可以标记为「已废止」；未发布的条目请直接修改或删除。',
    en: 'Only published records can be marked repealed; change or delete an unpublished record instead.',
  },
  restoreAdminOnly: {
    zh: '已废止的条目只能由管理员恢复为有效。',
    en: 'Only an administrator can restore a repealed record to valid.',
  },
  publishedCannotBeDeleted: {
    zh: '已发布的条目不能删除：如需下线请撤回，如已失效请标记为「已废止」。',
    en: 'A published record cannot be deleted: withdraw it to take it offline, or mark it repealed.',
  },
  attachmentType: {
    zh: '不支持的附件类型（{name}，{type}）。允许：PDF、Word（doc/docx）、Excel（xls/xlsx）、图片（jpg/png/gif/webp）。',
    en: 'Unsupported attachment type ({name}, {type}). Allowed: PDF, Word (doc/docx), Excel (xls/xlsx), images (jpg/png/gif/webp).',
  },
  attachmentContentMismatch: {
    zh: '文件「{name}」的内容与扩展名不符（实际内容为 {actual}），请上传真实的 PDF、Word、Excel 或图片文件。',
    en: 'The content of "{name}" does not match its extension (it is {actual}); upload a real PDF, Word, Excel or image file.',
  },
  attachmentTooLarge: {
    zh: '附件「{name}」大小为 {size} MB，超过上限 {max} MB，请压缩或拆分后再上传。',
    en: 'Attachment "{name}" is {size} MB, over the {max} MB limit; compress or split it and upload again.',
  },
  attachmentOverLimit: {
    zh: '附件「{name}」超过上限 {max} MB，请压缩或拆分后再上传。',
    en: 'Attachment "{name}" is over the {max} MB limit; compress or split it and upload again.',
  },
  codeImmutable: {
    zh: '编码「{code}」是稳定标识，创建后不能修改。',
    en: 'Code "{code}" is a stable identifier and cannot be changed.',
  },
  departmentTooDeep: {
    zh: '部门最多两级：上级部门「{parent}」本身已是下级部门，请选择学校一级的部门作为上级。',
    en: 'Departments have at most two levels: "{parent}" is already a sub-department; choose a school-level parent.',
  },
  departmentOwnParent: {
    zh: '部门不能以自己作为上级部门。',
    en: 'A department cannot be its own parent.',
  },
  calendarDateOutsideYear: {
    zh: '日期 {date} 不属于 {year} 年，请检查工作日历。',
    en: 'Date {date} is not in year {year}; check the working-day calendar.',
  },
  calendarRangeReversed: {
    zh: '假期「{name}」的结束日期早于开始日期，请检查。',
    en: 'Holiday "{name}" ends before it starts; check the dates.',
  },
  // Staff notifications (提醒), mailed and listed under 我的提醒 (apps/cms/src/notifications).
  notifyReturnedSubject: {
    zh: '【退回修改】{title}',
    en: '[Returned] {title}',
  },
  notifyReturnedText: {
    zh: '{name}，您好：\n\n您录入的信息公开条目已被退回修改。\n\n标题：{title}\n索引号：{indexNo}\n审查人：{reviewer}\n审查意见：{comment}\n\n请按审查意见修改后重新提交审核：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nA disclosure record you created was returned for changes.\n\nTitle: {title}\nIndex number: {indexNo}\nReviewer: {reviewer}\nComment: {comment}\n\nChange it as the comment asks and submit it again:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  notifyPublishedSubject: {
    zh: '【已发布】{title}',
    en: '[Published] {title}',
  },
  notifyPublishedText: {
    zh: '{name}，您好：\n\n您录入的信息公开条目已审核通过并发布。\n\n标题：{title}\n索引号：{indexNo}\n审查人：{reviewer}\n审查意见：{comment}\n\n查看条目：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nA disclosure record you created was approved and published.\n\nTitle: {title}\nIndex number: {indexNo}\nReviewer: {reviewer}\nComment: {comment}\n\nSee the record:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  notifyReviewWaitingSubject: {
    zh: '【待审核超时】{title}',
    en: '[Waiting for review] {title}',
  },
  notifyReviewWaitingText: {
    zh: '{name}，您好：\n\n以下信息公开条目提交审核已超过 {days} 个工作日，尚未审核。\n\n标题：{title}\n索引号：{indexNo}\n责任部门：{department}\n提交时间：{submittedAt}\n\n请及时进行保密审查并处理：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nThe disclosure record below was submitted more than {days} working days ago and is still waiting for review.\n\nTitle: {title}\nIndex number: {indexNo}\nResponsible department: {department}\nSubmitted: {submittedAt}\n\nPlease review it:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  notifyItemDueSubject: {
    zh: '【清单事项即将到期】{code} {item}',
    en: '[Checklist item due] {code} {itemEn}',
  },
  notifyItemOverdueSubject: {
    zh: '【清单事项已逾期】{code} {item}',
    en: '[Checklist item overdue] {code} {itemEn}',
  },
  notifyItemDueText: {
    zh: '{name}，您好：\n\n贵部门负责的信息公开事项清单事项应于 {dueDate} 前更新公开。\n\n清单事项：{code} {item}\n责任部门：{department}\n应更新日期：{dueDate}\n\n请及时录入并提交审核：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nA checklist item your department is responsible for must be updated by {dueDate}.\n\nChecklist item: {code} {itemEn}\nResponsible department: {department}\nDue: {dueDate}\n\nPlease enter a record and submit it for review:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  supervisionForbidden: {
    zh: '监督检查仅对监督员、审核员和管理员开放；如需查看，请联系管理员。',
    en: 'Supervision is open to supervisors, reviewers and administrators; ask an administrator if you need it.',
  },
  supervisionPeriodInvalid: {
    zh: '统计期无效：请选择学年（如 2021-2022），或填写开始和结束日期（YYYY-MM-DD，开始不晚于结束，最长 20 年）。',
    en: 'Invalid period: choose an academic year (e.g. 2021-2022), or enter a first and a last day (YYYY-MM-DD, the first not after the last, at most 20 years).',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;
export type Language = 'zh' | 'en';

export const toLanguage = (value: string | undefined | null): Language => (value === 'en' ? 'en' : 'zh');

export const formatMessage = (
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string =>
  messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
