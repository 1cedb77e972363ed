// Recognising Chinese personal names without a dictionary of people: 2–4 Han characters starting with a
// common surname. The surname list is general knowledge (the most frequent surnames), not page content.
import { allHan, CodeSet } from './chars';
import { isSpaceCode } from './lines';

const SINGLE_SURNAMES = new CodeSet(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
);
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
  '宇文',
  '长孙',
  '夏侯',
  '轩辕',
  '端木',
  '司徒',
  '西门',
  '独孤',
  '南宫',
  '万俟',
  '闻人',
  '申屠',
];

/** The first characters of the compound surnames: most names are answered without the list being read. */
const COMPOUND_FIRST = new CodeSet(COMPOUND_SURNAMES.map((s) => s.charAt(0)));

/** One personal name: a known surname and one or two given-name characters (3–4 for compound surnames). */
export function isPersonName(token: string): boolean {
  if (token.length < 2 || token.length > 4 || !allHan(token)) return false;
  const first = token.charCodeAt(0);
  if (COMPOUND_FIRST.has(first) && COMPOUND_SURNAMES.some((s) => token.startsWith(s)))
    return token.length >= 3;
  return token.length <= 3 && SINGLE_SURNAMES.has(first);
}

/** Loosely a name: 2–4 Han characters (after an explicit role word the surname need not be a common one). */
export function isNameLike(token: string): boolean {
  return token.length >= 2 && token.length <= 4 && allHan(token);
}

const NAME_SEPARATORS = /[\s、，,]+/;

/** The Han characters a name is made of. */
function isNameHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** What NAME_SEPARATORS matches. */
function isSeparator(code: number): boolean {
  return code === 0x3001 || code === 0xff0c || code === 44 || isSpaceCode(code);
}

/** A line (or bracket content) made only of 1–4 personal names: "王小明 李华" or "王小明、李华". */
export function namesOnly(text: string): string[] | null {
  if (text.length > 30) return null;
  // Names are Han characters, 2–4 of them, four names at most: anything else but a separator, or a run of Han
  // too long or too short or one too many for a name, rules the line out before it is split.
  let run = 0;
  let names = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isNameHan(code)) run++;
    else if (!isSeparator(code)) return null;
    else if (run > 0) {
      if (run < 2 || run > 4 || ++names > 4) return null;
      run = 0;
    }
  }
  const tokens = text.split(NAME_SEPARATORS).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 4) return null;
  return tokens.every(isPersonName) ? tokens : null;
}
