import { collections, globals } from '@xxgk/domain';
import type { GlobalConfig, Validate } from 'payload';
import { anyone } from '../access/anyone';
import { isAdmin } from '../access/isAdmin';
import { t } from '../i18n/messages';
import { label } from '../i18n/label';
import { checkCalendar } from './checkCalendar';
import { replyLetterTemplatesField } from './replyLetterTemplates';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar dates are plain YYYY-MM-DD strings: they name a day in China, not an instant. */
const validateCalendarDate: Validate = (value, { req }) =>
  typeof value === 'string' && datePattern.test(value) && !Number.isNaN(Date.parse(value))
    ? true
    : t(req, 'dateMalformed', { value: String(value ?? '') });

const calendarDate = (name: string, zh: string, en: string) =>
  ({ name, type: 'text', required: true, label: label(zh, en), validate: validateCalendarDate, admin: { placeholder: 'YYYY-MM-DD' } }) as const;

/**
 * Institution, disclosure guide (信息公开指南) and the working-day calendar (工作日历). The
 * calendar is data administrators maintain each year from the State Council's holiday notice;
 * statutory deadlines (20 working days to publish, 15 to reply) are computed from it.
 */
export const SiteSettings: GlobalConfig = {
  slug: globals.siteSettings,
  label: label('站点设置', 'Site settings'),
  admin: { group: label('系统', 'System'), hidden: ({ user }) => user?.role !== 'admin' },
  access: { read: anyone, update: isAdmin },
  versions: { max: 0 },
  hooks: { beforeChange: [checkCalendar] },
  fields: [
    {
      name: 'institution',
      type: 'group',
      label: label('学校信息', 'Institution'),
      fields: [
        { name: 'name', type: 'text', required: true, defaultValue: '示例高校', label: label('学校名称', 'Name') },
        { name: 'nameEn', type: 'text', label: label('英文名称', 'English name') },
        {
          // Shown on the admin's sign-in page and header instead of Payload's.
          name: 'logo',
          type: 'upload',
          relationTo: collections.siteAssets,
          label: label('校徽（标志）', 'Logo'),
          admin: { description: label('PNG、WebP 或 JPEG，建议正方形', 'PNG, WebP or JPEG, preferably square') },
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          defaultValue: 'XXGK',
          label: label('学校标识码', 'Institution code'),
          admin: { description: label('用于生成索引号，修改后只影响新条目', 'Used in new index numbers; existing ones keep theirs') },
          validate: (value: unknown) =>
            typeof value === 'string' && /^[0-9A-Za-z]{2,20}$/.test(value) ? true : '标识码只能包含字母和数字（2–20 位）/ Letters and digits only (2–20)',
        },
      ],
    },
    {
      name: 'guide',
      type: 'group',
      label: label('信息公开指南', 'Disclosure guide'),
      fields: [
        { name: 'office', type: 'text', label: label('信息公开工作机构', 'Disclosure office') },
        { name: 'address', type: 'text', label: label('办公地址', 'Address') },
        { name: 'postcode', type: 'text', label: label('邮政编码', 'Postcode') },
        { name: 'hours', type: 'text', label: label('办公时间', 'Office hours') },
        { name: 'phone', type: 'text', label: label('联系电话', 'Phone') },
        { name: 'email', type: 'email', label: label('电子邮箱', 'E-mail') },
        { name: 'introduction', type: 'richText', label: label('指南正文', 'Guide text') },
      ],
    },
    {
      name: 'deadlines',
      type: 'group',
      label: label('法定时限（工作日）', 'Statutory deadlines (working days)'),
      fields: [
        { name: 'publishWithin', type: 'number', required: true, defaultValue: 20, min: 1, label: label('信息形成后公开时限', 'Publish within') },
        { name: 'replyWithin', type: 'number', required: true, defaultValue: 15, min: 1, label: label('依申请答复时限', 'Reply to applications within') },
        { name: 'extension', type: 'number', required: true, defaultValue: 15, min: 0, label: label('可延长时限', 'Extension') },
      ],
    },
    {
      name: 'reminders',
      type: 'group',
      label: label('提醒（工作日）', 'Reminders (working days)'),
      fields: [
        {
          name: 'reviewWaitingDays',
          type: 'number',
          required: true,
          defaultValue: 3,
          min: 1,
          label: label('待审核超过几个工作日提醒审核员', 'Remind reviewers when a record waits longer than'),
        },
        {
          name: 'dueSoonDays',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 1,
          label: label('事项到期前几个工作日提醒部门信息员', 'Remind department editors this many days before an item is due'),
        },
      ],
    },
    {
      // Applications (依申请公开): the reply limit and the extension are in `deadlines` above.
      // The values in force are written into each case's log when an action is taken, so a change
      // here never moves the deadline of a case already running.
      name: 'applications',
      type: 'group',
      label: label('依申请公开', 'Applications'),
      fields: [
        { name: 'correctionWithin', type: 'number', required: true, defaultValue: 15, min: 1, label: label('补正期限（工作日）', 'Time to correct an application (working days)') },
        { name: 'consultationLimit', type: 'number', required: true, defaultValue: 15, min: 1, label: label('征求第三方意见期限（工作日）', 'Time a third party may take (working days)') },
        { name: 'dueSoonDays', type: 'number', required: true, defaultValue: 3, min: 0, label: label('答复期限前几个工作日列为临期', 'Due soon within (working days)') },
        { name: 'idDocumentRequired', type: 'checkbox', defaultValue: false, label: label('在线申请须填写证件信息', 'Online applications must give an identity document') },
        {
          name: 'retentionYears',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 1,
          max: 30,
          label: label('申请人个人信息保存年限（办结后）', 'Keep applicants’ personal data for (years after closing)'),
        },
      ],
    },
    // The written replies' templates (答复书模板): letterhead, per-outcome title and body, remedies, signature.
    replyLetterTemplatesField,
    {
      name: 'calendar',
      type: 'array',
      label: label('工作日历', 'Working-day calendar'),
      labels: { singular: label('年度', 'Year'), plural: label('年度', 'Years') },
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('年份', 'Year') },
        {
          name: 'holidays',
          type: 'array',
          label: label('法定节假日（放假）', 'Official holidays'),
          fields: [
            { name: 'name', type: 'text', required: true, label: label('名称', 'Name') },
            calendarDate('start', '开始日期', 'First day'),
            calendarDate('end', '结束日期', 'Last day'),
          ],
        },
        {
          name: 'makeupWorkdays',
          type: 'array',
          label: label('调休上班日', 'Make-up working days'),
          fields: [calendarDate('date', '日期', 'Date'), { name: 'note', type: 'text', label: label('说明', 'Note') }],
        },
      ],
    },
  ],
};
