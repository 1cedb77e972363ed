// A zip file is a packaged document: an EPUB when its `mimetype` entry says application/epub+zip, a Word
// document when its [Content_Types].xml declares a WordprocessingML main part; anything else is refused.
import { said } from '../../../../shared/i18n/said.js';
import { baseName } from '../../../domain/import/parse-document.js';
import { readDocx } from '../docx/read-docx.js';
import { readEpub } from '../epub/read-epub.js';
import { DocumentRefusal, type PageResult, type ReadProgress } from '../page-result.js';
import { openZip } from './safe-unzip.js';

const OTHER_ZIP = said(
  'it is a zip archive that is neither an EPUB book nor a Word document (.docx); unpack it and import the files in it',
  '它是 zip 压缩包，但既不是 EPUB 电子书也不是 Word 文档（.docx）；请解压后导入其中的文件',
);

export async function readZipDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadProgress = {},
): Promise<PageResult> {
  const opened = openZip(bytes);
  if (!opened.ok) return opened;
  const { archive } = opened;
  try {
    if (archive.text('mimetype')?.trim() === 'application/epub+zip')
      return await readEpub(archive, baseName(fileName), options);
    if (/wordprocessingml\.document\.main/.test(archive.text('[Content_Types].xml') ?? ''))
      return await readDocx(bytes, archive, baseName(fileName));
    return { ok: false, reason: OTHER_ZIP };
  } catch (error) {
    if (error instanceof DocumentRefusal) return { ok: false, reason: error.said };
    throw error;
  }
}
