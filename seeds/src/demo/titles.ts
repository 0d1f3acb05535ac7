import type { Random } from '../lib/random';

/** Title patterns of the notices a college sends out, by checklist category. */
const topicsByCategory: Record<string, readonly string[]> = {
  basic: ['学校党委理论学习中心组学习', '校长办公会议', '党政联席会议', '年度工作要点', '依法治校工作', '学校章程修订', '规章制度清理', '学年工作布置会'],
  admissions: ['高职单独招生', '对口中职自主招生', '普通高考招生录取', '新生入学报到', '招生咨询会', '新生入学资格复查'],
  finance: ['财务报销管理', '部门预算编制', '政府采购项目', '国有资产清查', '学费住宿费收缴', '内部控制建设'],
  personnel: ['公开招聘工作人员', '专业技术职务评聘', '教职工年度考核', '中层干部选拔任用', '新教师岗前培训', '岗位设置管理'],
  teaching: ['期末考试安排', '课程思政建设', '职业技能等级证书试点', '教学质量监控', '毕业生就业双选会', '顶岗实习管理', '专业人才培养方案修订'],
  student_affairs: ['国家奖助学金评审', '学生资助工作', '学生违纪处分', '优秀学生干部评选', '学生宿舍安全检查', '学生心理健康教育'],
  academic_integrity: ['学风建设月活动', '学术诚信教育', '科研项目申报'],
  international: ['东盟国家交流合作', '国际学生管理'],
  other: ['疫情防控工作', '校园安全隐患排查', '防汛救灾应急', '巡视整改工作'],
};

const patterns = [
  (topic: string) => `关于做好${topic}的通知`,
  (topic: string) => `关于开展${topic}的通知`,
  (topic: string) => `学校召开${topic}专题会议`,
  (topic: string) => `关于${topic}有关事项的公告`,
  (topic: string) => `${topic}工作顺利完成`,
];

const forwardedPatterns = [
  (topic: string) => `转发自治区教育厅关于${topic}的通知`,
  (topic: string) => `关于印发《${topic}实施办法》的通知`,
  (topic: string) => `关于报送${topic}材料的通知`,
];

export const noticeTitle = ({ random, categoryCode, isForwarded }: { random: Random; categoryCode: string; isForwarded: boolean }) => {
  const topic = random.pick(topicsByCategory[categoryCode] ?? topicsByCategory.basic!);
  return random.pick(isForwarded ? forwardedPatterns : patterns)(topic);
};

export const categoryWeights: readonly (readonly [string, number])[] = [
  ['basic', 30],
  ['admissions', 10],
  ['finance', 8],
  ['personnel', 12],
  ['teaching', 16],
  ['student_affairs', 14],
  ['academic_integrity', 3],
  ['international', 2],
  ['other', 5],
];

export const pickWeighted = (random: Random, weights: readonly (readonly [string, number])[]) => {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1]![0];
};
