import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { reportedChannelCounts } from '../../demo/institution';
import { publishReport } from '../lib/publishReport';

/**
 * The demo institution's 2021–2022 annual report in the Ministry's format, written for the demo
 * (illustrative text, not taken from any real report). Its figures are not written here: the CMS
 * computes them from the demo records (1333 on the portal, 400 on WeChat, 2442 by work e-mail; no
 * applications, fees, complaints or lawsuits in that year), as for any report.
 */
export const demoReportNarratives: Record<string, readonly string[]> = {
  overview: [
    '2021—2022学年，学校以《高等学校信息公开办法》和《高等学校信息公开事项清单》为依据，坚持“以公开为常态、不公开为例外”，把信息公开作为依法治校和接受社会监督的日常工作。',
    '学校信息公开工作由校长办公室牵头，设信息公开办公室负责日常协调；各职能部门和二级学院明确一名信息公开联络员，按《清单》所列事项分工负责本部门信息的发布。纪检监察室和工会（教代会）对信息公开工作进行监督。',
    '本学年学校启用信息公开管理平台：各部门起草的信息经保密审查后发布，平台按工作日历提示临期和逾期事项，《清单》50项的公开情况可随时查看。学校组织信息公开联络员培训两次，并将信息公开情况纳入部门年度考核。',
  ],
  proactive: [
    '学校通过门户网站信息公开专栏、微信公众号和工作邮箱等渠道主动公开信息，各渠道公开数量见下表。招生、财务、学生资助、就业质量等社会关注度较高的信息，按《清单》要求及时在专栏集中公开，并在微信公众号同步推送。',
  ],
  onApplication: ['本学年学校未收到信息公开申请，未收取信息处理费。'],
  appraisal: ['学校在信息公开专栏开设评议、举报、纠错渠道，本学年未收到对信息公开工作的评议。'],
  complaints: ['本学年学校未因信息公开工作受到举报，未发生因信息公开引起的行政复议和行政诉讼。'],
  lessons: [
    '主要经验：一是依托管理平台把《清单》事项落实到部门和人，形成“起草—审查—发布”的闭环；二是坚持发布前保密审查，全年未发生因公开不当引发的问题。',
    '存在问题：部分二级学院信息更新不够及时，个别事项公开内容较为简略；信息公开联络员对政策的理解还需加强。',
    '改进措施：下一学年学校将按月通报各部门临期和逾期事项，把公开时效纳入考核；继续开展联络员培训，提高公开信息的完整性和可读性；进一步做好招生、财务等重点领域信息的解读。',
  ],
  other: [],
};

/** Publishes the demo report, written by the disclosure office's reviewer and approved by the administrator. */
export const seedAnnualReport = async ({ payload, reviewerId }: { payload: Payload; reviewerId: number | string }) => {
  const admin = await payload.find({ collection: collections.users, where: { role: { equals: 'admin' } }, limit: 1, depth: 0, overrideAccess: true });
  return publishReport(payload, {
    format: 'moe',
    periodLabel: reportedChannelCounts.academicYear,
    narratives: demoReportNarratives,
    noteFor: () => '本学年该事项无新增应公开信息。',
    writerId: reviewerId,
    publisherId: admin.docs[0]!.id,
  });
};
