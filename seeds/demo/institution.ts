/**
 * The demo institution: 广西工程职业学院, whose 2022 annual report (shared/reference) is our
 * first customer document. Contact details are placeholders, marked as demo data.
 */
export const institution = {
  name: '广西工程职业学院',
  nameEn: 'Guangxi Engineering Vocational College',
  // Illustrative 10-digit institution code (学校标识码) for the demo; set the real one in site settings.
  code: '4145013911',
};

export const guide = {
  office: '校长办公室（信息公开办公室）',
  address: '学校行政楼 2 楼（演示数据）',
  postcode: '530000',
  hours: '工作日 8:00–12:00，14:30–17:30（法定节假日除外）',
  phone: '0771-0000000（演示数据）',
  email: 'xxgk@demo.edu.cn',
  introduction: [
    '为保障公民、法人和其他组织依法获取学校信息，根据《高等学校信息公开办法》（教育部令第29号）和《高等学校信息公开事项清单》，编制本指南。',
    '学校信息公开工作由校长办公室牵头协调，纪检监察室和工会（教代会）监督，各责任部门负责本部门信息的公开。主动公开的信息在形成或变更之日起 20 个工作日内通过学校门户网站信息公开专栏等渠道公开。',
    '公民、法人和其他组织可通过信息公开专栏在线提交、信函或电子邮件方式申请获取未主动公开的信息，学校在收到申请之日起 15 个工作日内答复。',
  ],
};

type DepartmentSeed = { code: string; name: string; nameEn: string; kind: 'office' | 'college'; parent?: string };

export const departments: DepartmentSeed[] = [
  { code: 'president-office', name: '校长办公室', nameEn: "President's Office", kind: 'office' },
  { code: 'discipline', name: '纪检监察室', nameEn: 'Discipline Inspection Office', kind: 'office' },
  { code: 'union', name: '工会', nameEn: 'Trade Union', kind: 'office' },
  { code: 'personnel', name: '组织人事处', nameEn: 'Organisation and Personnel Office', kind: 'office' },
  { code: 'academic-affairs', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'office' },
  { code: 'admissions', name: '招生就业处', nameEn: 'Admissions and Employment Office', kind: 'office' },
  { code: 'finance', name: '财务处', nameEn: 'Finance Office', kind: 'office' },
  { code: 'assets', name: '国有资产管理处', nameEn: 'State Assets Office', kind: 'office' },
  { code: 'student-affairs', name: '学生工作处', nameEn: 'Student Affairs Office', kind: 'office' },
  { code: 'research', name: '科研处', nameEn: 'Research Office', kind: 'office' },
  { code: 'international', name: '国际交流与合作处', nameEn: 'International Office', kind: 'office' },
  { code: 'publicity', name: '党委宣传部', nameEn: 'Publicity Department', kind: 'office' },
  { code: 'logistics', name: '后勤管理处', nameEn: 'Logistics Office', kind: 'office' },
  { code: 'security', name: '保卫处', nameEn: 'Security Office', kind: 'office' },
  { code: 'college-civil', name: '建筑工程学院', nameEn: 'College of Civil Engineering', kind: 'college' },
  { code: 'college-mech', name: '机电工程学院', nameEn: 'College of Mechanical and Electrical Engineering', kind: 'college' },
  { code: 'college-info', name: '信息工程学院', nameEn: 'College of Information Engineering', kind: 'college' },
  { code: 'college-econ', name: '经济管理学院', nameEn: 'College of Economics and Management', kind: 'college' },
  // A second level, as colleges have their own offices.
  { code: 'college-info-office', name: '信息工程学院办公室', nameEn: 'Office of the College of Information Engineering', kind: 'office', parent: 'college-info' },
];

/** Working-day calendars from the State Council's holiday notices for 2021 and 2022. */
export const calendar = [
  {
    year: 2021,
    holidays: [
      { name: '元旦', start: '2021-01-01', end: '2021-01-03' },
      { name: '春节', start: '2021-02-11', end: '2021-02-17' },
      { name: '清明节', start: '2021-04-03', end: '2021-04-05' },
      { name: '劳动节', start: '2021-05-01', end: '2021-05-05' },
      { name: '端午节', start: '2021-06-12', end: '2021-06-14' },
      { name: '中秋节', start: '2021-09-19', end: '2021-09-21' },
      { name: '国庆节', start: '2021-10-01', end: '2021-10-07' },
    ],
    makeupWorkdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'].map((date) => ({ date })),
  },
  {
    year: 2022,
    holidays: [
      { name: '元旦', start: '2022-01-01', end: '2022-01-03' },
      { name: '春节', start: '2022-01-31', end: '2022-02-06' },
      { name: '清明节', start: '2022-04-03', end: '2022-04-05' },
      { name: '劳动节', start: '2022-04-30', end: '2022-05-04' },
      { name: '端午节', start: '2022-06-03', end: '2022-06-05' },
      { name: '中秋节', start: '2022-09-10', end: '2022-09-12' },
      { name: '国庆节', start: '2022-10-01', end: '2022-10-07' },
    ],
    makeupWorkdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'].map((date) => ({ date })),
  },
];

/** The channel counts the 2022 report states for 2021-09-01 … 2022-08-31 (section 二(一)). */
export const reportedChannelCounts = { academicYear: '2021-2022', portal: 1333, wechat: 400, email: 2442 } as const;

/** Graduate-level checklist items that do not apply to a higher-vocational college: their hand-written record says so, and no notices are generated for them. */
export const notApplicableItemCodes = ['2.5', '2.6', '2.7', '2.8', '8.1', '8.2', '8.3', '8.4'];
