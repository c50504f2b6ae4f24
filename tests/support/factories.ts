/** Test data shared by API tests, browser tests, benchmarks and the seed script. */
import type { TipInput } from '../../api/services/tips/create-tip.ts';
import type { TipStatus } from '../../api/services/tips/categories.ts';

export function validTip(overrides: Partial<TipInput> = {}): TipInput {
  return {
    category: 'forced-labour',
    urgent: false,
    what: '工厂宿舍的门从外面锁着，几个年轻人说工资被扣，身份证被老板收走了。',
    where: '某省某市某区工业园 3 号厂房',
    when: '上周五晚上',
    ...overrides,
  };
}

/** A spread of tips for the seed script: every status, some urgent, some with a question from staff. */
export const sampleTips: { tip: TipInput; status: TipStatus; staffMessage?: string }[] = [
  { tip: validTip(), status: 'received' },
  {
    tip: validTip({ category: 'child-trafficking', urgent: true, what: '火车站有个男人带着一个一直哭的小孩，孩子说不认识他，他很快上了去外省的车。', where: '火车站候车室 2 楼', province: '41' }),
    status: 'in-review',
  },
  {
    tip: validTip({
      category: 'marriage-fraud',
      what: '中介带来一个不会说中文的年轻女子，说已经"付了彩礼"，她的证件被中介拿着。',
      where: '村委会旁边的中介门店',
      province: '53',
      involved: [{ kind: 'phone', detail: '中介电话 138 0000 0000（示例）' }],
    }),
    status: 'need-info',
    staffMessage: '谢谢你的线索。你还记得中介门店的名字吗？',
  },
  { tip: validTip({ category: 'forced-begging', what: '每天早上有人把两个拄拐的孩子送到天桥下乞讨，晚上再接走。', where: '汽车站旁的人行天桥' }), status: 'referred' },
  { tip: validTip({ category: 'online-child-sale', what: '网上有人发帖"送养"刚出生的孩子，要求先付"营养费"。', where: '某社交平台群聊' }), status: 'closed' },
];
