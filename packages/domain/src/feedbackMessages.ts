/**
 * Messages of the handling of appraisals, complaints and correction requests (评议、举报、纠错:
 * applications/checkFeedbackAction.ts, the CMS's feedback actions and notifications), kept
 * beside messages.ts, which spreads them in. Simplified Chinese first; each says what to do.
 */
export const feedbackMessages = {
  feedbackActionUnknown: {
    zh: '「{action}」不是评议、举报、纠错的处理操作，请使用页面上提供的按钮。',
    en: '"{action}" is not an action on feedback; use one of the buttons offered.',
  },
  feedbackNotRegistered: {
    zh: '该件尚未登记，请先登记收到，再进行「{action}」。',
    en: 'This item is not registered yet: register it before "{action}".',
  },
  feedbackAlreadyRegistered: {
    zh: '该件已于 {date} 登记，不能重复登记；如是新的评议、举报或纠错，请另行登记。',
    en: 'This item was registered on {date} and cannot be registered twice; register a new one for new feedback.',
  },
  feedbackActionNotInStatus: {
    zh: '该件当前为「{status}」，不能进行「{action}」。当前可以进行的操作：{available}。',
    en: '"{action}" is not possible while the item is "{status}". Possible now: {available}.',
  },
  feedbackFinished: {
    zh: '该件已「{status}」，处理已经结束，不能再进行「{action}」。提交人如再次反映，请作为新的一件处理。',
    en: 'The item is "{status}": its handling is over and "{action}" is no longer possible. If the submitter writes again, handle it as a new item.',
  },
  feedbackHandlersOnly: {
    zh: '评议、举报、纠错由信息公开办公室（审核员和管理员）处理；您的账号可以查看，但不能办理。',
    en: 'Feedback is handled by the disclosure office (reviewers and administrators); your account may read it but not act on it.',
  },
  feedbackChangedMeanwhile: {
    zh: '该件刚刚已被他人处理（现为「{status}」），请刷新页面查看最新办理记录后再操作。',
    en: 'Someone else has just acted on this item (it is now "{status}"); reload the page to see the latest log, then try again.',
  },
  feedbackStoredLogInvalid: {
    zh: '该件的办理记录无法读取，请联系管理员检查数据。',
    en: 'The log of this item cannot be read; ask an administrator to check the data.',
  },
  handlerNotInOffice: {
    zh: '承办人须是信息公开办公室的成员（审核员或管理员）；「{name}」不是，请重新选择。',
    en: 'The handler must belong to the disclosure office (a reviewer or an administrator); "{name}" does not: choose someone else.',
  },
  notifyFeedbackReceivedSubject: {
    zh: '【新的{kind}】{receiptNo}',
    en: '[New {kind}] {receiptNo}',
  },
  notifyFeedbackReceivedText: {
    zh: '{name}，您好：\n\n网站收到一件新的{kind}，请及时处理。\n\n回执编号：{receiptNo}\n类型：{kind}\n收到时间：{receivedAt}\n\n处理该件：\n{link}\n\n此邮件由信息公开平台自动发送，请勿回复。全部提醒见后台“工作台 → 我的提醒”。',
    en: 'Dear {name},\n\nA new {kind} has arrived on the site; please handle it.\n\nReceipt code: {receiptNo}\nKind: {kind}\nReceived: {receivedAt}\n\nHandle it:\n{link}\n\nThis message was sent by the information disclosure platform; please do not reply. All your notifications are under Workbench → My notifications in the admin.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
