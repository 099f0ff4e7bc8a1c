import { classifyTraceLine } from './classify-trace';

/**
 * Trace lines exactly as KDNiao 1002 answers carried them (AcceptStation), quoted in public code
 * found through the project's code search (excerpt ids in brackets; the index does not name the
 * repositories): an EMS trace in a shop API's docs [31402559161], 圆通 traces in a mini program's
 * sample answer [1768451678] and [15538688873], 中通 traces in a Java bean's comment [5410531305]
 * and in two mini programs [47244736076] [25556967818], a 顺丰 line in a PHP class [87567441],
 * a 圆通 line in a React component [41246225687].
 */
test.each([
  [
    '天津市邮政速递物流公司武清区分公司崔黄口揽投部已收件（揽投员姓名：李静,联系电话:）',
    'COLLECTED',
    '天津',
    { name: '李静', phone: null },
  ],
  ['已离开天津市邮政速递物流公司武清区分公司崔黄口揽投部，发往天津处理中心', 'IN_TRANSIT', '天津', null],
  ['离开天津市 发往北京市', 'IN_TRANSIT', '天津', null],
  ['到达  中国邮政速递物流股份有限公司北京市国货航航空邮件处 处理中心', 'IN_TRANSIT', '北京', null],
  [
    '北京邮政速递安定门区域分公司北苑营投部安排投递，预计23:59:00前投递（投递员姓名：韩方朋;联系电话：18519363520）',
    'OUT_FOR_DELIVERY',
    '北京',
    { name: '韩方朋', phone: '18519363520' },
  ],
  ['投递并签收，签收人：他人收 超市', 'DELIVERED', null, null],
  ['快件已到达白鹿司路2号院海棠公社物业前台物业妈妈驿站派件自提请及时取件如有疑问请联系18001279178', 'AWAITING_PICKUP', null, null],
  [
    '【安徽省合肥市政务区柏堰工业园公司】 派件人 : 王耐富 派件中 派件员电话18755105463',
    'OUT_FOR_DELIVERY',
    '合肥',
    { name: '王耐富', phone: '18755105463' },
  ],
  ['圆通合作点【指尖快递】快件已到达港汇广场A座负一层驿站,如有疑问请联系13515644171', 'AWAITING_PICKUP', null, null],
  ['已收件[深圳市]', 'COLLECTED', '深圳', null],
  ['快件在 深圳 ,准备送往下一站 深圳集散中心 [深圳市]', 'IN_TRANSIT', '深圳', null],
  ['派件已签收[深圳市]', 'DELIVERED', '深圳', null],
  ['【芜湖市】  【芜湖】（0553-7553079、0553-7556060） 的 芜湖镜湖区十一部 （18949431019） 已揽收', 'COLLECTED', '芜湖', null],
  ['【深圳市】  快件离开 【福田新福星】 发往 【南京江宁区】', 'IN_TRANSIT', '深圳', null],
  ['【浙江省金华市义乌市荷叶塘公司】已发出下一站【义乌转运中心公司】', 'IN_TRANSIT', '金华', null],
  ['顺丰速运 已收取快件', 'COLLECTED', null, null],
])('%s', (line, status, city, courier) => {
  expect(classifyTraceLine(line)).toEqual({ status, reason: null, city, courier });
});
