import { chinaNoon, type AppraisalRating, type FeedbackKind, type FeedbackStatus } from '@xxgk/domain';
import { pickWeighted } from '../demo/titles';
import type { RefId } from '../lib/bulkInsert';
import type { Random } from '../lib/random';
import type { BulkFeedback } from './caseRows';
import { randomDate } from './syntheticCase';

const kindWeights = [['appraisal', 40], ['complaint', 25], ['correction', 35]] as const;
const ratingWeights = [['satisfied', 60], ['fairlySatisfied', 25], ['dissatisfied', 10], ['none', 5]] as const;
const contents: Record<FeedbackKind, readonly string[]> = {
  appraisal: ['信息公开专栏内容更新及时，查找方便。', '希望增加招生信息的历年数据对比。', '部分附件无法在手机上打开。'],
  complaint: ['反映某部门应公开的收费信息长期未公开。', '反映学校未按期公布奖助学金评审结果。'],
  correction: ['该条目中的联系电话有误。', '该通知的发布日期与正文落款不一致。', '附件与标题不符。'],
};
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * One synthetic appraisal, complaint or correction request: received on a random day, handled
 * by the office within a few weeks (older ones replied or closed, recent ones still open), a
 * correction naming a public record, names only sometimes given and obviously made up.
 */
export const syntheticFeedback = ({
  random,
  from,
  today,
  serial,
  handlerId,
  publicRecordIds,
}: {
  random: Random;
  from: string;
  today: string;
  serial: number;
  handlerId: RefId;
  publicRecordIds: RefId[];
}): BulkFeedback => {
  const kind = pickWeighted(random, kindWeights) as FeedbackKind;
  const receivedOn = randomDate(random, from, today);
  const repliedOn = plusDays(receivedOn, random.int(2, 25));
  const answered = repliedOn <= today;
  const status: FeedbackStatus = answered ? (random.chance(0.7) ? 'closed' : 'replied') : random.chance(0.5) ? 'handling' : 'received';
  const rating = kind === 'appraisal' ? (pickWeighted(random, ratingWeights) as AppraisalRating | 'none') : 'none';
  const named = kind !== 'complaint' || random.chance(0.5);
  const record = kind === 'correction' && publicRecordIds.length > 0 ? random.pick(publicRecordIds) : null;
  return {
    kind,
    status,
    content: `${random.pick(contents[kind])}（合成数据）`,
    rating: rating === 'none' ? null : rating,
    recordId: record,
    recordUrl: null,
    name: named ? `反馈人${serial}（合成数据）` : null,
    contact: named ? `feedback-${serial}@example.com` : null,
    handlerId: status === 'received' ? null : handlerId,
    reply: answered ? '已核实处理并答复。（合成数据）' : null,
    repliedAt: answered ? new Date(chinaNoon(repliedOn).getTime() + random.int(-3, 4) * 3_600_000) : null,
    // Submitted at any hour, so that a date cut in the wrong time zone shows.
    receivedAt: new Date(Date.parse(`${receivedOn}T00:00:00+08:00`) + random.int(0, 24 * 60 - 1) * 60_000),
  };
};
