/**
 * The 22 numbered measures (措施) of 二、推进举措, in their six groups, and the nine
 * organisational guarantees (三、组织保障) of the guideline.
 *
 * Source: shared/seed/000_94590057c0bf6b8b.txt (the document, 2018-07-18). Titles and texts
 * were extracted from it by a throwaway script and are exact, punctuation included (the
 * source uses ASCII parentheses and colons). A measure's `text` omits its trailing
 * "(牵头单位:…)" / "(责任单位:…)", which is carried by `leadDepartmentIds` /
 * `responsibleDepartmentIds` instead (ids of departments.ts). A guarantee's `text` is what
 * follows its title. English titles are this project's renderings, not official ones.
 */

export interface MeasureGroupRecord {
  /** Stable English id. */
  id: string;
  /** 1..6, the (一)…(六) of 二、推进举措. */
  ordinal: number;
  title: string;
  titleEn: string;
}

export interface MeasureRecord {
  /** 1..22 as numbered in the document. */
  number: number;
  groupId: string;
  /** Full Chinese text, without the trailing (牵头单位:…)/(责任单位:…). */
  text: string;
  /** Units named as 牵头单位; empty when the measure names 责任单位 instead. */
  leadDepartmentIds: string[];
  /** Units named as 责任单位; empty when the measure names 牵头单位 instead. */
  responsibleDepartmentIds: string[];
}

export interface GuaranteeRecord {
  /** 1..9, the (一)…(九) of 三、组织保障. */
  number: number;
  title: string;
  titleEn: string;
  /** Full Chinese text after the title. */
  text: string;
}

export const measureGroups: MeasureGroupRecord[] = [
  { id: 'fiscal-investment', ordinal: 1, title: '加大财政投入', titleEn: 'Increase fiscal investment' },
  { id: 'project-support', ordinal: 2, title: '加大项目支持力度', titleEn: 'Strengthen project support' },
  {
    id: 'industry-support',
    ordinal: 3,
    title: '加大产业扶贫支持力度',
    titleEn: 'Strengthen support for poverty alleviation through industry',
  },
  { id: 'infrastructure', ordinal: 4, title: '加大基础设施建设', titleEn: 'Step up infrastructure construction' },
  {
    id: 'public-services',
    ordinal: 5,
    title: '提升非贫困县公共服务水平',
    titleEn: 'Raise the level of public services in non-poverty counties',
  },
  {
    id: 'financial-support',
    ordinal: 6,
    title: '加大金融扶贫支持力度',
    titleEn: 'Strengthen financial support for poverty alleviation',
  },
];

export const measures: MeasureRecord[] = [
  {
    number: 1,
    groupId: 'fiscal-investment',
    text: '督促和落实非贫困县按当年地方财政收入增量的15%增列专项扶贫预算,当年清理回收可统筹使用的存量资金中50%以上用于精准扶贫。',
    leadDepartmentIds: ['finance'],
    responsibleDepartmentIds: [],
  },
  {
    number: 2,
    groupId: 'fiscal-investment',
    text: '对人均财政预算支出低于全省平均水平的种粮大县、人口大县,加大财政转移支付安排力度,支持解决插花贫困问题。',
    leadDepartmentIds: ['finance'],
    responsibleDepartmentIds: [],
  },
  {
    number: 3,
    groupId: 'fiscal-investment',
    text: '按照《省人民政府办公厅关于有序推进全省光伏扶贫工作的指导意见》(鄂政办发〔2017〕85号)相关规定,对列入《湖北省光伏扶贫规划(2017-2019年)》的非贫困县光伏扶贫项目实行差异化奖补政策。',
    leadDepartmentIds: ['finance'],
    responsibleDepartmentIds: [],
  },
  {
    number: 4,
    groupId: 'fiscal-investment',
    text: '在分配中央和省级财政专项扶贫资金时,加大贫困人口权重,支持非贫困县脱贫攻坚。',
    leadDepartmentIds: ['finance'],
    responsibleDepartmentIds: [],
  },
  {
    number: 5,
    groupId: 'project-support',
    text: '省发改委在“十三五”规划中期评估、调整修编时,将非贫困县符合条件的扶贫项目优先纳入专项规划。在更新全省重大项目库时,将非贫困县重点扶贫项目纳入项目库管理。在安排省预算内固定资产投资计划时向非贫困县倾斜,同时积极争取国家扶持。',
    leadDepartmentIds: ['development-reform'],
    responsibleDepartmentIds: [],
  },
  {
    number: 6,
    groupId: 'project-support',
    text: '结合乡村振兴战略,积极支持非贫困县乡村道路、村庄治理、农村饮水安全巩固提升、小流域生态修复及环境综合治理、小流域农业面源污染治理、水系连通工程、石漠化综合治理、垃圾收集压缩转运站、特色农业、林果基地、旅游景区、村级光伏电站等项目建设。',
    leadDepartmentIds: [],
    responsibleDepartmentIds: [
      'development-reform',
      'environment',
      'housing',
      'transport',
      'water',
      'agriculture',
      'forestry',
      'tourism',
    ],
  },
  {
    number: 7,
    groupId: 'industry-support',
    text: '深入实施非贫困县特色产业提升工程,着力破解村集体经济薄弱难题。建立以驻村工作队和新型市场主体为主的贫困户产业发展指导员制度,鼓励非贫困县通过政府购买服务向贫困户提供便利高效的农业社会化服务。支持创办一二三产业融合发展扶贫产业园,多渠道拓宽农产品营销渠道。完善新型农业经营主体与贫困户利益联结机制,把带领贫困户脱贫作为重点评价指标,指导基层建立产业扶贫奖补政策,切实激发市场主体参与精准脱贫的积极性、主动性。比照贫困县做法,将产业扶贫纳入非贫困县扶贫成效考核和党政正职离任审计。',
    leadDepartmentIds: ['poverty-office', 'agriculture'],
    responsibleDepartmentIds: [],
  },
  {
    number: 8,
    groupId: 'industry-support',
    text: '结合非贫困县资源禀赋,协调有关企业大力发展扶贫车间和特色农产品加工,引导贫困户就近就业增收脱贫。根据需要,鼓励企业到非贫困县开展特色产品采购。',
    leadDepartmentIds: [],
    responsibleDepartmentIds: ['economy-it', 'sasac'],
  },
  {
    number: 9,
    groupId: 'industry-support',
    text: '对提出申请且符合政策的非贫困县足额满足退耕还林还草需求。积极争取国家政策支持,逐步将天然林保护区范围以外的非贫困县天然林纳入保护范围。',
    leadDepartmentIds: ['forestry'],
    responsibleDepartmentIds: [],
  },
  {
    number: 10,
    groupId: 'industry-support',
    text: '支持非贫困县发展乡村旅游,培育特色乡村旅游产品,开展旅游名镇、旅游名村、旅游名街和星级农家乐等创建活动,开展旅游宣传。',
    leadDepartmentIds: ['tourism'],
    responsibleDepartmentIds: [],
  },
  {
    number: 11,
    groupId: 'infrastructure',
    text: '对非贫困县乡镇和行政村规模以上自然村通畅工程“十三五”规划项目提前一年安排完毕,确保2019年分解落实到位。2019年、2020年,每年对非贫困县有扶贫任务的乡镇实施不少于10公里、贫困村不少于1公里提档升级工程。尽快实现非贫困县有扶贫任务的乡镇通二级公路,规模以上自然村通硬化路。完善非贫困县旅游公路建设,加快推进4A级以上景区通二级及以上公路建设。',
    leadDepartmentIds: ['transport'],
    responsibleDepartmentIds: [],
  },
  {
    number: 12,
    groupId: 'infrastructure',
    text: '加大对非贫困县农村饮水安全工作支持力度,优先下达“十三五”规划内非贫困县全部建档立卡贫困人口的饮水安全投资。对非贫困县符合国家投资政策的水利基础设施项目优先纳入专项规划,指导加快项目前期工作,优先安排投资。',
    leadDepartmentIds: ['water'],
    responsibleDepartmentIds: [],
  },
  {
    number: 13,
    groupId: 'infrastructure',
    text: '实现非贫困县电网规划全覆盖,加大非贫困县电网建设改造力度,非贫困县电网建设标准不低于全省平均水平。',
    leadDepartmentIds: ['power-grid'],
    responsibleDepartmentIds: [],
  },
  {
    number: 14,
    groupId: 'infrastructure',
    text: '非贫困县建设用地增减挂钩结余指标允许在县域范围内调剂使用;大力实施土地综合整治,改善非贫困县农业生产条件;加大非贫困县地勘资金投入,推进绿色开发收益共享;对非贫困县全国第三次土地调查和确权工作,给予经费支持和业务指导。',
    leadDepartmentIds: ['land-resources'],
    responsibleDepartmentIds: [],
  },
  {
    number: 15,
    groupId: 'infrastructure',
    text: '对非贫困县农村危房改造指标予以重点支持,对非贫困县符合条件的建档立卡贫困户、低保户、分散供养五保户、贫困残疾人家庭等4类重点对象的危房户全部纳入补助范围,优先下达改造指标。',
    leadDepartmentIds: ['housing'],
    responsibleDepartmentIds: [],
  },
  {
    number: 16,
    groupId: 'infrastructure',
    text: '对非贫困县贫困移民到户到人补助,省里安排资金应补尽补。加大对非贫困县贫困移民培训和后续扶持力度。',
    leadDepartmentIds: ['migration'],
    responsibleDepartmentIds: [],
  },
  {
    number: 17,
    groupId: 'public-services',
    text: '结合乡村振兴战略实施,加大对非贫困县农村教育特别是乡村小规模学校和乡镇寄宿制学校建设支持力度,努力办好老百姓家门口的学校。完善家庭经济困难学生认定办法和资助资金分配办法,切实保障建档立卡等贫困家庭学生顺利完成义务教育。对开展营养餐试点的非贫困县,省里统筹中央补助进行奖补。',
    leadDepartmentIds: ['education'],
    responsibleDepartmentIds: [],
  },
  {
    number: 18,
    groupId: 'public-services',
    text: '加强非贫困县基层医疗卫生机构建设,按要求实现非贫困县乡镇卫生院和村级卫生室建设全覆盖。',
    leadDepartmentIds: ['health'],
    responsibleDepartmentIds: [],
  },
  {
    number: 19,
    groupId: 'public-services',
    text: '医疗救助补助资金向非贫困县倾斜,确保资金总数只增不减。',
    leadDepartmentIds: ['civil-affairs'],
    responsibleDepartmentIds: [],
  },
  {
    number: 20,
    groupId: 'public-services',
    text: '深入推进非贫困县文化扶贫工作,广泛开展扶贫扶志活动。加强政策引导、教育引导、典型引导,发挥村规民约作用,激发贫困群众内生动力。实施基层“四馆三场”建设工程、村级文化中心设备配置、流动图书车、流动文化车配送、农村文化志愿服务行动计划等文化惠民项目。实现非贫困县流动图书车、流动文化车配送全覆盖。',
    leadDepartmentIds: ['culture'],
    responsibleDepartmentIds: [],
  },
  {
    number: 21,
    groupId: 'financial-support',
    text: '利用再贷款、再贴现政策调整机遇,优先满足非贫困县金融机构再贷款、再贴现需求,引导金融机构加大对非贫困县的信贷投放,优化程序,缩短放贷申报时间,切实满足建档立卡贫困户的信贷需求。',
    leadDepartmentIds: ['pboc-wuhan'],
    responsibleDepartmentIds: [],
  },
  {
    number: 22,
    groupId: 'financial-support',
    text: '支持非贫困县开办特色农业保险,扩大农业保险覆盖面,力求政策性农业保险应保尽保,确保“扶贫保”政策落地落实。',
    leadDepartmentIds: ['cbirc-hubei'],
    responsibleDepartmentIds: [],
  },
];

export const guarantees: GuaranteeRecord[] = [
  {
    number: 1,
    title: '加强组织领导',
    titleEn: 'Strengthen organisational leadership',
    text: '非贫困县党委和政府要提高政治站位,切实把脱贫攻坚摆上重要议事日程。健全脱贫攻坚工作机制,非贫困县所在市市委市政府每两个月、县委县政府每一个月至少专题研究一次脱贫攻坚工作。抓紧实施五级书记遍访贫困对象行动,非贫困县所在市市委书记遍访脱贫攻坚任务重的乡镇,非贫困县县委书记遍访贫困村,非贫困县乡镇党委书记和村党组织书记遍访贫困户。非贫困县党委、政府要统筹好贫困村与非贫困村、贫困户与非贫困户的关系,防止出现“悬崖效应”。进一步加强非贫困县基层扶贫工作力量,在生活、工作上对基层扶贫干部关心关爱。',
  },
  {
    number: 2,
    title: '强化责任落实',
    titleEn: 'Enforce responsibilities',
    text: '认真落实“省负总责、市州主导、县抓落实”的工作机制。省负总责,重在把党中央大政方针转化为实施方案,加强指导和督导,促进工作落实。市州主导,重在加强对县(市、区)工作的检查督办。县抓落实,重在从当地实际出发推动脱贫攻坚各项政策措施落地生根。非贫困县各级党委和政府要把打赢脱贫攻坚战作为重大政治任务,增强政治担当、责任担当和行动自觉,层层传导压力,建立工作台账,压实脱贫责任,加大问责问效力度。认真落实非贫困县党政“一把手”履行脱贫攻坚第一责任人责任,脱贫攻坚期内,非贫困县各级党委书记要把主要精力放在抓脱贫攻坚上。',
  },
  {
    number: 3,
    title: '强化驻村帮扶',
    titleEn: 'Strengthen village-based assistance',
    text: '按照“硬抽人、抽硬人”的要求,组建最过硬的工作队开展驻村帮扶。贫困村驻村工作队要切实履行好帮扶责任,严格落实“岗位在村、工作在村、吃住在村”和“五天四夜”的要求,对不适应的驻村帮扶干部实行召回制度,坚决纠正“挂名式”“走读式”现象。',
  },
  {
    number: 4,
    title: '加大社会扶贫力度',
    titleEn: 'Step up social poverty alleviation',
    text: '深入开展“千企帮千村”精准扶贫行动,引导民营企业在非贫困县开展产业扶贫、就业扶贫,鼓励有条件的大型民营企业通过设立扶贫产业投资基金方式参与非贫困县脱贫攻坚。支持社会组织参与非贫困县脱贫攻坚,加快建立社会组织帮扶项目与非贫困县需求信息对接机制,确保非贫困县贫困人口发展需求与社会帮扶有效对接。鼓励引导社会各界使用非贫困县产品和服务,推动非贫困县和贫困户融入大市场。',
  },
  {
    number: 5,
    title: '强化考核评估',
    titleEn: 'Strengthen assessment and evaluation',
    text: '充分发挥考核指挥棒作用,将非贫困县脱贫攻坚情况纳入地方党政领导干部考核重要内容,实现对所有有扶贫任务的97个县(市、区)考核全覆盖。改进省市两级对县及县以下扶贫工作考核,采取省直部门平时掌握的工作情况和年度考核相结合、市州交叉考核和第三方评估相结合、定量评估与定性分析相结合的方法,对各市、州、县扶贫工作成效进行综合考核评估。原则上每年对县的考核不超过2次,未经省里批准,市级以下不得开展第三方评估。',
  },
  {
    number: 6,
    title: '转变攻坚作风',
    titleEn: 'Change the work style',
    text: '严格落实《省扶贫攻坚领导小组关于印发〈脱贫攻坚作风建设“十不准”规定〉的通知》(鄂扶组文﹝2018﹞2号)要求,减轻基层工作负担,减少村级填表报数,精简会议文件,坚决纠正脱贫攻坚中的形式主义、官僚主义、弄虚作假、急躁和厌战情绪以及消极腐败现象。',
  },
  {
    number: 7,
    title: '建强基层组织',
    titleEn: 'Build strong grassroots organisations',
    text: '深入推进抓党建促脱贫攻坚,全面强化农村基层党组织领导核心地位,将抓党建促脱贫攻坚情况作为非贫困县县乡党委书记抓基层党建工作述职评议考核的重点内容。选优配强非贫困县贫困村“两委”班子尤其是党组织书记,深化村主职干部专职化管理,每年对村党组织书记集中轮训一次,切实提升政治觉悟和履职能力。加大整顿软弱涣散贫困村党组织力度,采取领导挂点、部门帮扶、干部驻村、选派第一书记等措施,抓好精准整顿,实行销号管理。加大从非贫困县优秀村干部、大学生村官中招录乡镇公务员和事业单位人员的力度,适当降低门槛。支持党员创办领办脱贫致富项目,完善贫困村党员结对帮扶机制,为非贫困县的每个贫困村培养1至2名创业致富带头人。',
  },
  {
    number: 8,
    title: '培养过硬干部队伍',
    titleEn: 'Train a capable cadre force',
    text: '落实分级培训责任,确保基层主要负责同志和扶贫系统干部轮训一遍。对县级以上领导干部,重点是通过培训提高思想认识,引导树立正确政绩观,掌握精准脱贫方法论,提升研究攻坚问题、解决攻坚难题能力。对基层干部,重点是通过采取案例教学、现场教学等实战培训方法,提高实战能力,增强精准扶贫工作本领。着力打造一支“懂扶贫、会帮扶、作风硬”的扶贫干部队伍。',
  },
  {
    number: 9,
    title: '加大监督执纪问责',
    titleEn: 'Intensify supervision, discipline and accountability',
    text: '深入开展扶贫领域监督执纪问责工作,对于履行职责中出现的问题,在严格落实“三个区分开来”的前提下,在容错、纠错的同时,确属失职渎职的,依法依规办理。对扶贫领域出现贪污、截留、挤占、挪用扶贫资金的,绝不姑息。对发生违规违纪问题,将开展主体责任和监督责任“双查”,并追责问责。',
  },
];
