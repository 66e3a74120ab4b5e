/**
 * The demo knowledge base: short articles an agent reads out or sends during a call, by category,
 * mostly in Chinese with a few in English. A `previous` text makes the article a version-2 edit.
 */
import type { KbCategory } from '../../src/shared/schemas/domainTerms';

export interface DemoArticle {
  category: KbCategory;
  locale: 'zh-CN' | 'en';
  title: string;
  body: string;
  tags: readonly string[];
  /** Version 1 of an article that has since been edited once. */
  previous?: { title: string; body: string };
}

const zh = (category: KbCategory, title: string, body: string, tags: readonly string[], previous?: DemoArticle['previous']): DemoArticle =>
  previous ? { category, locale: 'zh-CN', title, body, tags, previous } : { category, locale: 'zh-CN', title, body, tags };
const en = (category: KbCategory, title: string, body: string, tags: readonly string[]): DemoArticle => ({ category, locale: 'en', title, body, tags });

export const demoArticles: readonly DemoArticle[] = [
  // product
  zh('product', '冰箱冷藏室不制冷的自查方法', '先确认电源和温控档位是否正常，温控建议放在中间档。检查门封是否贴合，食物是否堵住出风口。新机或断电后需要静置并通电4小时以上才能达到设定温度。仍不制冷请登记报修。', ['冰箱', '不制冷', '自查']),
  zh('product', '洗衣机脱水晃动大怎么办', '新机请先确认底部运输螺栓已全部拆除。衣物过少或缠绕成团也会导致偏心，可重新抖散后再脱水。机器四脚需放平，可用水平仪调整底脚。', ['洗衣机', '脱水', '晃动']),
  zh('product', '空调制冷效果差的常见原因', '滤网积灰会明显影响风量，建议每两周清洗一次。室外机周围要留出散热空间，避免阳光直射。房间面积超过匹数适用范围时效果也会变差。如出风不凉且外机不启动，需要安排检测。', ['空调', '制冷']),
  zh('product', '路由器 WiFi 频繁断线排查', '先把路由器放在房屋中央、远离微波炉和金属柜。在管理页面把 2.4G 信道改为 1、6 或 11，5G 频段改为 149 以上。确认固件为最新版本。若光猫也在发射 WiFi，建议关闭其中一个，避免同频干扰。', ['路由器', 'WiFi', '断线'], {
    title: '路由器断线排查',
    body: '重启路由器和光猫，检查网线是否松动。仍然断线请记录断线时间后报修。',
  }),
  zh('product', '新路由器首次配网步骤', '用网线连接光猫的 LAN 口和路由器的 WAN 口。手机连上路由器背面标注的默认 WiFi，打开浏览器会自动进入设置向导。按提示填写宽带账号密码，设置新的 WiFi 名称和管理密码即可。', ['路由器', '配网', '安装']),
  zh('product', '手机耗电快的优化建议', '在设置中查看电池用量排行，限制耗电异常应用的后台活动。降低屏幕亮度、关闭常亮显示可明显延长续航。电池健康度低于80%时建议到服务中心更换电池。', ['手机', '电池', '续航']),
  zh('product', '扫拖机器人无法回充处理办法', '充电座两侧各0.5米、前方1.5米内不要放置障碍物。用干布擦拭机器和充电座的充电触片及红外窗口。重新放置充电座后，手动把机器放上去充一次电以更新位置。', ['扫地机器人', '回充']),
  zh('product', '电视投屏失败的处理', '确认手机和电视连接的是同一个 WiFi。电视需开启无线投屏功能。部分视频 App 只支持自家协议投屏，可在 App 内点击投屏图标再选择电视。', ['电视', '投屏']),
  zh('product', '智能手表数据不同步', '在手机设置中允许运动健康 App 后台运行和自启动，蓝牙保持开启。仍不同步时，可解除配对后重新绑定，历史数据会保留在云端。', ['手表', '同步']),
  // process
  zh('process', '来电五步服务流程', '每通来电依次完成问候、确认、解决、跟进、记录五个环节。确认环节要复述问题并得到客户认可；解决不了的复杂问题须在5分钟内发起协作，并告诉客户预计多久给答复。结束前询问是否还有其他需要，再致谢道别。', ['流程', '五步法'], {
    title: '来电服务流程',
    body: '问候客户、了解问题、给出方案、记录工单。',
  }),
  zh('process', '工单升级与转派规则', '超出本人权限或需要其他部门处理的问题，应升级给组长或转派到对应团队，并注明接手人和预计反馈时间，例如15分钟。转派前先告知客户去向和大致等待时间，转派后要跟进对方是否已处理。', ['升级', '转派', '协作']),
  zh('process', '订单修改与取消流程', '订单未出库前可直接修改地址或取消，款项原路退回。已出库的订单需联系物流拦截，拦截成功后再办理退款。下单后24小时内完成确认，确认后48小时内发货。', ['订单', '取消', '修改地址']),
  zh('process', '上门服务预约流程', '与客户确认详细地址、可上门的时间段，告知工程师姓名和预计服务时长。工程师上门后当天需回访确认服务结果，客户不满意的要重新安排处理。', ['上门', '预约', '工程师']),
  zh('process', '退换货办理步骤', '客户提交申请后24小时内完成审核；审核通过后确认退回方式和地址；客户需在确认后7天内寄出；仓库收货验货后3到5个工作日内完成退款或换货。每一步都在工单时间线中留痕。', ['退货', '换货', '步骤']),
  zh('process', '回访与满意度调查', '问题解决后按约定时间回访，确认问题确实解决。回访时请客户按1到5分评价本次服务并记录意见。客户不方便时可约定下次时间，不得反复打扰。', ['回访', '满意度']),
  zh('process', '离线状态下的工单处理', '网络中断时系统照常保存工单，恢复联网后自动同步。界面顶部会显示待同步数量。离线期间请勿重复创建同一客户的工单。', ['离线', '同步']),
  zh('process', '客户信息查看与脱敏', '列表中手机号、地址、证件号都会打码显示。确需查看完整信息时须填写理由，每次查看都会被记录审计。导出报表默认打码。', ['隐私', '脱敏', '审计']),
  // afterSales
  zh('afterSales', '家电保修政策说明', '大家电整机保修一年，压缩机、电机等核心部件保修三年。保修期自签收之日起计算，凭订单记录或发票即可，不需要保留包装。人为损坏、私自拆修不在保修范围内。', ['保修', '家电'], {
    title: '家电保修政策',
    body: '整机保修一年，核心部件保修三年。',
  }),
  zh('afterSales', '手机和数码产品保修说明', '手机主机保修一年，电池和充电器保修半年。屏幕碎裂、进水等非质量问题可付费维修。送修前请客户备份数据并关闭查找设备功能。', ['手机', '保修', '数码']),
  zh('afterSales', '保修期外维修收费标准', '保修期外维修收取上门费和配件费，师傅上门前会先报价，客户同意后再维修。配件更换后享受90天保修。', ['收费', '维修', '过保']),
  zh('afterSales', '空调安装与移机', '新购空调免费安装，含3米铜管，超出部分按标准收费。移机需先回收冷媒，拆装各收一次费用。高空作业须由持证人员完成。', ['空调', '安装', '移机']),
  zh('afterSales', '寄修服务说明', '数码产品可选择寄修，系统生成寄修单后顺丰上门取件，往返运费由我方承担。维修完成后一般5个工作日内寄回。', ['寄修', '数码']),
  zh('afterSales', '维修进度查询', '可凭手机号或工单号查询维修进度。配件缺货时会主动告知预计到货时间。超过承诺时间未完成的，应主动致电客户说明原因。', ['进度', '维修']),
  zh('afterSales', '以旧换新回收说明', '购买新机时可同步预约旧机回收，师傅送新机时一并拆走旧机。回收价格按品类和使用年限评估，补贴直接抵扣货款。', ['以旧换新', '回收']),
  zh('afterSales', '热水器使用安全提醒', '电热水器需可靠接地，洗浴时建议开启防电墙功能。燃气热水器必须安装在通风良好的位置，排烟管要伸出室外。发现燃气异味应立即关阀开窗并报修。', ['热水器', '安全']),
  // policy
  zh('policy', '七天无理由退货规则', '签收后7天内，商品完好、配件齐全且不影响二次销售的，可申请无理由退货，退回运费由客户承担。定制商品、已激活的数码产品等特殊商品不适用。', ['退货', '七天无理由', '运费']),
  zh('policy', '质量问题退换货与运费', '因质量问题或商品与描述不符产生的退换货，往返运费由商家承担。因客户使用不当造成的损坏，不属于质量问题，相关费用由客户承担。', ['退货', '质量问题', '运费'], {
    title: '质量问题退货',
    body: '质量问题可以退货，运费由商家承担。',
  }),
  zh('policy', '退款到账时间', '退款在仓库验货通过后发起，原路退回。银行卡一般1到3个工作日到账，信用卡以银行账单为准，余额支付即时到账。', ['退款', '到账']),
  zh('policy', '发票开具与补开', '下单时可选择电子发票，签收后自动发送到预留邮箱。需要补开或更改抬头的，可在订单完成后90天内申请。', ['发票']),
  zh('policy', '价格保护规则', '签收后15天内商品降价的，可申请补差价，活动秒杀和赠品除外。每个订单限申请一次。', ['价保', '降价']),
  zh('policy', '服务时效承诺', '电话在三声铃响内接听；在线咨询30秒内首次响应；邮件24小时内回复。一般问题2小时内解决，复杂问题4小时内给出方案。', ['时效', 'SLA']),
  zh('policy', '会员积分与权益', '每消费1元累计1积分，积分可抵扣运费或兑换礼品。VIP会员享受优先接入和专属回访。', ['会员', '积分']),
  zh('policy', '个人信息保护承诺', '客户信息仅用于本次服务，不向无关人员透露。电话中核实身份时只询问必要信息，不要求客户报完整证件号。', ['隐私', '个人信息']),
  // complaints
  zh('complaints', '投诉处理基本原则', '先安抚情绪、表达理解，再核实事实。核对购买时间、订单号和照片等证据后，在政策范围内提供退款、换货、维修或补偿等方案。普通投诉48小时内给出处理方案。', ['投诉', '原则']),
  zh('complaints', '重大投诉上报要求', '涉及人身安全、媒体曝光或群体性的投诉属于重大投诉，须立即上报组长，并在24小时内给客户首次答复。处理全程记录在工单中。', ['重大投诉', '上报']),
  zh('complaints', '服务态度类投诉应对', '认真倾听，不争辩、不推诿。核实后向客户致歉并说明整改措施，必要时由组长回电。处理结果应回访确认客户是否接受。', ['态度', '投诉']),
  zh('complaints', '超权限补偿的审批', '免费更换非故障部件、额外补偿等超出坐席权限的方案，须先提交组长审批，审批通过后再答复客户，不得先行承诺。', ['审批', '补偿']),
  zh('complaints', '规范用语与禁用语', '不要说“不知道”“不清楚”“这不归我管”，可以说“我帮您查一下，稍后给您回复”。不承诺做不到的事情。', ['话术', '禁用语']),
  zh('complaints', '多次报修未解决的处理', '同一问题报修两次以上仍未解决的，应升级到二线技术支持，优先安排资深工程师上门；三次以上可按政策申请换机。', ['重复报修', '升级']),
  zh('complaints', '物流投诉处理', '核实物流轨迹和签收记录，联系配送站点了解情况。配送员服务问题反馈给物流部处理，并在约定时间内回复客户结果。', ['物流', '配送']),
  // English
  en('policy', '7-day no-reason returns', 'Customers may return an item within 7 days of delivery if it is unused and complete. The customer pays the return shipping. Custom-made and activated digital goods are excluded.', ['return', 'refund']),
  en('policy', 'Refund timing', 'Refunds are issued after the warehouse inspects the returned item and go back to the original payment method. Bank cards usually receive the refund within 1–3 working days.', ['refund']),
  en('policy', 'Return shipping for defective items', 'When an item is defective or not as described, we pay the shipping both ways. Damage caused by the customer is not covered.', ['return', 'shipping', 'defect']),
  en('afterSales', 'Warranty for home appliances', 'Large appliances have a one-year warranty on the whole unit and three years on core parts such as the compressor. Proof of purchase is the order record; the box is not needed.', ['warranty', 'appliance']),
  en('afterSales', 'Booking a repair visit', 'Confirm the full address and a time slot, and tell the customer the engineer’s name and how long the visit should take. Call back the same day to confirm the result.', ['repair', 'engineer', 'visit']),
  en('product', 'Router keeps dropping Wi-Fi', 'Place the router in the middle of the home, away from microwaves. Change the 2.4 GHz channel to 1, 6 or 11 and update the firmware. If the modem also broadcasts Wi-Fi, turn one of them off.', ['router', 'wifi']),
  en('product', 'Setting up a new router', 'Connect the modem LAN port to the router WAN port, join the default network printed on the label and follow the setup wizard in the browser.', ['router', 'setup']),
  en('process', 'Tracking a delivery', 'Look up the order number to see the courier and tracking link. Orders are confirmed within 24 hours and shipped within 48 hours of confirmation. Offer to call back when the delivery status changes.', ['delivery', 'order', 'tracking']),
  en('process', 'Changing or cancelling an order', 'Before dispatch the address can be changed or the order cancelled with a full refund. After dispatch ask the delivery team to intercept the parcel first.', ['order', 'delivery', 'refund']),
  en('complaints', 'Handling a complaint', 'Acknowledge the customer’s feelings first, then check the facts: order number, delivery date, photos. Offer a refund, exchange, repair or compensation within policy and give a handling plan within 48 hours.', ['complaint', 'refund']),
];
