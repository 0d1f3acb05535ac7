/** Interface text of the published annual report's page (section titles and table labels come from the gateway in both languages). */
export const annualReportZh = {
  notPublished: '{year} 学年的年度报告尚未发布。以下为根据已公开信息实时统计的部分数字，仅供参考；学校发布报告后，本页将显示正式报告。',
  published: '发布于 {date}',
  version: '第 {version} 版',
  corrected: '本报告于 {date} 更正：{note}',
  downloads: '下载报告',
  download: { pdf: 'PDF 版', docx: 'Word 版（DOCX）', csv: '统计数据（CSV）', json: '完整数据（JSON）' },
  versions: '历史版本',
  versionLine: '第 {version} 版，发布于 {date}',
  currentVersion: '（现行版本）',
  supersededVersion: '（已被更正）',
  none: '无。',
  note: '注：',
  publishedReports: '已发布的年度报告',
  unpublishedYears: '尚未发布报告的学年（实时统计）',
  correctedMark: '（已更正）',
  governmentTitle: '{institution}{year}年信息公开工作年度报告',
};
export type AnnualReportMessages = typeof annualReportZh;
