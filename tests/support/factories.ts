/** Test data shared by API tests, browser tests and (later) the seed script. */
import type { TipInput } from '../../api/services/tips/create-tip.ts';

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
