import { casePartyLabels, feedbackPartyLabels, roleLabels, type EventParty, type FeedbackEventParty, type Language } from '@xxgk/domain';

/** Words of the case view that are not the domain's labels, in both admin languages. */
export const caseText = {
  actions: { zh: '办理操作', en: 'Case actions' },
  cancel: { zh: '取消', en: 'Cancel' },
  saveFirst: { zh: '表单有未保存的修改：请先保存，再进行办理操作。', en: 'The form has unsaved changes: save them before taking an action.' },
  noteOptional: { zh: '办理说明（选填，记入办理记录）', en: 'Note (optional; kept in the case log)' },
  noteRequired: { zh: '（必填，记入办理记录）', en: ' (required; kept in the case log)' },
  decision: { zh: '办理结果', en: 'Decision' },
  chooseDecision: { zh: '请选择办理结果', en: 'Choose the decision' },
  feeCharged: { zh: '收费金额（元）', en: 'Fee charged (yuan)' },
  feeWaived: { zh: '减免金额（元）', en: 'Fee waived (yuan)' },
  feeHint: { zh: '不收费请留空或填 0', en: 'Leave empty or 0 for no fee' },
  receivedOn: { zh: '收到申请日期', en: 'Received on' },
  failed: { zh: '操作未能完成，请稍后重试。', en: 'The action could not be completed; try again.' },
  timeline: { zh: '办理记录', en: 'Case log' },
  timelineEmpty: { zh: '保存后登记收到申请，办理记录从此开始。', en: 'Saving registers the application; the log starts then.' },
  by: { zh: '办理人', en: 'By' },
  statusChange: { zh: '状态', en: 'Status' },
  note: { zh: '说明', en: 'Note' },
  decisionTaken: { zh: '办理结果', en: 'Decision' },
  fee: { zh: '收费', en: 'Fee' },
  days: { zh: '期限', en: 'Time limit' },
  workingDays: { zh: '个工作日', en: ' working days' },
  clock: { zh: '答复期限', en: 'Reply deadline' },
  receivedOnShort: { zh: '收到申请', en: 'Received' },
  dueOn: { zh: '答复期限', en: 'Reply due' },
  used: { zh: '已用', en: 'Used' },
  remaining: { zh: '剩余', en: 'Left' },
  paused: { zh: '计时暂停', en: 'Clock paused' },
  pausedCorrection: { zh: '等待申请人补正，计时暂停；补正期限至', en: 'Waiting for the applicant’s correction (clock paused); the correction window ends on' },
  pausedConsultation: { zh: '征求第三方意见，计时暂停（答复期限为暂定）', en: 'Consulting a third party (clock paused; the deadline is provisional)' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  overdueBy: { zh: '已超过答复期限', en: 'Past the reply deadline by' },
  dueSoon: { zh: '临近答复期限', en: 'Due soon' },
  extended: { zh: '已延长答复期限', en: 'Deadline extended by' },
  repliedOnTime: { zh: '已按期答复', en: 'Replied on time' },
  repliedLate: { zh: '逾期答复', en: 'Replied late' },
  stoppedWithdrawn: { zh: '申请已撤回，计时停止', en: 'Withdrawn; the clock stopped' },
} as const;

/** Words of the feedback view (评议、举报、纠错) beside those it shares with the case view. */
export const feedbackText = {
  noteOptional: { zh: '内部办理说明（选填，仅记入办理记录，不告知提交人）', en: 'Internal note (optional; kept in the log, not shown to the submitter)' },
  replyRequired: { zh: '（必填）', en: ' (required)' },
  reply: { zh: '答复内容', en: 'Reply' },
  timelineEmpty: { zh: '保存后登记收到，办理记录从此开始。', en: 'Saving registers the item; the log starts then.' },
} as const;

export const say = (entry: { zh: string; en: string }, language: Language) => entry[language];

/** Who took an action, as the log names them: the staff member's name and role, the applicant or the system. */
export const partyLabel = (party: EventParty | FeedbackEventParty, language: Language): string => {
  if (party === 'applicant' || party === 'submitter' || party === 'system') {
    const label = party === 'submitter' ? feedbackPartyLabels.submitter[language] : casePartyLabels[party][language];
    return language === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
  }
  const role = roleLabels[party.role]?.[language] ?? party.role;
  return party.name ? `${party.name}（${role}）` : role;
};
