/**
 * What customers contact us about, per scenario: each issue's subject, the agent's description of
 * it and how it was resolved belong together, so a case reads as one story. Chinese for most
 * customers, English for English-speaking ones. Written for the demo.
 */
import type { Scenario } from '../../src/shared/schemas/domainTerms';
import type { Template } from './demoVocabulary';

export interface Issue {
  subject: Template;
  descriptions: readonly Template[];
  resolutions: readonly Template[];
}

export const issues: Record<Scenario, readonly Issue[]> = {
  consultation: [
    {
      subject: (c) => `咨询${c.product}的使用方法`,
      descriptions: [
        (c) => `${c.who}刚购买${c.product}，想了解日常使用和保养的注意事项，希望能发一份说明。`,
        (c) => `${c.who}第一次使用${c.product}，不清楚各个模式的区别，请客服逐项讲解。`,
      ],
      resolutions: [(c) => `已为${c.who}讲解${c.product}的使用要点，并发送电子版说明书。`, () => '已逐项说明各模式的用途，客户表示已经会用。'],
    },
    {
      subject: (c) => `询问${c.product}的保修政策`,
      descriptions: [(c) => `${c.who}想确认${c.product}的整机保修时长和主要部件的保修范围。`, (c) => `${c.who}问发票丢了还能不能保修${c.product}。`],
      resolutions: [() => '已告知保修政策：整机一年，核心部件三年，凭订单记录即可保修，无需保留包装。'],
    },
    {
      subject: (c) => `${c.product}如何连接手机App`,
      descriptions: [(c) => `${c.who}来电询问${c.product}是否支持远程控制，以及需要下载哪个App、怎么配网。`],
      resolutions: [() => '已指导客户下载App并完成配网，设备已在线。', () => '已发送配网图文教程，客户按步骤操作后连接成功。'],
    },
    {
      subject: () => '咨询以旧换新活动规则',
      descriptions: [(c) => `${c.who}准备参加以旧换新，问旧机如何估价、何时上门回收。`],
      resolutions: [() => '已说明以旧换新流程和估价方式，客户表示理解，稍后自行下单。'],
    },
    {
      subject: (c) => `${c.city}地区能否预约安装`,
      descriptions: [(c) => `${c.who}住在${c.city}，想知道购买${c.product}后多久能上门安装，是否收费。`],
      resolutions: [(c) => `已确认${c.city}在免费安装范围内，签收后48小时内可预约上门。`],
    },
  ],
  complaint: [
    {
      subject: (c) => `投诉${c.product}多次维修未修好`,
      descriptions: [(c) => `${c.who}反映${c.product}已报修${c.times}次仍然${c.symptom}，情绪激动，要求给出明确处理方案。`],
      resolutions: [() => '已向客户致歉，升级二线安排资深工程师上门，经组长审批同意换新，客户接受。'],
    },
    {
      subject: () => '投诉配送员服务态度差',
      descriptions: [(c) => `${c.who}称配送员未按约定时间到达，且拒绝搬运上楼，要求道歉。`],
      resolutions: [() => '已核实配送记录并向客户致歉，物流部已对配送员做内部处理，赠送优惠券一张。'],
    },
    {
      subject: () => '投诉安装师傅额外收费',
      descriptions: [(c) => `${c.who}表示安装时被额外收取了材料费，事先没有任何告知，要求退还。`],
      resolutions: [() => '已核实情况并退还额外收取的费用，相关人员已做内部处理。'],
    },
    {
      subject: () => '投诉退款迟迟未到账',
      descriptions: [(c) => `${c.who}说${c.days}天前申请的退款至今没有到账，之前答应的回电也没有接到。`],
      resolutions: [() => '已加急处理退款，财务确认款项将于一个工作日内原路退回，并就未回电致歉。'],
    },
    {
      subject: (c) => `${c.product}到货外观有划痕`,
      descriptions: [(c) => `${c.who}签收${c.product}后发现侧面有明显划痕，怀疑是二手机，要求换新并赔偿。`],
      resolutions: [() => '已核对照片确认运输损伤，安排换新，经审批给予一次性补偿，客户接受。'],
    },
  ],
  afterSales: [
    {
      subject: (c) => `${c.product}${c.symptom}，申请上门维修`,
      descriptions: [(c) => `${c.who}的${c.product}${c.symptom}，已购买${c.days}个月，在保修期内，希望尽快安排师傅上门。`],
      resolutions: [(c) => `师傅上门检测为${c.cause}，已${c.remedy}，${c.product}恢复正常。`],
    },
    {
      subject: (c) => `预约${c.product}安装`,
      descriptions: [(c) => `${c.who}新购${c.product}已送达，需要预约安装，地址在${c.city}，希望周末上门。`],
      resolutions: [() => '已完成上门安装并调试，客户确认运行正常。'],
    },
    {
      subject: (c) => `${c.product}需要更换配件`,
      descriptions: [(c) => `${c.who}需要为${c.product}更换配件，询问配件价格和上门费用。`],
      resolutions: [() => '已报价并预约上门，更换配件后运行正常，配件享受90天保修。'],
    },
    {
      subject: (c) => `${c.product}移机服务`,
      descriptions: [(c) => `${c.who}搬家到${c.city}新住址，需要把${c.product}拆装到新家。`],
      resolutions: [() => '已按标准收费完成拆装，客户确认新位置使用正常。'],
    },
  ],
  returnExchange: [
    {
      subject: (c) => `${c.product}质量问题申请退货`,
      descriptions: [(c) => `${c.who}签收${c.product}第${c.days}天，发现${c.symptom}，要求退货退款。`],
      resolutions: [() => '退货审核通过，已上门取件，验货后退款已原路退回，运费由我方承担。'],
    },
    {
      subject: (c) => `${c.product}与描述不符申请换货`,
      descriptions: [(c) => `${c.who}收到的${c.product}颜色和订单不一致，希望换成下单时选择的款式。`],
      resolutions: [() => '已安排换货，新商品已签收，原商品已回收。'],
    },
    {
      subject: (c) => `七天无理由退货：${c.product}`,
      descriptions: [(c) => `${c.who}表示${c.product}未拆封，在签收七天内，想无理由退货，询问运费由谁承担。`],
      resolutions: [() => '商品完好，按七天无理由办理退货，退回运费由客户承担，退款已到账。'],
    },
  ],
  faultDiagnosis: [
    {
      subject: (c) => `${c.product}${c.symptom}`,
      descriptions: [(c) => `${c.who}反映${c.product}${c.symptom}，已自行断电重启，问题依旧。`, (c) => `${c.who}的${c.product}近${c.days}天时常${c.symptom}，偶发，无法稳定复现。`],
      resolutions: [(c) => `排查确认为${c.cause}，已${c.remedy}，客户确认恢复正常。`],
    },
    {
      subject: (c) => `${c.product}升级后${c.symptom}`,
      descriptions: [(c) => `${c.who}说${c.product}升级系统后开始${c.symptom}，想知道是否需要送修。`],
      resolutions: [(c) => `远程排查为${c.cause}，指导客户${c.remedy}后问题解决。`],
    },
  ],
  order: [
    {
      subject: (c) => `查询订单 ${c.orderNo} 物流进度`,
      descriptions: [(c) => `${c.who}的订单 ${c.orderNo} 下单已${c.days}天，物流信息一直没有更新。`],
      resolutions: [(c) => `已联系物流查到订单 ${c.orderNo} 的包裹，预计两天内送达，已告知客户。`],
    },
    {
      subject: (c) => `修改订单 ${c.orderNo} 收货地址`,
      descriptions: [(c) => `${c.who}搬家了，需要把订单 ${c.orderNo} 的收货地址改到${c.city}的新住址。`],
      resolutions: [() => '订单尚未出库，已修改收货地址，新的配送时间已短信通知客户。'],
    },
    {
      subject: (c) => `取消订单 ${c.orderNo}`,
      descriptions: [(c) => `${c.who}想取消订单 ${c.orderNo}，原因是在别处买到了同款。`],
      resolutions: [() => '订单尚未出库，已成功取消并全额退款。', () => '订单已出库，已联系物流拦截，拦截成功后办理退款。'],
    },
    {
      subject: (c) => `确认订单 ${c.orderNo} 的配送时间`,
      descriptions: [(c) => `${c.who}下周出差，想确认订单 ${c.orderNo} 能否在周五前送到。`],
      resolutions: [(c) => `已确认订单 ${c.orderNo} 将于周四送达，并备注送货前电话联系。`],
    },
  ],
};

export const issuesEn: Record<Scenario, readonly Issue[]> = {
  consultation: [
    {
      subject: (c) => `Warranty question about the ${c.product}`,
      descriptions: [(c) => `${c.who} bought the ${c.product} last week and asks how long the warranty lasts and what it covers.`],
      resolutions: [() => 'Explained the warranty: one year for the whole unit, three years for core parts; the order record is the proof of purchase.'],
    },
    {
      subject: (c) => `How to set up the ${c.product}`,
      descriptions: [(c) => `${c.who} cannot find how to connect the ${c.product} to the app.`],
      resolutions: [() => 'Sent the setup guide by email and walked the customer through pairing.'],
    },
    {
      subject: () => 'Is installation included with delivery?',
      descriptions: [(c) => `${c.who} wants to know whether delivery includes installation in ${c.city}.`],
      resolutions: [(c) => `Confirmed free installation in ${c.city} within 48 hours of delivery.`],
    },
  ],
  complaint: [
    {
      subject: () => 'Refund still not received',
      descriptions: [(c) => `${c.who} returned an item ${c.days} days ago and the refund has not arrived; nobody called back as promised.`],
      resolutions: [() => 'Apologised; the refund was expedited and confirmed by the refund desk.'],
    },
    {
      subject: () => 'Rude delivery driver',
      descriptions: [(c) => `${c.who} says the delivery driver left the box downstairs and was rude on the phone.`],
      resolutions: [() => 'Apologised and offered a voucher approved by the team lead; the delivery team followed up with the driver.'],
    },
  ],
  afterSales: [
    {
      subject: (c) => `Repair visit for the ${c.product} under warranty`,
      descriptions: [(c) => `${c.who} reports that ${c.symptom}; the ${c.product} is under warranty and needs a repair visit.`],
      resolutions: [() => 'An engineer visited and repaired the unit under warranty.'],
    },
  ],
  returnExchange: [
    {
      subject: (c) => `Return and refund for the ${c.product}`,
      descriptions: [(c) => `${c.who} received the ${c.product} ${c.days} days ago; ${c.symptom}. Asks for a refund.`],
      resolutions: [() => 'Return approved; courier pickup arranged and the refund issued after inspection.'],
    },
    {
      subject: (c) => `Exchange the ${c.product}`,
      descriptions: [(c) => `${c.who} got the wrong colour and wants to exchange the ${c.product}.`],
      resolutions: [() => 'Exchange delivered; the first unit was collected at the door.'],
    },
  ],
  faultDiagnosis: [
    {
      subject: (c) => `${c.product}: ${c.symptom}`,
      descriptions: [(c) => `${c.who} reports that ${c.symptom}. A restart and a factory reset did not help.`],
      resolutions: [() => 'Guided the customer through a firmware update; the problem is gone.', () => 'Hardware fault confirmed; sent for repair under warranty.'],
    },
  ],
  order: [
    {
      subject: (c) => `Where is my delivery? Order ${c.orderNo}`,
      descriptions: [(c) => `${c.who} has had no delivery update for order ${c.orderNo} for ${c.days} days.`],
      resolutions: [(c) => `Delivery for order ${c.orderNo} is expected within two days; tracking link sent.`],
    },
    {
      subject: (c) => `Change the delivery address of order ${c.orderNo}`,
      descriptions: [(c) => `${c.who} moved and needs the delivery for order ${c.orderNo} sent to a new address.`],
      resolutions: [() => 'Address changed before dispatch; new delivery date sent by text message.'],
    },
    {
      subject: (c) => `Cancel order ${c.orderNo}`,
      descriptions: [(c) => `${c.who} found the same item elsewhere and wants to cancel order ${c.orderNo}.`],
      resolutions: [() => 'Cancelled before dispatch; full refund issued.'],
    },
  ],
};
