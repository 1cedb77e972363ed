/** The `jianbao` command's words in Simplified Chinese (see cli-strings.ts). */
import type { CliStrings } from './cli-strings.en.js';

export const cliZhCN: CliStrings = {
  usage: {
    heading: '用法：',
    import: '导入文件：文本（常见编码均可）、Markdown、PDF、网页、EPUB、Word',
    list: '列出文库中的文章（加 --archived 列出已归档的；加 --collection 列出某个合集的）',
    parse: '显示 FILE 会被拆分成哪些文章（不改动任何文库）',
    search:
      '搜索标题、正文、笔记和标签；多个词须同时出现，"短语" 按原样匹配，annot* 匹配前缀，-词 排除，' +
      'tag:标签、source:来源、after:YYYY-MM-DD、before:YYYY-MM-DD（以 - 开头的查询前请加 --）；' +
      '默认列出 20 条结果，--limit N 或 --all 可改，--offset N 从第 N 条起',
    export:
      '把高亮和笔记写成 Markdown：输出到标准输出、一个文件，或（PATH 以 / 结尾或是已有文件夹时）' +
      '每篇文章一个文件，下次导出时覆盖',
    backup: '把整个文库（文章、原始文件、批注、书签、标签、设置）写成 JSON',
    snapshot: '完整复制文库文件，放进文库旁的 backups 文件夹或写到 FILE',
    restore: '从 JSON 备份恢复：补回文库缺少的内容（空文库则恢复全部）；恢复两次不会重复添加',
    snapshots: '列出快照（每天及文库升级前各自动保存一份）',
    snapshotsRestore: '用快照替换当前文库（替换前先为当前文库保存一份快照）',
    reimport:
      '重新解析一个来源（或用 FILE 替换它），批注留在原来的段落上；来源编号见 list --json；' +
      '--encoding 按 NAME 编码读取文本文件（big5、shift_jis 等）',
    delete: '删除文章及其批注、书签和标签',
    deleteSource: '删除一个导入的文件及其全部文章；其中有批注时须加 --yes',
    undelete: '恢复删除的内容（一小时内有效）',
    edit: '重命名文章，修改其元数据或状态',
    collections: '列出合集',
    collectionsChange: '新建、重命名、删除合集；把文章放入合集',
    library: '默认使用桌面应用的文库；--db PATH 或环境变量 JIANBAO_DB 可指定其他文库。',
  },
  misuse: {
    unknownCommand: (command) => `没有“${command}”这个命令。`,
    id: (what, text) => `${what} 需要一个编号（见 jianbao list --json），而不是“${text}”。`,
    wholeNumber: (option, least, text) => `${option} 需要不小于 ${least} 的整数，而不是“${text}”。`,
    eitherOr: (names) => `${names} 只能给一个。`,
    importWhat: '请至少指定一个要导入的文件。',
    searchWhat: '请说明要搜索什么，例如：jianbao search 国歌',
    parseWhat: '请指定一个（且只能一个）要解析的文件。',
    restoreWhat: '请指定一个（且只能一个）要恢复的备份文件。',
    reimportWhat: '请说明要重新导入哪个来源：jianbao reimport SOURCE_ID [FILE]',
    encoding: (names, label) => `--encoding 只接受 ${names} 之一，而不是“${label}”。`,
    deleteWhat: '请说明要删除哪些文章：jianbao delete ID...',
    undeleteWhat: '请说明要恢复什么：jianbao undelete TOKEN',
    editWhich: '请说明要编辑哪篇文章：jianbao edit ID --title …',
    editWhat: '请说明要改什么：--title、--authors、--date、--source-name、--read、--archive …',
    collectionArticles: (action) => `请指定文章：jianbao collections ${action} ID ARTICLE_ID...`,
    collectionName: '请给合集起个名字：jianbao collections create NAME',
    collectionRename: '请说明改哪个、改成什么：jianbao collections rename ID NAME',
    collectionAction: (action) => `合集没有“${action}”这个操作。`,
    snapshotWhich: '请说明要恢复哪个快照：jianbao snapshots restore NAME（见 jianbao snapshots）',
  },
  file: {
    unreadable: (path, why) => `无法读取 ${path}：${why}。`,
    missing: '没有这个文件',
    folder: '这是一个文件夹',
    unparsable: (path, reason) => `无法解析 ${path}：${reason}。`,
  },
  imported: (path, encoding, ids) =>
    `${path}：已导入（${encoding}），${ids.length} 篇文章，编号 ${ids.join('、')}`,
  duplicate: (path, ids) => `${path}：已在文库中，${ids.length} 篇文章，编号 ${ids.join('、')}`,
  list: {
    none: '没有文章。',
    empty: '文库是空的。用这个命令添加文件：jianbao import FILE...',
  },
  search: {
    none: '没有匹配的文章。',
    shown: (shown, total, exact) => `共 ${exact ? total : `超过 ${total}`} 篇文章匹配，显示 ${shown} 篇。`,
  },
  parse: {
    blocks: (n) => `${n} 个段块`,
  },
  export: {
    toFolder: (n, folder) => `已把 ${n} 个文件写入 ${folder}`,
    nothing: '还没有任何文章有高亮或笔记，没有可导出的内容。',
    toFile: (path) => `已把笔记写入 ${path}`,
  },
  backup: {
    toFile: (path) => `已把备份写入 ${path}`,
    restored: (c) =>
      (c.sources > 0 ? `重建了 ${c.sources} 个来源，共 ${c.articles} 篇文章。` : '') +
      `恢复了 ${c.annotations} 条批注（${c.orphaned} 条未能定位）、${c.bookmarks} 个书签、${c.tags} 个新标签；` +
      `${c.skipped} 项已存在；${c.unmatched} 篇文章不在这个文库中。`,
  },
  reimported: (sourceId, r) =>
    `已重新导入来源 ${sourceId}（${r.encoding}）：${r.articles} 篇文章；批注 ${r.anchored} 条位置未变，` +
    `${r.moved} 条已移动，${r.orphaned} 条未能定位（连同引文保留）。`,
  snapshots: {
    written: (bytes, path) => `已把整个文库的快照（${bytes} 字节）写入 ${path}`,
    none: (folder) => `${folder} 中还没有快照`,
    restored: (name, saved) => `已用 ${name} 恢复文库；恢复前的文库保存为 ${saved}`,
  },
  manage: {
    undoHint: (token) => `一小时内可以撤销：jianbao undelete ${token}`,
    sourceHeld: (sourceId, articles, annotations) =>
      `来源 ${sourceId} 有 ${articles} 篇文章，带 ${annotations} 条批注；什么也没有删除。加上 --yes 会连同批注一起删除。`,
    sourceDeleted: (sourceId, articles, annotations) =>
      `已删除来源 ${sourceId}：${articles} 篇文章，${annotations} 条批注。`,
    deleted: (articles, emptied, annotations) =>
      `已删除 ${articles} 篇文章${emptied > 0 ? `（${emptied} 个文件因此变空）` : ''}，${annotations} 条批注。`,
    broughtBack: (ids) => `已恢复 ${ids.length} 篇文章，编号 ${ids.join('、')}`,
    read: '已读',
    unread: '未读',
    archived: '已归档',
    noDate: '无日期',
    noCollection: '还没有合集。用这个命令新建一个：jianbao collections create NAME',
    collection: (id, name, articles) => `${id}\t${name}\t${articles} 篇文章`,
    collectionDeleted: '已删除合集；其中的文章仍在文库中。',
    noSuchCollection: '没有这个合集。',
  },
};
