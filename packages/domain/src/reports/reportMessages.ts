/**
 * Messages of the annual report (年度报告), merged into the domain's `messages`. Each says what
 * is missing or wrong and what to do about it.
 */
export const reportMessages = {
  reportFormatUnknown: {
    zh: '「{format}」不是可选的报告格式，请选择：moe（教育部格式，学年）或 government（政务公开格式，自然年）。',
    en: '"{format}" is not a report format; choose moe (Ministry format, academic year) or government (government format, calendar year).',
  },
  reportPeriodMalformed: {
    zh: '「{label}」不是有效的报告期间：教育部格式请写学年，如 2021-2022；政务公开格式请写年份，如 2022。',
    en: '"{label}" is not a report period: write an academic year such as 2021-2022 for the Ministry format, a year such as 2022 for the government format.',
  },
  reportPeriodMismatch: {
    zh: '「{label}」与所选格式不符：{format}的报告期间应为{expected}。',
    en: '"{label}" does not fit the chosen format: {format} covers {expected}.',
  },
  reportSectionEmpty: {
    zh: '「{section}」尚未填写，发布前请补充该部分内容。',
    en: '"{section}" is empty; write it before publishing.',
  },
  reportItemUncovered: {
    zh: '清单事项 {code}「{item}」在本期间没有公开记录：请发布相关信息，或在第八部分填写未公开的说明。',
    en: 'Checklist item {code} ("{item}") has no published record in this period: publish one, or explain why in section 8.',
  },
  reportFiguresChanged: {
    zh: '自上次预览以来统计数据已变化（{changes}），请重新预览并核对后再发布。',
    en: 'The figures have changed since the last preview ({changes}); preview and check them again before publishing.',
  },
  reportNotPreviewed: {
    zh: '报告尚未预览，请先预览并核对统计数据后再发布。',
    en: 'The report has not been previewed; preview it and check the figures before publishing.',
  },
  reportPeriodRunning: {
    zh: '报告期间尚未结束（截至 {to}），期间结束后才能发布。',
    en: 'The period has not ended yet (it runs to {to}); the report can be published once it has.',
  },
  reportDueSoon: {
    zh: '本报告应于 {dueOn} 前发布，还剩 {days} 天。',
    en: 'This report is due by {dueOn}: {days} days left.',
  },
  reportOverdue: {
    zh: '本报告应于 {dueOn} 前发布，已逾期 {days} 天。',
    en: 'This report was due by {dueOn}: {days} days overdue.',
  },
  reportEnteredKeyUnknown: {
    zh: '「{key}」不是报告中可填报的数字，请从报告的表格中选择要填报的行。',
    en: '"{key}" is not a figure a report can take; choose the row to enter from the report’s tables.',
  },
  reportEnteredNotCount: {
    zh: '填报的数字应为 0 或正整数（现为「{value}」）。',
    en: 'An entered figure is a whole number, 0 or more (this one is "{value}").',
  },
  reportActionNotNow: {
    zh: '报告当前状态为「{status}」，不能执行「{action}」。',
    en: 'The report is "{status}"; "{action}" is not possible now.',
  },
  reportActionNotAllowed: {
    zh: '您的角色不能执行「{action}」：年度报告由信息公开办公室撰写，由管理员审定发布。',
    en: 'Your role cannot "{action}": the disclosure office writes annual reports and administrators approve them.',
  },
  reportCommentRequired: {
    zh: '「{action}」需要填写说明（例如更正的内容和原因）。',
    en: '"{action}" needs a comment (for example, what is corrected and why).',
  },
  reportPublisherIsSubmitter: {
    zh: '您提交了这份报告，应由另一位管理员审定发布（只有一位管理员时除外）。',
    en: 'You submitted this report; another administrator approves and publishes it (unless you are the only one).',
  },
  reportPeriodEmpty: {
    zh: '{from} 至 {to} 期间没有任何公开记录、申请、反馈或填报数字：报告将全部为 0。如有平台外的数字，请在“填报数字”中填写。',
    en: 'There are no public records, applications, feedback or entered figures from {from} to {to}: every figure of the report is 0. Enter figures held outside the platform under "Entered figures".',
  },
  reportPeriodTaken: {
    zh: '{label} 的{format}报告已存在（第 {version} 版），请打开该报告继续编辑；已发布的报告请使用「发布更正版本」。',
    en: 'A {format} report for {label} exists already (version {version}); open it, or use "Start a correction" on a published one.',
  },
  reportNotEditable: {
    zh: '报告当前状态为「{status}」，内容不能修改：待审定的报告请先退回修改，已发布的报告请发布更正版本。',
    en: 'The report is "{status}" and cannot be edited: return it for changes first, or start a correction of a published one.',
  },
  reportEnteredKeyDuplicate: {
    zh: '「{key}」已在第 {row} 行填报，每个数字只能填报一次。',
    en: '"{key}" is already entered on row {row}; enter each figure once.',
  },
  reportItemNoteDuplicate: {
    zh: '清单事项 {code} 已有说明（第 {row} 行），请合并为一条。',
    en: 'Checklist item {code} already has an explanation (row {row}); keep one.',
  },
  reportCorrectionPending: {
    zh: '本报告已有尚未发布的更正版本（第 {version} 版），请继续编辑该版本。',
    en: 'A correction of this report is already being written (version {version}); continue with it.',
  },
  reportPreviewNotNow: {
    zh: '报告当前状态为「{status}」，不能预览：已发布报告的数据已固定。',
    en: 'The report is "{status}" and cannot be previewed: a published report’s figures are fixed.',
  },
  reportsOfficeOnly: {
    zh: '年度报告由信息公开办公室（审核员、管理员）撰写和发布。',
    en: 'Annual reports are written and published by the disclosure office (reviewers and administrators).',
  },
  reportActionUnknown: {
    zh: '「{action}」不是年度报告的操作。',
    en: '"{action}" is not an action of an annual report.',
  },
  reportChangedMeanwhile: {
    zh: '报告刚被他人修改（当前状态「{status}」），请刷新页面后再操作。',
    en: 'Someone changed the report meanwhile (it is now "{status}"); reload the page and try again.',
  },
  reportStoredInvalid: {
    zh: '报告的格式或期间无效，无法计算数据。',
    en: 'The report’s format or period is invalid; its figures cannot be computed.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
