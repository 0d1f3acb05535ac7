/**
 * The channels a record went out on (公开渠道). Administrators manage the list in the CMS;
 * these keys are the ones the demo institution and its annual report use, so seeds and tests
 * can refer to them by a stable key.
 */
export const defaultChannels = [
  { key: 'portal', name: '门户网站', nameEn: 'Portal website' },
  { key: 'wechat', name: '微信公众号', nameEn: 'WeChat official account' },
  { key: 'email', name: '工作邮箱', nameEn: 'Work e-mail' },
  { key: 'dingtalk', name: '钉钉办公平台', nameEn: 'DingTalk' },
  { key: 'bulletin', name: '公告栏/电子屏', nameEn: 'Notice boards and screens' },
  { key: 'meeting', name: '会议', nameEn: 'Meetings' },
] as const;

export type DefaultChannelKey = (typeof defaultChannels)[number]['key'];

/** Channel keys are lower-case slugs so they are safe in URLs and query strings. */
export const channelKeyPattern = /^[a-z][a-z0-9-]{1,31}$/;
