/**
 * The contract's own sentences about bad input (zod says the rest, in either language): the schemas give zod
 * the English, and validateInput says the Chinese when the reader reads Chinese.
 */
import { said, type Said } from '../i18n/said.js';

export const OWN_MESSAGES = {
  absoluteFolder: said('must be an absolute folder path', '必须是完整的文件夹路径'),
  dateTime: said(
    'must be a date and time such as 2024-05-04T08:30:00Z',
    '必须是日期和时间，例如 2024-05-04T08:30:00Z',
  ),
  endAfterStart: said('end must be after start', '结束位置必须在开始位置之后'),
  articleNote: said('a note on the article has start = end = 0', '整篇文章的笔记须 start = end = 0'),
  day: said('must be a date written YYYY-MM-DD', '必须是 YYYY-MM-DD 格式的日期'),
  whatToChange: said(
    'say what to change (title, authors, date, sourceName, read or archived)',
    '请说明要改什么（title、authors、date、sourceName、read 或 archived）',
  ),
  noControlCharacters: said(
    'must not contain control characters (such as NUL, tabs or line breaks)',
    '不能含有控制字符（例如 NUL、制表符或换行）',
  ),
} satisfies Record<string, Said>;

const CHINESE = new Map(Object.values(OWN_MESSAGES).map((message) => [message.en, message['zh-CN']]));

/** The Chinese of one of these sentences, or the message as it is. */
export const inChinese = (message: string): string => CHINESE.get(message) ?? message;
