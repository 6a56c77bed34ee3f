/**
 * The first two digits of a 公民身份号码 (GB 11643-1999: the address code follows GB/T 2260).
 * Only the province level is checked: county codes are renamed and merged every year, and a
 * number keeps the code of where it was first issued, so a full table would refuse real
 * people.
 *
 * - The 31 mainland province-level codes of GB/T 2260.
 * - 81 香港, 82 澳门 (GB/T 2260) and 83, which is not in GB/T 2260: the 港澳台居民居住证 carries
 *   a 公民身份号码 built like a resident ID number, with address code 810000, 820000 or
 *   830000 for residents of Hong Kong, Macao and Taiwan (《港澳台居民居住证申领发放办法》,
 *   国办发〔2018〕81号). These parties hold a lawful Chinese ID number, so they are accepted.
 * - 71 台湾省 is in GB/T 2260 but no public security organ issues numbers under it (Taiwan
 *   residents get 830000, see above), so a number starting 71 is a typo and is refused.
 *
 * The names are here only so the table can be checked against GB/T 2260 by eye.
 */
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '81': '香港（港澳台居民居住证）',
  '82': '澳门（港澳台居民居住证）',
  '83': '台湾（港澳台居民居住证）',
};

export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCE_NAMES);

export function isProvinceCode(twoDigits: string): boolean {
  return Object.hasOwn(PROVINCE_NAMES, twoDigits);
}
