import { attachmentMessages } from './attachmentMessages';
import { feedbackMessages } from './feedbackMessages';
import { replyLetterMessages } from './applications/replyLetterMessages';
import { reportMessages } from './reports/reportMessages';

/**
 * User-facing error messages, Simplified Chinese first, English second. Every message says
 * what is wrong and what to do. `{name}` placeholders are filled by `formatMessage`.
 */
export const messages = {
  ...reportMessages,
  ...replyLetterMessages,
  ...feedbackMessages,
  ...attachmentMessages,
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
  // Applications for disclosure (依申请公开): the lifecycle (applications/checkCaseAction.ts).
  caseActionUnknown: {
    zh: '「{action}」不是申请办理中的操作，请使用页面上提供的按钮。',
    en: '"{action}" is not an action on an application; use one of the buttons offered.',
  },
  caseNotRegistered: {
    zh: '该申请尚未登记，请先登记收到申请（并填写收到日期），再进行「{action}」。',
    en: 'This application is not registered yet: register it (with the date it arrived) before "{action}".',
  },
  caseAlreadyRegistered: {
    zh: '该申请已于 {receivedOn} 登记，不能重复登记；如是新的申请，请新建一条申请记录。',
    en: 'This application was registered on {receivedOn} and cannot be registered twice; create a new record for a new application.',
  },
  caseActionNotInStatus: {
    zh: '申请当前为「{status}」，不能进行「{action}」。当前可以进行的操作：{available}。',
    en: '"{action}" is not possible while the application is "{status}". Possible now: {available}.',
  },
  caseFinished: {
    zh: '申请已「{status}」，办理已经结束，不能再进行「{action}」。申请人如再次提出申请，请作为新申请登记。',
    en: 'The application is "{status}": its handling is over and "{action}" is no longer possible. If the applicant applies again, register a new application.',
  },
  caseActionNotAllowedFor: {
    zh: '只有{who}可以进行「{action}」。',
    en: 'Only {who} may take the action "{action}".',
  },
  caseExtensionAdminOnly: {
    zh: '延长答复期限须经信息公开工作机构负责人同意，只有管理员可以操作；请将延期理由报管理员审批。',
    en: 'An extension needs the approval of the head of the disclosure office, so only administrators may grant it; send them the reason.',
  },
  caseNoteRequired: {
    zh: '进行「{action}」须填写{what}。',
    en: '"{action}" needs {what}.',
  },
  caseCorrectionOnlyOnce: {
    zh: '补正应当一次性告知：本申请已于 {date} 告知补正，不能再次告知。',
    en: 'A correction is asked for once, all at once: this application was asked for one on {date}.',
  },
  caseCorrectionStillOpen: {
    zh: '补正期限至 {dueOn} 届满，期满前不能按逾期未补正处理；如申请人已补正，请选择「收到补正」。',
    en: 'The correction window ends on {dueOn}; until then the case cannot be closed as not corrected. If the applicant has corrected the request, record the correction.',
  },
  caseExtensionOnlyOnce: {
    zh: '答复期限只能延长一次：本申请已于 {date} 延长 {days} 个工作日。',
    en: 'The reply deadline can be extended once only: it was extended by {days} working days on {date}.',
  },
  caseExtensionTooLate: {
    zh: '答复期限已于 {dueOn} 届满，届满后不能再延长，请尽快作出答复。',
    en: 'The reply was due on {dueOn}; a deadline that has passed cannot be extended. Reply as soon as possible.',
  },
  caseDecisionRequired: {
    zh: '请选择办理结果（如予以公开、部分公开，或不予公开及其理由）。',
    en: 'Choose the decision (for example disclosed, partly disclosed, or withheld with its reason).',
  },
  caseDecisionInvalid: {
    zh: '「{value}」不是有效的办理结果，请从办理结果列表中选择。',
    en: '"{value}" is not a decision; choose one from the list.',
  },
  caseDecisionByLapseOnly: {
    zh: '「{decision}」在补正期满后通过「逾期未补正，视为撤回」记录，不能在作出答复决定时选择。',
    en: '"{decision}" is recorded by closing a case whose correction window has passed; it cannot be chosen as a decision.',
  },
  caseStillUnclearNeedsCorrection: {
    zh: '只有告知补正、申请人补正后申请内容仍不明确的，才能选择「{decision}」；请先告知申请人补正。',
    en: '"{decision}" applies only when the applicant was asked for a correction and the corrected request is still unclear; ask for a correction first.',
  },
  caseDecisionNoteRequired: {
    zh: '作出「{decision}」决定须填写{what}，答复书将据此告知申请人。',
    en: 'The decision "{decision}" needs {what}: the reply tells the applicant.',
  },
  caseFeeInvalid: {
    zh: '{field}须为不小于 0 的整数金额（单位：分），请重新填写。',
    en: '{field} must be a whole amount of at least 0, in fen (1/100 yuan).',
  },
  caseReceivedInFuture: {
    zh: '收到申请的日期（{date}）不能晚于今天（{today}），请填写申请实际送达的日期。',
    en: 'The date received ({date}) cannot be after today ({today}); enter the day the application actually arrived.',
  },
  caseFeeYuanInvalid: {
    zh: '{field}须为不小于 0 的金额，以元为单位，最多两位小数（如 12.50）；不收费请填 0 或留空。',
    en: '{field} must be an amount of at least 0 in yuan, with at most two decimals (e.g. 12.50); leave it empty or 0 for no fee.',
  },
  caseHandlersOnly: {
    zh: '依申请公开的办理由信息公开办公室（审核员和管理员）负责；您的账号可以查看申请，但不能办理。',
    en: 'Applications are handled by the disclosure office (reviewers and administrators); your account may read them but not act on them.',
  },
  caseChangedMeanwhile: {
    zh: '该申请刚刚已被他人办理（现为「{status}」），请刷新页面查看最新办理记录后再操作。',
    en: 'Someone else has just acted on this application (it is now "{status}"); reload the page to see the latest log, then try again.',
  },
  caseStoredLogInvalid: {
    zh: '该申请的办理记录无法读取，请联系管理员检查数据。',
    en: 'The log of this application cannot be read; ask an administrator to check the data.',
  },
  // Staff notifications about applications (apps/cms/src/applications/notifications).
  notifyApplicationReceivedSubject: {
    zh: '【新的依申请公开申请】{caseNo}',
    en: '[New application] {caseNo}',
  },
  notifyApplicationReceivedText: {
    zh: '{name}，您好：\n\n收到一件新的信息公开申请，请及时受理。\n\n受理编号：{caseNo}\n申请渠道：{channel}\n申请人类型：{applicantType}\n收到日期：{receivedOn}\n答复期限：{dueOn}\n\n办理该申请：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nA new application for information has arrived; please accept it.\n\nCase number: {caseNo}\nChannel: {channel}\nApplicant type: {applicantType}\nReceived: {receivedOn}\nReply due: {dueOn}\n\nHandle it:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  notifyApplicationDueSoonSubject: {
    zh: '【申请答复期限将至】{caseNo} 应于 {dueOn} 前答复',
    en: '[Application due soon] {caseNo}: reply by {dueOn}',
  },
  notifyApplicationOverdueSubject: {
    zh: '【申请已逾期】{caseNo} 答复期限 {dueOn} 已过',
    en: '[Application overdue] {caseNo}: the reply was due on {dueOn}',
  },
  notifyApplicationDueText: {
    zh: '{name}，您好：\n\n以下信息公开申请{state}。\n\n受理编号：{caseNo}\n办理状态：{status}\n收到日期：{receivedOn}\n答复期限：{dueOn}（剩余 {remaining} 个工作日）\n\n请及时作出答复：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nThe application below {state}.\n\nCase number: {caseNo}\nStatus: {status}\nReceived: {receivedOn}\nReply due: {dueOn} ({remaining} working days left)\n\nPlease reply:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
  // The public forms (applications/applicationInput.ts, feedbackInput.ts).
  applicationFieldRequired: {
    zh: '请填写{field}。',
    en: 'Enter {field}.',
  },
  applicationChoiceRequired: {
    zh: '请选择{field}。',
    en: 'Choose {field}.',
  },
  applicationFieldTooLong: {
    zh: '{field}最多 {max} 字（现为 {length} 字），请精简后再提交。',
    en: 'At most {max} characters for {field} (this has {length}); shorten it.',
  },
  residentIdInvalid: {
    zh: '居民身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X），且校验位正确；请核对后重新填写。',
    en: 'A resident identity card number has 18 characters (17 digits, then a digit or X) with a valid check character; check it and enter it again.',
  },
  idNumberInvalid: {
    zh: '证件号码只能包含字母、数字和连字符，长度 5–30 位；请核对后重新填写。',
    en: 'A document number has 5–30 letters, digits or hyphens; check it and enter it again.',
  },
  contactRequired: {
    zh: '请至少填写一种联系方式（电子邮箱、电话或通信地址），以便学校答复您。',
    en: 'Give at least one way to reach you (e-mail, phone or postal address) so that the institution can reply.',
  },
  emailInvalid: {
    zh: '电子邮箱「{value}」格式不正确，请填写形如 name@example.com 的地址。',
    en: 'The e-mail address "{value}" is malformed; enter an address like name@example.com.',
  },
  phoneInvalid: {
    zh: '电话号码「{value}」格式不正确：请填写 11 位手机号码（如 13800138000），或带区号的固定电话（如 0771-1234567）。',
    en: 'The phone number "{value}" is malformed: enter an 11-digit mobile number (e.g. 13800138000) or a landline with its area code (e.g. 0771-1234567).',
  },
  deliveryEmailNeedsEmail: {
    zh: '选择通过电子邮件获取信息时，请填写电子邮箱。',
    en: 'To receive the information by e-mail, enter your e-mail address.',
  },
  deliveryPostNeedsAddress: {
    zh: '选择邮寄获取信息时，请填写通信地址。',
    en: 'To receive the information by post, enter your postal address.',
  },
  paperCannotBeEmailed: {
    zh: '纸质文本不能通过电子邮件送达：请选择邮寄或自行领取，或将获取信息的形式改为电子文本。',
    en: 'Paper cannot be sent by e-mail: choose post or collection, or ask for the information in electronic form.',
  },
  feedbackRecordRequired: {
    zh: '纠错须指明所涉及的公开信息：请填写该条信息的编号或网址。',
    en: 'A correction request must name the published record it concerns: enter its number or address.',
  },
  feedbackRecordInvalid: {
    zh: '「{value}」不是有效的信息编号或网址：请填写条目编号（如 123），或以 http://、https:// 或 / 开头的网址。',
    en: '"{value}" is not a record number or address: enter the record’s number (e.g. 123) or an address starting with http://, https:// or /.',
  },
  receiptCodeMalformed: {
    zh: '回执编号「{value}」格式不正确，应形如 YSQ-2026-ABCD-EFGH（不区分大小写，短横线可省略）；请核对回执后重新输入。',
    en: 'The receipt code "{value}" is malformed: it looks like YSQ-2026-ABCD-EFGH (any case, dashes optional); check your receipt and enter it again.',
  },
  queryCodeMalformed: {
    zh: '查询码格式不正确，应为 16 位字母和数字（不区分大小写，短横线可省略）；请核对回执上的查询码后重新输入。',
    en: 'The query code is malformed: it has 16 letters and digits (any case, dashes optional); check the code on your receipt and enter it again.',
  },
  // The public intake (apps/cms/src/applications, the gateway's submit mutations).
  submissionRefused: {
    zh: '提交的内容有 {count} 处需要修改，请按各项提示修改后重新提交。',
    en: 'Please fix what is marked ({count}) and submit again.',
  },
  submissionKeyInvalid: {
    zh: '提交标识（submissionKey）应为 22–128 位字母、数字、短横线或下划线（例如浏览器生成的 UUID）；请刷新页面后重新提交。',
    en: 'The submission key must have 22–128 letters, digits, hyphens or underscores (e.g. a UUID made by the browser); reload the page and submit again.',
  },
  submissionProofMissing: {
    zh: '缺少防刷验证（工作量证明）：请等页面完成验证后再提交；如浏览器禁用了 JavaScript，请启用后重试。',
    en: 'The anti-spam check (proof of work) is missing: wait until the page has completed it, then submit; if JavaScript is off, turn it on and try again.',
  },
  submissionProofInvalid: {
    zh: '防刷验证（工作量证明）无效：请刷新页面重新验证后再提交。',
    en: 'The anti-spam check (proof of work) is not valid: reload the page to redo it, then submit.',
  },
  submissionProofExpired: {
    zh: '防刷验证已过期（有效期 {minutes} 分钟）：请重新验证后再提交。',
    en: 'The anti-spam check has expired (it is valid for {minutes} minutes): redo it, then submit.',
  },
  submissionProofSpent: {
    zh: '该防刷验证已用于另一次提交，每次提交都需重新验证：请重新验证后再提交。',
    en: 'This anti-spam check was already used for another submission; each submission needs its own: redo it, then submit.',
  },
  submissionRateLimited: {
    zh: '提交或查询过于频繁（每分钟最多 {limit} 次），请 {seconds} 秒后再试。',
    en: 'Too many submissions or lookups (at most {limit} a minute); try again in {seconds} s.',
  },
  feedbackRecordNotPublic: {
    zh: '没有编号为「{value}」的公开信息：请核对后填写本网站上公开条目的编号或网址。',
    en: 'No published record has the number "{value}": check it, and enter the number or address of a record published on this site.',
  },
  feedbackRecordNotOnSite: {
    zh: '「{value}」不是本网站的网址：请填写本网站上所涉公开信息的网址或编号。',
    en: '"{value}" is not an address on this site: enter the address or number of the published record on this site.',
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
