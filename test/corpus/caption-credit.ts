// A photo's caption as papers print it: a sentence saying what the picture shows, in Chinese often opened by 图为,
// and in most papers closed by a credit naming the photographer, the agency or the picture's origin. Names are
// invented and agencies generic, so no credit is a corpus's text; a share of captions carries none, as some
// papers print them.
import { personName } from '../support/page-generator';
import type { Dice, Lang } from './render-text';

const EN_FIRST = ['Anna', 'James', 'Maria', 'David', 'Sarah', 'Michael', 'Laura', 'Peter', 'Emily', 'Tom'];
const EN_LAST = [
  'Walker',
  'Chen',
  'Okafor',
  'Novak',
  'Santos',
  'Fischer',
  'Murphy',
  'Haddad',
  'Larsen',
  'Byrne',
];
const EN_AGENCIES = ['Reuters', 'AP', 'AFP', 'Getty Images', 'EPA', 'Bloomberg'];
const ZH_DESKS = ['本报记者', '新华社记者', '特约记者', '通讯员'];
const ZH_ORIGINS = ['（资料图片）', '（新华社发）', '（受访者供图）', '（本报资料图片）'];

function englishCredit(dice: Dice): string {
  const name = `${dice.pick(EN_FIRST)} ${dice.pick(EN_LAST)}`;
  const agency = dice.pick(EN_AGENCIES);
  switch (dice.int(0, 4)) {
    case 0:
      return `Photo: ${name}/${agency}`;
    case 1:
      return `(${name}/${agency})`;
    case 2:
      return `${name.toUpperCase()}/${agency.toUpperCase()}`;
    case 3:
      return `(AP Photo/${name})`;
    default:
      return `Photograph by ${name}`;
  }
}

function chineseCredit(dice: Dice): string {
  const name = personName(dice);
  switch (dice.int(0, 3)) {
    case 0:
      return `${dice.pick(ZH_DESKS)}　${name}　摄`;
    case 1:
      return `（${dice.pick(ZH_DESKS)}${name}摄）`;
    case 2:
      return `${name}　摄`;
    default:
      return dice.pick(ZH_ORIGINS);
  }
}

/** The caption printed under a photo, from the sentence it says. */
export function captionOf(sentence: string, lang: Lang, dice: Dice): string {
  if (lang === 'zh') {
    const text = dice.chance(0.4) ? `图为${sentence}` : sentence;
    if (!dice.chance(0.75)) return text;
    const credit = chineseCredit(dice);
    return credit.startsWith('（') ? `${text}${credit}` : `${text}　${credit}`;
  }
  return dice.chance(0.75) ? `${sentence} ${englishCredit(dice)}` : sentence;
}
