import { residentIdCheckCharacter, unifiedCreditCodeCheckCharacter } from '@liuhen/domain';

/** Made-up parties whose identifiers carry correct check characters (GB 11643, GB 32100). */
export function demoCompany(index: number, area: string) {
  const first17 = `91${area}MA2DEMX${String(index).padStart(2, '0')}`;
  return {
    kind: 'organisation',
    name: `演示${['商贸', '餐饮', '建材', '物流', '文化'][index % 5]}有限公司${index + 1}`,
    creditCode: first17 + unifiedCreditCodeCheckCharacter(first17),
    legalRepresentative: ['赵六', '钱七', '孙八', '周九', '吴十'][index % 5]!,
    address: `演示县工业园区${index + 1}号`,
  };
}

export function demoPerson(index: number, area: string) {
  const first17 = `${area}1985031${index % 10}00${index % 10}`.slice(0, 17);
  return {
    kind: 'natural_person',
    name: ['王五', '刘一', '郑二', '冯三', '褚四'][index % 5]!,
    residentId: first17 + residentIdCheckCharacter(first17),
    phone: `1380013${String(index).padStart(4, '0')}`,
    address: `演示县城关镇幸福路${index + 1}号`,
  };
}
