/**
 * The words demo data is made of: people, places, products, and what customers and agents say,
 * per scenario, in Chinese (most cases) and English (about one case in twenty). Written for the
 * demo; none of it describes a real person, address or company.
 */
import type { FollowUpKind, Scenario } from '../../src/shared/schemas/domainTerms';

// ——— people ———

/** Common surnames with their pinyin and a rough relative frequency. */
export const surnames: readonly (readonly [han: string, pinyin: string, weight: number])[] = [
  ['王', 'wang', 7.2], ['李', 'li', 7.0], ['张', 'zhang', 6.8], ['刘', 'liu', 5.4], ['陈', 'chen', 4.6], ['杨', 'yang', 3.1],
  ['黄', 'huang', 2.4], ['赵', 'zhao', 2.3], ['吴', 'wu', 2.0], ['周', 'zhou', 1.9], ['徐', 'xu', 1.5], ['孙', 'sun', 1.5],
  ['马', 'ma', 1.4], ['朱', 'zhu', 1.3], ['胡', 'hu', 1.2], ['郭', 'guo', 1.2], ['何', 'he', 1.1], ['林', 'lin', 1.1],
  ['高', 'gao', 1.1], ['罗', 'luo', 1.0], ['郑', 'zheng', 1.0], ['梁', 'liang', 0.9], ['谢', 'xie', 0.8], ['宋', 'song', 0.8],
  ['唐', 'tang', 0.8], ['许', 'xu', 0.7], ['韩', 'han', 0.7], ['冯', 'feng', 0.7], ['邓', 'deng', 0.7], ['曹', 'cao', 0.6],
  ['彭', 'peng', 0.6], ['曾', 'zeng', 0.6], ['肖', 'xiao', 0.6], ['田', 'tian', 0.5], ['董', 'dong', 0.5], ['潘', 'pan', 0.5],
  ['袁', 'yuan', 0.5], ['蔡', 'cai', 0.5], ['蒋', 'jiang', 0.5], ['余', 'yu', 0.5], ['于', 'yu', 0.5], ['杜', 'du', 0.5],
  ['叶', 'ye', 0.4], ['程', 'cheng', 0.4], ['魏', 'wei', 0.4], ['苏', 'su', 0.4], ['吕', 'lv', 0.4], ['丁', 'ding', 0.4],
  ['任', 'ren', 0.4], ['沈', 'shen', 0.4], ['姚', 'yao', 0.3], ['卢', 'lu', 0.3], ['姜', 'jiang', 0.3], ['崔', 'cui', 0.3],
  ['钟', 'zhong', 0.3], ['谭', 'tan', 0.3], ['陆', 'lu', 0.3], ['汪', 'wang', 0.3], ['范', 'fan', 0.3], ['金', 'jin', 0.3],
  ['欧阳', 'ouyang', 0.05], ['司马', 'sima', 0.02], ['上官', 'shangguan', 0.02],
];

export const givenNamesMale: readonly string[] = [
  '伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇',
  '浩然', '子轩', '宇航', '俊杰', '志强', '建国', '建华', '国庆', '文博', '晨阳', '思远', '家豪', '一鸣', '泽宇', '天佑', '明辉', '海涛', '立新', '振华', '永强',
];

export const givenNamesFemale: readonly string[] = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '琳', '倩', '颖', '洁', '萍', '红', '慧', '莉',
  '秀英', '桂兰', '欣怡', '梓涵', '诗琪', '雨桐', '佳怡', '思彤', '晓燕', '丽华', '婉清', '语嫣', '静怡', '美玲', '海燕', '雅婷', '子涵', '梦瑶', '春梅', '玉兰',
];

/** How a Chinese name is followed when addressing the customer (stored as 'mr' / 'ms'). */
export const salutationWords = { mr: '先生', ms: '女士' } as const;

export const englishGivenMale: readonly string[] = ['James', 'David', 'Michael', 'Daniel', 'Thomas', 'Lucas', 'Oliver', 'Mark', 'Peter', 'Ryan'];
export const englishGivenFemale: readonly string[] = ['Anna', 'Emily', 'Sarah', 'Laura', 'Sophie', 'Emma', 'Julia', 'Hannah', 'Grace', 'Claire'];
export const englishSurnames: readonly string[] = ['Smith', 'Miller', 'Brown', 'Wilson', 'Taylor', 'Clarke', 'Walker', 'Martin', 'Fischer', 'Dubois', 'Rossi', 'Kim', 'Tanaka', 'Novak'];

export const emailDomains: readonly string[] = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'example.cn'];
export const englishEmailDomains: readonly string[] = ['gmail.com', 'outlook.com', 'example.com', 'mail.example.org'];

/** Customer tag sets, already as JSON (the `customers.tags` column). */
export const tagSets: readonly (readonly [json: string, weight: number])[] = [
  ['[]', 60],
  ['["VIP"]', 8],
  ['["老客户"]', 10],
  ['["VIP","老客户"]', 4],
  ['["企业客户"]', 4],
  ['["多次投诉"]', 2],
  ['["以旧换新"]', 3],
  ['["会员"]', 7],
  ['["需回访"]', 2],
];
export const englishTagSets: readonly string[] = ['["English"]', '["English","VIP"]', '["English","企业客户"]'];

// ——— places ———

export interface District {
  name: string;
  /** The 6-digit administrative area code used in ID-card numbers. */
  code: string;
  streets: readonly string[];
}

export interface City {
  /** As written at the start of an address, with the province for non-municipal cities. */
  prefix: string;
  name: string;
  /** Landline area code without the leading zero's dash, e.g. '021'. */
  areaCode: string;
  districts: readonly District[];
}

/** Where each branch's customers live. */
export const regions: Record<'SH01' | 'BJ01' | 'GZ01', readonly City[]> = {
  SH01: [
    {
      prefix: '上海市',
      name: '上海',
      areaCode: '021',
      districts: [
        { name: '浦东新区', code: '310115', streets: ['张杨路', '世纪大道', '锦绣路', '川沙路', '周浦东路'] },
        { name: '徐汇区', code: '310104', streets: ['漕溪北路', '天钥桥路', '宜山路', '龙华中路'] },
        { name: '闵行区', code: '310112', streets: ['莘庄路', '七莘路', '虹井路', '都市路'] },
        { name: '杨浦区', code: '310110', streets: ['国定路', '控江路', '长阳路', '五角场路'] },
        { name: '静安区', code: '310106', streets: ['延安中路', '共和新路', '大宁路', '南京西路'] },
      ],
    },
    {
      prefix: '浙江省杭州市',
      name: '杭州',
      areaCode: '0571',
      districts: [
        { name: '西湖区', code: '330106', streets: ['文三路', '古墩路', '天目山路'] },
        { name: '滨江区', code: '330108', streets: ['江南大道', '滨盛路', '长河路'] },
      ],
    },
    {
      prefix: '江苏省南京市',
      name: '南京',
      areaCode: '025',
      districts: [
        { name: '玄武区', code: '320102', streets: ['中山路', '北京东路', '龙蟠路'] },
        { name: '鼓楼区', code: '320106', streets: ['湖南路', '草场门大街', '汉中门大街'] },
      ],
    },
    {
      prefix: '江苏省苏州市',
      name: '苏州',
      areaCode: '0512',
      districts: [{ name: '工业园区', code: '320571', streets: ['星湖街', '现代大道', '金鸡湖大道'] }],
    },
  ],
  BJ01: [
    {
      prefix: '北京市',
      name: '北京',
      areaCode: '010',
      districts: [
        { name: '朝阳区', code: '110105', streets: ['建国路', '望京街', '朝阳北路', '东三环中路', '双井街'] },
        { name: '海淀区', code: '110108', streets: ['中关村大街', '学院路', '西三环北路', '上地十街'] },
        { name: '丰台区', code: '110106', streets: ['丰台北路', '南四环西路', '科学城路'] },
        { name: '东城区', code: '110101', streets: ['东直门内大街', '和平里西街', '崇文门外大街'] },
      ],
    },
    {
      prefix: '天津市',
      name: '天津',
      areaCode: '022',
      districts: [
        { name: '和平区', code: '120101', streets: ['南京路', '成都道', '贵州路'] },
        { name: '南开区', code: '120104', streets: ['鞍山西道', '白堤路', '红旗南路'] },
      ],
    },
    {
      prefix: '山东省济南市',
      name: '济南',
      areaCode: '0531',
      districts: [{ name: '历下区', code: '370102', streets: ['泉城路', '经十路', '解放路'] }],
    },
    {
      prefix: '河北省石家庄市',
      name: '石家庄',
      areaCode: '0311',
      districts: [{ name: '长安区', code: '130102', streets: ['中山东路', '建设北大街', '胜利北街'] }],
    },
  ],
  GZ01: [
    {
      prefix: '广东省广州市',
      name: '广州',
      areaCode: '020',
      districts: [
        { name: '天河区', code: '440106', streets: ['天河路', '体育西路', '黄埔大道', '珠江新城华夏路'] },
        { name: '越秀区', code: '440104', streets: ['环市东路', '东风中路', '北京路'] },
        { name: '番禺区', code: '440113', streets: ['市桥街', '迎宾路', '兴业大道'] },
      ],
    },
    {
      prefix: '广东省深圳市',
      name: '深圳',
      areaCode: '0755',
      districts: [
        { name: '南山区', code: '440305', streets: ['科技园路', '南海大道', '深南大道'] },
        { name: '福田区', code: '440304', streets: ['福华路', '彩田路', '金田路'] },
        { name: '宝安区', code: '440306', streets: ['新安路', '宝民路', '创业路'] },
      ],
    },
    {
      prefix: '广东省佛山市',
      name: '佛山',
      areaCode: '0757',
      districts: [{ name: '禅城区', code: '440604', streets: ['季华路', '汾江中路', '岭南大道'] }],
    },
    {
      prefix: '福建省厦门市',
      name: '厦门',
      areaCode: '0592',
      districts: [{ name: '思明区', code: '350203', streets: ['湖滨南路', '莲前西路', '厦禾路'] }],
    },
  ],
};

/** Area codes of birthplaces elsewhere, for customers who moved to the city they live in. */
export const birthplaceCodes: readonly string[] = ['430102', '510104', '410102', '420102', '340102', '360102', '370202', '450102', '610103', '230102', '210102', '500103'];

export const mobilePrefixes: readonly string[] = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '158', '159', '166', '176', '177', '180', '181', '186', '187', '188', '189', '191', '198', '199'];

// ——— organisation ———

export interface BranchDef {
  code: 'SH01' | 'BJ01' | 'GZ01';
  name: string;
  /** Share of the case load. */
  weight: number;
}

export const branchDefs: readonly BranchDef[] = [
  { code: 'SH01', name: '上海客服中心', weight: 0.4 },
  { code: 'BJ01', name: '北京客服中心', weight: 0.33 },
  { code: 'GZ01', name: '广州客服中心', weight: 0.27 },
];

/** The four teams of every branch and the scenarios each mostly takes. */
export const teamDefs: readonly { name: string; scenarios: readonly Scenario[] }[] = [
  { name: '咨询服务组', scenarios: ['consultation', 'order'] },
  { name: '售后技术组', scenarios: ['afterSales', 'faultDiagnosis'] },
  { name: '投诉处理组', scenarios: ['complaint'] },
  { name: '订单退换组', scenarios: ['order', 'returnExchange'] },
];

export const engineerNames: readonly string[] = ['刘师傅', '陈师傅', '赵师傅', '孙师傅', '周师傅', '吴工', '郑工', '何工'];
export const visitTimeSlots: readonly string[] = ['09:00-12:00', '13:00-15:00', '15:00-18:00', '18:00-20:00'];

/** Who a case is escalated or transferred to. */
export const collaborationTargets: readonly string[] = ['二线技术支持', '质量管理部', '物流配送部', '财务退款组', '门店主管', '产品专家组', '值班组长'];
export const collaborationTargetsEn: readonly string[] = ['Tier-2 technical support', 'Quality team', 'Delivery team', 'Refund desk', 'Duty lead'];

// ——— products ———

export type ProductFamily = 'fridge' | 'washer' | 'aircon' | 'waterHeater' | 'vacuum' | 'phone' | 'router' | 'laptop' | 'tv' | 'earbuds' | 'watch';

export interface Product {
  name: string;
  family: ProductFamily;
  /** The English name used with English-speaking customers. */
  en: string;
}

export const products: readonly Product[] = [
  { name: '风冷变频冰箱 BCD-520', family: 'fridge', en: 'BCD-520 frost-free fridge' },
  { name: '十字对开门冰箱 BCD-470', family: 'fridge', en: 'BCD-470 French-door fridge' },
  { name: '滚筒洗衣机 XQG100', family: 'washer', en: 'XQG100 front-loading washer' },
  { name: '洗烘一体机 XQG120', family: 'washer', en: 'XQG120 washer-dryer' },
  { name: '1.5匹变频挂机 KFR-35', family: 'aircon', en: 'KFR-35 split air conditioner' },
  { name: '3匹立式柜机 KFR-72', family: 'aircon', en: 'KFR-72 floor-standing air conditioner' },
  { name: '60升电热水器 ES60', family: 'waterHeater', en: 'ES60 electric water heater' },
  { name: '燃气热水器 JSQ30', family: 'waterHeater', en: 'JSQ30 gas water heater' },
  { name: '扫拖机器人 R9', family: 'vacuum', en: 'R9 robot vacuum' },
  { name: '无线吸尘器 V12', family: 'vacuum', en: 'V12 cordless vacuum' },
  { name: '星河 X20 手机', family: 'phone', en: 'Xinghe X20 phone' },
  { name: '星河 X20 Pro 手机', family: 'phone', en: 'Xinghe X20 Pro phone' },
  { name: '星河 Note 9 手机', family: 'phone', en: 'Xinghe Note 9 phone' },
  { name: 'AX3000 双频路由器', family: 'router', en: 'AX3000 dual-band router' },
  { name: 'AX6000 Mesh 路由器套装', family: 'router', en: 'AX6000 mesh router kit' },
  { name: '5G 随身 WiFi', family: 'router', en: '5G mobile hotspot router' },
  { name: '轻薄笔记本 Air 14', family: 'laptop', en: 'Air 14 laptop' },
  { name: '游戏本 G16', family: 'laptop', en: 'G16 gaming laptop' },
  { name: '65英寸 4K 电视 Q65', family: 'tv', en: 'Q65 65-inch 4K TV' },
  { name: '55英寸智慧屏 S55', family: 'tv', en: 'S55 55-inch smart TV' },
  { name: '降噪耳机 Buds 3', family: 'earbuds', en: 'Buds 3 noise-cancelling earbuds' },
  { name: '智能手表 Watch 5', family: 'watch', en: 'Watch 5 smartwatch' },
];

/** What goes wrong, per product family (Chinese, then English). */
export const symptoms: Record<ProductFamily, readonly string[]> = {
  fridge: ['冷藏室不制冷', '压缩机噪音大', '冷冻室结霜严重', '门封条漏冷', '显示屏报E5故障'],
  washer: ['脱水时剧烈晃动', '排水缓慢', '滚筒不转', '门锁打不开', '显示E21错误'],
  aircon: ['制冷效果差', '室内机漏水', '遥控失灵', '外机噪音异常', '开机后自动停机'],
  waterHeater: ['水温忽冷忽热', '无法点火', '漏电保护频繁跳闸', '出水量小'],
  vacuum: ['无法回充', '吸力明显下降', '导航乱撞', 'App 连不上机器'],
  phone: ['电池掉电快', '屏幕出现绿线', '充电发烫', '系统更新后频繁卡顿', '摄像头无法对焦'],
  router: ['WiFi 频繁断线', '手机连不上 5G 频段', '网速只有几兆', '指示灯一直闪红', '重启后配置丢失'],
  laptop: ['开机黑屏', '键盘部分按键失灵', '风扇噪音大', '电池无法充满', '蓝屏重启'],
  tv: ['开机无图像', '画面有横条纹', '遥控器无反应', '投屏失败', '声音和画面不同步'],
  earbuds: ['左耳无声', '连接经常断开', '充电盒无法充电', '降噪效果变差'],
  watch: ['心率数据异常', '无法同步到手机', '续航只有一天', '表带卡扣断裂'],
};

export const symptomsEn: Record<ProductFamily, readonly string[]> = {
  fridge: ['the fridge has stopped cooling', 'the compressor is very loud', 'the freezer frosts up within days'],
  washer: ['the drum shakes hard when spinning', 'it drains very slowly', 'the door will not unlock'],
  aircon: ['it barely cools the room', 'water leaks from the indoor unit', 'it switches itself off'],
  waterHeater: ['the water temperature keeps changing', 'it will not ignite'],
  vacuum: ['it cannot find its dock', 'the suction is much weaker'],
  phone: ['the battery drains fast', 'green lines appear on the screen', 'it lags since the update'],
  router: ['the router keeps dropping Wi-Fi', 'devices cannot see the 5 GHz network', 'the speed is only a few Mbps'],
  laptop: ['the screen stays black at boot', 'some keys do not work', 'the battery never charges fully'],
  tv: ['there is no picture after power-on', 'stripes run across the screen', 'screen casting fails'],
  earbuds: ['the left earbud has no sound', 'the connection keeps dropping'],
  watch: ['the heart-rate readings look wrong', 'it will not sync with the phone'],
};

/** Fault class, root cause and remedy per product family, for fault diagnoses. */
export const faultCauses: Record<ProductFamily, readonly (readonly ['hardware' | 'software' | 'network', string, string])[]> = {
  fridge: [
    ['hardware', '温控传感器老化', '更换温控传感器'],
    ['hardware', '压缩机启动电容损坏', '上门更换启动电容'],
    ['software', '主控程序版本过旧', '远程升级主控程序'],
  ],
  washer: [
    ['hardware', '减震器损坏', '更换减震器'],
    ['hardware', '排水泵被异物堵塞', '清理排水泵过滤器'],
    ['software', '程序板参数异常', '恢复出厂设置后重新校准'],
  ],
  aircon: [
    ['hardware', '冷媒不足', '检漏后补充冷媒'],
    ['hardware', '排水管坡度不够', '重新调整排水管'],
    ['software', '温度传感器读数漂移', '升级控制固件并校准传感器'],
  ],
  waterHeater: [
    ['hardware', '点火针积碳', '清洁点火针'],
    ['hardware', '加热管绝缘下降', '更换加热管'],
  ],
  vacuum: [
    ['hardware', '回充红外探头脏污', '清洁探头并重新放置充电座'],
    ['software', '地图数据损坏', '清除地图后重新建图'],
    ['network', '家中WiFi为5G单频', '为设备单独开启2.4G网络'],
  ],
  phone: [
    ['hardware', '电池健康度低于80%', '更换电池'],
    ['hardware', '屏幕排线松动', '送修更换屏幕组件'],
    ['software', '后台应用自启动过多', '关闭自启动并清理存储'],
  ],
  router: [
    ['network', '信道干扰严重', '切换到干扰较少的信道'],
    ['software', '固件存在已知断流问题', '升级到最新固件'],
    ['network', '宽带拨号账号异常', '联系运营商重置拨号账号'],
    ['hardware', '电源适配器输出不稳', '更换电源适配器'],
  ],
  laptop: [
    ['hardware', '内存条接触不良', '重新插拔内存条'],
    ['software', '显卡驱动冲突', '回退到稳定版驱动'],
    ['hardware', '键盘进液', '更换键盘'],
  ],
  tv: [
    ['hardware', '背光灯条损坏', '更换背光灯条'],
    ['software', '系统缓存异常', '清除缓存并升级系统'],
    ['network', '电视与手机不在同一网络', '指导连接同一 WiFi 后重新投屏'],
  ],
  earbuds: [
    ['hardware', '单耳电池故障', '更换单只耳机'],
    ['software', '配对记录冲突', '清除配对记录后重新配对'],
  ],
  watch: [
    ['hardware', '光学传感器被遮挡', '清洁背部传感器并调整佩戴位置'],
    ['software', '手机端应用权限被关闭', '重新开启后台权限'],
  ],
};

export const stepsTried: readonly string[] = ['断电重启', '恢复出厂设置', '更换插座', '检查电源线', '重新配网', '升级到最新版本', '清理滤网', '更换数据线', '关闭省电模式'];

// ——— what customers ask for, per scenario ———

/** What the text templates can refer to. */
export interface TextContext {
  /** 王先生 / 李女士, or the English form for English-speaking customers. */
  who: string;
  product: string;
  symptom: string;
  days: number;
  /** A small count: visits, calls. */
  times: number;
  orderNo: string;
  city: string;
  /** The fault found and what fixes it (Chinese; fault and repair cases). */
  cause: string;
  remedy: string;
}

export type Template = (c: TextContext) => string;

export const notes: readonly Template[] = [
  (c) => `已回拨${c.who}，电话无人接听，稍后再试。`,
  (c) => `${c.who}补充：希望上午联系，下午不方便接电话。`,
  () => '已上传客户提供的照片和购买凭证。',
  () => '已与二线确认处理方案，等待反馈。',
  () => '客户同意等待配件到货后再安排上门。',
  () => '已发送短信告知处理进度。',
  (c) => `${c.who}情绪已平复，对处理方式表示认可。`,
];

export const statusNotes: readonly string[] = ['等待客户提供照片', '客户出差，约定下周再联系', '已转交相关部门处理', '客户要求重新处理'];

export const surveyComments: readonly (readonly string[])[] = [
  ['问题一直没解决，很失望', '反复打电话没人管'],
  ['处理太慢了', '等了好几天才有回复'],
  ['还可以，就是流程有点繁琐', ''],
  ['服务不错', '师傅很专业', ''],
  ['非常满意，客服很耐心', '解决得很快，谢谢', '态度很好', ''],
];

export const followUpNotes: Record<FollowUpKind, readonly string[]> = {
  callback: ['回访确认问题是否解决', '确认退款是否到账', '确认配件是否送达', '告知处理进展'],
  survey: ['邀请客户评价本次服务', '服务满意度回访'],
  visitConfirmation: ['确认师傅已上门并处理完毕'],
  care: ['生日关怀', '节日问候', '会员权益提醒'],
};

export const revealReasons: readonly string[] = ['客户要求核对收货地址', '安排上门需要完整地址', '回拨客户需要完整号码', '核实客户身份', '开具发票需要核对信息'];

// ——— English-speaking customers ———

export const notesEn: readonly Template[] = [(c) => `Called ${c.who} back, no answer.`, () => 'Customer sent photos of the damaged box.', () => 'Waiting for the delivery team to confirm.'];
export const surveyCommentsEn: readonly string[] = ['Quick and friendly, thanks', 'Took too long', 'Good service', ''];
