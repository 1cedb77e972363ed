// Part of `npm run check`: Electronegativity, the Electron security linter, over the source tree, offline
// (the Electron version given, the check that asks the network for security fixes left out). Fails on a
// finding of medium severity or above unless the code answers it: a comment on the flagged line or just
// above it, `Electronegativity CHECK_ID: why this is safe`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const SERIOUS = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
/** How far above a flagged line its answer may start: a comment block of a few lines. */
const ANSWER_REACH = 8;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1).push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push([]);
    }
  }
  if (field !== '') endField();
  return rows.filter((row) => row.length > 1);
}

/** Whether the flagged line, or the comment block right above it, says why the finding is safe. */
function answered({ check, file, line }) {
  if (!existsSync(file)) return false;
  const lines = readFileSync(file, 'utf8').split('\n');
  const marker = `Electronegativity ${check}:`;
  if (lines[line - 1]?.includes(marker)) return true;
  for (let i = line - 2; i >= Math.max(0, line - 1 - ANSWER_REACH); i -= 1) {
    const text = lines[i].trim();
    if (!/^(\/\/|\/\*|\*)/.test(text)) return false;
    if (text.includes(marker)) return true;
  }
  return false;
}

const electron = require('electron/package.json').version;
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
/**
 * The findings Electronegativity reports on the tree, and how many rows of its report were cut short; undefined
 * (said on stderr) when it cannot run.
 */
function scanOnce() {
  const folder = mkdtempSync(join(tmpdir(), 'jianbao-electronegativity-'));
  const report = join(folder, 'findings.csv');
  try {
    const args = ['-i', '.', '-e', electron, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-v', 'false'];
    const run = spawnSync(process.execPath, [cli, ...args, '-o', report], { encoding: 'utf8' });
    if (run.status !== 0 || !existsSync(report)) {
      process.stderr.write(
        `${run.stdout}${run.stderr}\nElectronegativity did not run (exit ${run.status}).\n`,
      );
      return undefined;
    }
    const [, ...rows] = parseCsv(readFileSync(report, 'utf8'));
    // Electronegativity writes many findings at once and now and then cuts a row short; such a row names no
    // file and line to answer, so it is said, not read.
    const readable = rows.filter((row) => row.length >= 6 && /^\d+:\d+$/.test(row[4]));
    const findings = readable.map(([check, severity, confidence, file, location, sample]) => ({
      check,
      severity,
      confidence,
      file,
      line: Number(location.split(':')[0]),
      sample,
    }));
    return { findings, cut: rows.length - readable.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs this many scans at most while the report comes out cut short. */
const SCANS = 3;

/**
 * The findings of a whole report. A report cut short can lose every finding in one broken row (seen: 33 findings
 * read as none), so such a scan is run again, and if every scan is cut short the fullest one is read.
 */
function scan() {
  let best;
  for (let attempt = 0; attempt < SCANS; attempt++) {
    const result = scanOnce();
    if (result === undefined) return undefined;
    if (!best || result.findings.length > best.findings.length) best = result;
    if (result.cut === 0) return result.findings;
  }
  process.stderr.write(
    `Electronegativity's report came out cut short ${SCANS} times; read the fullest (${best.cut} row(s) lost).\n`,
  );
  return best.findings;
}

const findings = scan();
if (findings === undefined) process.exit(1);
// dist/ is the build of the sources scanned here; a global finding names no file and cannot be answered.
const serious = findings.filter((f) => SERIOUS.has(f.severity) && !f.file.startsWith('dist/'));
const open = serious.filter((f) => !answered(f));
for (const f of open) {
  process.stderr.write(
    `${f.file}:${f.line} ${f.check} (${f.severity}, ${f.confidence}): ${f.sample}\n` +
      `  fix it, or say why it is safe in a comment "Electronegativity ${f.check}: …" above the line\n`,
  );
}
console.log(
  `Electronegativity ${electron}: ${findings.length} finding(s), ${serious.length} of medium severity or above, ` +
    `${serious.length - open.length} answered in the code.`,
);
process.exit(open.length === 0 ? 0 : 1);
