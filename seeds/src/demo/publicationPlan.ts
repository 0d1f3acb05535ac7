import { academicYearRange, chinaNoon, isPublicRecord } from '@xxgk/domain';
import { reportedChannelCounts } from '../../demo/institution';
import type { DemoRecord } from './records';

/** Which channel combinations the generated publication records use, and how many of each. */
export type PublicationPlan = { channels: ('portal' | 'wechat' | 'email' | 'dingtalk')[]; count: number }[];

/**
 * Plans the generated records so that, together with the hand-written ones, the published
 * public records of 2021-2022 go out exactly 1333 times on the portal, 400 on WeChat and
 * 2442 by work e-mail, the figures of the reference report.
 */
export const planPublications = (records: readonly DemoRecord[]): PublicationPlan => {
  const { from, to } = academicYearRange(reportedChannelCounts.academicYear);
  const counted = records.filter(
    (record) =>
      isPublicRecord(record) &&
      record.publishedAt !== null &&
      chinaNoon(record.publishedAt) >= from &&
      chinaNoon(record.publishedAt) < to,
  );
  const already = (key: string) => counted.filter((record) => (record.channels as string[]).includes(key)).length;
  const portal = reportedChannelCounts.portal - already('portal');
  const wechat = reportedChannelCounts.wechat - already('wechat');
  const email = reportedChannelCounts.email - already('email');
  if (portal < 0 || wechat < 0 || email < 0) throw new Error('Hand-written demo records exceed the reported channel counts.');
  // Most WeChat posts also appear on the portal, as on the college's own site.
  const both = Math.floor(Math.min(portal, wechat) * 0.75);
  const emailWithDingTalk = Math.floor(email * 0.3);
  return [
    { channels: ['portal', 'wechat'], count: both },
    { channels: ['portal'], count: portal - both },
    { channels: ['wechat'], count: wechat - both },
    { channels: ['email', 'dingtalk'], count: emailWithDingTalk },
    { channels: ['email'], count: email - emailWithDingTalk },
  ];
};
