/**
 * What a Chinese personal name looks like, for telling a courier's name from boilerplate
 * ("专属号码"), places ("四季名门") and roles ("张师傅"). Surnames: the common single surnames
 * and the compound ones of the 百家姓 (docs/reference/carriers.md §7).
 */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由爱';

const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '轩辕',
  '百里',
  '呼延',
  '澹台',
  '闻人',
  '申屠',
  '万俟',
  '司空',
  '太史',
  '钟离',
  '东郭',
  '公冶',
  '赫连',
  '濮阳',
  '拓跋',
  '左丘',
];

const SURNAME_SET = new Set(SINGLE_SURNAMES);

/** Words that make a candidate a role, a place or boilerplate rather than a person. */
const NOT_PERSONAL =
  /快递|派件|派送|配送|投递|签收|电话|联系|专属|号码|网点|驿站|代收|代派|代理|客服|投诉|公司|本人|他人|门卫|物业|前台|师傅|小哥|收件|寄件|快件|包裹|正在|已经|您|请|业务|员|中心|分部|营业|转运|站点|丰巢|菜鸟|智能|自提|派|收|签|柜/;

/** Endings of places and organisations that given names practically never have. */
const PLACE_ENDING = /[门园苑府湾居村镇区路街店站点部栋号楼场厂司所院馆室处局厅组队县市省营仓]$/;

/** Area prefixes some carriers put before a courier's name ("城西陈涛", "西部俞爱军"). */
const AREA_PREFIX = /^(城[东西南北]|[东西南北][区部]|市区)/;

function hasSurname(name: string): boolean {
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s) && name.length >= 3)) return true;
  return SURNAME_SET.has(name[0]);
}

/** True when the text reads as a personal name: surname first, 2–4 Chinese characters, no role or place word. */
export function isPersonalName(text: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(text)) return false;
  if (NOT_PERSONAL.test(text) || PLACE_ENDING.test(text)) return false;
  return hasSurname(text);
}

/**
 * The personal name inside a candidate as carriers write it: work ids and latin initials around it
 * ("HS陈龙", "唐晖2"), an area before it ("城西陈涛"). Null when what remains is no personal name.
 */
export function personalNameIn(candidate: string): string | null {
  const bare = candidate
    .replace(/[A-Za-z0-9\s]+/g, '')
    .replace(AREA_PREFIX, '')
    .trim();
  return isPersonalName(bare) ? bare : null;
}
