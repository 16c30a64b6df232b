// Benchmark inputs, built from the shared corpora into a cache directory (never into the repo).
//
// Two datasets, each as a text file (one report per line, toll's default text mode) and as a CSV
// (header id,text; every text quoted per RFC 4180) holding exactly the same records:
// - reuters: the <BODY> of every Reuters-21578 story (reut2-000…021.sgm, file order). SGML entities
//   decoded (&lt; &gt; &amp;; &#N; control codes such as the &#3; end-of-story mark dropped), all
//   whitespace including the hard line wraps collapsed to one space, so one body = one line, and the
//   closing "Reuter" sign-off removed.
// - agworld: AG News test.csv rows of class 1 (World), title + ". " + description, with AG News's
//   own escapes undone (" #39;" -> "'", "#36;" -> "$", "\" line breaks -> space, &lt;b&gt; tags).
// The unique records are repeated cyclically until the text file reaches the target size (cut at a
// record boundary, so it is at most the target); a 10 MB Reuters input is the first 10 MB of bodies.
// MB means 10^6 bytes throughout.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { join } from 'node:path';

export const MB = 1e6;
const VERSION = 1; // bump when the way inputs are built changes: cached inputs are rebuilt

export class BenchError extends Error {}

// ---- Reuters-21578 -------------------------------------------------------------------------

const SGML_ENTITY = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeSgml(s) {
  return s.replace(/&(#\d+|[a-z]+);/gi, (whole, e) => {
    if (e[0] === '#') {
      const code = Number(e.slice(1));
      return code < 32 || code === 127 ? ' ' : String.fromCodePoint(code);
    }
    return SGML_ENTITY[e.toLowerCase()] ?? whole;
  });
}

function reutersFiles(corpora) {
  const dir = join(corpora, 'reuters21578');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^reut2-\d{3}\.sgm$/.test(f)).sort() : [];
  if (!files.length) throw new BenchError(`no Reuters-21578 files (reut2-NNN.sgm) in ${dir}`);
  return files.map((f) => join(dir, f));
}

function reutersRecords(corpora) {
  const records = [];
  for (const file of reutersFiles(corpora)) {
    const sgm = fs.readFileSync(file, 'latin1'); // ASCII apart from a few stray high bytes
    for (const m of sgm.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      const text = decodeSgml(m[1]).replace(/\s+/g, ' ').trim().replace(/\s*\breuter\s*$/i, '');
      if (text) records.push(text);
    }
  }
  return records;
}

// ---- AG News ---------------------------------------------------------------------------------

function agFile(corpora) {
  const file = join(corpora, 'ag_news_csv', 'test.csv');
  if (!fs.existsSync(file)) throw new BenchError(`AG News not found at ${file}`);
  return file;
}

// RFC 4180 rows (quoted fields, "" escapes, newlines inside quotes).
function* csvRows(s) {
  let row = [], field = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); field = '';
      yield row; row = [];
    } else field += c;
  }
  if (field || row.length) { row.push(field); yield row; }
}

const CP1252 = { 130: '‚', 132: '„', 133: '…', 145: '‘', 146: '’', 147: '“', 148: '”', 150: '–', 151: '—', 153: '™' };

// AG News dropped the "&" of numeric entities ("it&#39;s" became "it #39;s") and wrote line
// breaks as backslashes; titles carry "&lt;b&gt;...&lt;/b&gt;" where they were cut.
function decodeAg(s) {
  const char = (n) => CP1252[n] ?? String.fromCodePoint(Number(n));
  return s
    .replace(/\\/g, ' ')
    .replace(/ ?#(\d+);/g, (_, n) => char(n))
    .replace(/&(lt|gt|amp|quot|#\d+);/g, (_, e) => (e[0] === '#' ? char(e.slice(1)) : SGML_ENTITY[e]))
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function agWorldRecords(corpora) {
  const records = [];
  for (const row of csvRows(fs.readFileSync(agFile(corpora), 'utf8'))) {
    if (row[0] !== '1' || row.length < 3) continue;
    const title = decodeAg(row[1]), description = decodeAg(row[2]);
    if (title || description) records.push(`${title}. ${description}`);
  }
  return records;
}

// ---- datasets --------------------------------------------------------------------------------

export const DATASETS = {
  reuters: {
    label: 'Reuters',
    files: reutersFiles,
    records: reutersRecords,
    how: 'Reuters-21578 <BODY> texts of reut2-000…021.sgm in file order; SGML entities decoded (&lt; → <, '
      + '&#N; control codes dropped), line wraps and all whitespace collapsed so one body = one line, the '
      + 'closing "Reuter" sign-off removed',
  },
  agworld: {
    label: 'AG World',
    files: (corpora) => [agFile(corpora)],
    records: agWorldRecords,
    how: 'AG News test.csv rows of class 1 (World), one line per row: title + ". " + description, AG News escapes '
      + 'undone (" #39;" → \', "#36;" → $, "\\" line breaks → space, <b> tags dropped)',
  },
};

// A key that changes when the corpus files change (path, size, mtime), so stale inputs are rebuilt.
function corpusKey(name, corpora) {
  const h = createHash('sha1').update(`v${VERSION} ${name}`);
  for (const f of DATASETS[name].files(corpora)) {
    const st = fs.statSync(f);
    h.update(`${f} ${st.size} ${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

// Files are written under a temporary name and renamed, so an interrupted build leaves no half file.
const tmp = (p) => p && `${p}.${process.pid}.tmp`;

const csvQuote = (s) => `"${s.replaceAll('"', '""')}"`;

// Writes the records cyclically until `limit` bytes of the chosen file ('text' or 'csv') would be
// exceeded. Returns sizes and record counts.
function writeCycled(records, { textPath, csvPath, limitOn, limit }) {
  const text = records.map((r) => r + '\n');
  const textLen = text.map((t) => Buffer.byteLength(t));
  const quoted = records.map(csvQuote);
  const quotedLen = quoted.map((q) => Buffer.byteLength(q));
  const textFd = textPath ? fs.openSync(tmp(textPath), 'w') : null;
  const csvFd = fs.openSync(tmp(csvPath), 'w');
  const header = 'id,text\n';
  let textBytes = 0, csvBytes = header.length, n = 0;
  let textBuf = [], csvBuf = [header], buffered = 0;
  const flush = () => {
    if (textFd !== null) fs.writeSync(textFd, textBuf.join(''));
    fs.writeSync(csvFd, csvBuf.join(''));
    textBuf = []; csvBuf = []; buffered = 0;
  };
  try {
    for (;;) {
      const k = n % records.length, id = String(n + 1);
      const csvLen = id.length + 1 + quotedLen[k] + 1;
      if ((limitOn === 'text' ? textBytes + textLen[k] : csvBytes + csvLen) > limit) break;
      if (textFd !== null) textBuf.push(text[k]);
      csvBuf.push(`${id},${quoted[k]}\n`);
      textBytes += textLen[k]; csvBytes += csvLen; buffered += textLen[k] + csvLen; n++;
      if (buffered > 16 * MB) flush();
    }
    flush();
  } catch (err) {
    for (const p of [textPath, csvPath]) if (p) fs.rmSync(tmp(p), { force: true });
    throw err;
  } finally {
    if (textFd !== null) fs.closeSync(textFd);
    fs.closeSync(csvFd);
  }
  if (textPath) fs.renameSync(tmp(textPath), textPath);
  fs.renameSync(tmp(csvPath), csvPath);
  return { textBytes: textPath ? textBytes : null, csvBytes, records: n };
}

function loadRecords(name, corpora, memo) {
  if (!memo[name]) {
    const records = DATASETS[name].records(corpora);
    if (!records.length) throw new BenchError(`no ${DATASETS[name].label} records found in ${corpora}`);
    memo[name] = { records, bytes: records.reduce((s, r) => s + Buffer.byteLength(r) + 1, 0) };
  }
  return memo[name];
}

function cached(metaPath, key, paths) {
  try {
    const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'));
    if (meta.key !== key) return null;
    for (const [p, bytes] of paths) if (fs.statSync(p).size !== bytes(meta)) return null;
    return meta;
  } catch {
    return null;
  }
}

function sizeLabel(bytes) {
  return `${+(bytes / MB).toFixed(3)}mb`;
}

const fmtMB = (b) => `${(b / MB).toFixed(b < 10 * MB ? 2 : 1)} MB`;

// The text + CSV pair of `name` at `target` bytes (of the text file). Cached in `dir`.
export function ensureInput(name, target, { corpora, dir, rebuild, memo }) {
  const base = join(dir, `${name}-${sizeLabel(target)}`);
  const textPath = `${base}.txt`, csvPath = `${base}.csv`, metaPath = `${base}.json`;
  const key = corpusKey(name, corpora);
  let meta = rebuild ? null : cached(metaPath, key, [[textPath, (m) => m.textBytes], [csvPath, (m) => m.csvBytes]]);
  const reused = Boolean(meta);
  if (!meta) {
    const { records, bytes } = loadRecords(name, corpora, memo);
    const sizes = writeCycled(records, { textPath, csvPath, limitOn: 'text', limit: target });
    if (!sizes.records) throw new BenchError(`target ${fmtMB(target)} is smaller than the first ${name} record`);
    meta = { key, ...sizes, unique: records.length, uniqueBytes: bytes };
    fs.writeFileSync(metaPath, JSON.stringify(meta) + '\n');
  }
  const times = meta.records / meta.unique;
  const how = `${DATASETS[name].how}; ${meta.unique.toLocaleString('en')} unique records (${fmtMB(meta.uniqueBytes)}) `
    + 'repeated cyclically to the target size, cut at a record boundary; the CSV (header id,text; id = running record number) '
    + 'holds the same records as the text file.';
  const detail = (times < 1 ? `the first ${meta.records.toLocaleString('en')} records`
    : `${meta.records.toLocaleString('en')} records (×${times.toFixed(2)})`)
    + `: text ${fmtMB(meta.textBytes)}, CSV ${fmtMB(meta.csvBytes)}`;
  return { name, label: DATASETS[name].label, textPath, csvPath, textBytes: meta.textBytes, csvBytes: meta.csvBytes,
    records: meta.records, how, detail, reused };
}

// A CSV of at most `cap` bytes for the peers: the first records of the same cycle.
export function ensurePeerInput(name, cap, { corpora, dir, rebuild, memo }) {
  const base = join(dir, `${name}-peers-${sizeLabel(cap)}`);
  const csvPath = `${base}.csv`, metaPath = `${base}.json`;
  const key = corpusKey(name, corpora);
  let meta = rebuild ? null : cached(metaPath, key, [[csvPath, (m) => m.csvBytes]]);
  if (!meta) {
    const { records } = loadRecords(name, corpora, memo);
    const sizes = writeCycled(records, { csvPath, limitOn: 'csv', limit: cap });
    if (!sizes.records) throw new BenchError(`peer cap ${fmtMB(cap)} is smaller than the first ${name} record`);
    meta = { key, ...sizes, unique: records.length };
    fs.writeFileSync(metaPath, JSON.stringify(meta) + '\n');
  }
  return { name, label: DATASETS[name].label, csvPath, csvBytes: meta.csvBytes, records: meta.records,
    how: `the first ${meta.records.toLocaleString('en')} records of the same cycle (${fmtMB(meta.csvBytes)} CSV)` };
}

// ---- halves, for independent shards -----------------------------------------------------------

// Where to cut `size` bytes in two at a line boundary: just after the first "\n" at or after the
// byte before the middle, so the first half is whole lines and the halves differ by at most one
// line. read(pos, len) returns the bytes at pos (reading forward only, so a 1 GB file is never held
// whole). null when no line ends there short of the end: a half would be empty.
export function halfCut(size, read, chunk = 1 << 20) {
  for (let pos = Math.max(0, (size >> 1) - 1); pos < size;) {
    const buf = read(pos, Math.min(chunk, size - pos));
    if (!buf.length) break;
    const i = buf.indexOf(10);
    if (i !== -1) return pos + i + 1 < size ? pos + i + 1 : null;
    pos += buf.length;
  }
  return null;
}

function copyRange(fd, from, to, dest) {
  const out = fs.openSync(dest, 'w'), buf = Buffer.alloc(16 << 20);
  try {
    for (let pos = from; pos < to;) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, to - pos), pos);
      if (n <= 0) throw new BenchError(`${dest}: the input ended early`);
      fs.writeSync(out, buf, 0, n);
      pos += n;
    }
  } finally {
    fs.closeSync(out);
  }
}

// The two halves of the text input `path` (see halfCut), cached beside it as NAME.half1.txt and
// NAME.half2.txt while the input's size and mtime are those they were cut from.
export function ensureHalves(path, { rebuild } = {}) {
  const base = path.replace(/\.txt$/, '');
  const halves = [`${base}.half1.txt`, `${base}.half2.txt`], metaPath = `${base}.halves.json`;
  const st = fs.statSync(path);
  const from = { size: st.size, mtimeMs: st.mtimeMs };
  try {
    const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'));
    if (!rebuild && meta.size === from.size && meta.mtimeMs === from.mtimeMs
      && fs.statSync(halves[0]).size === meta.cut && fs.statSync(halves[1]).size === from.size - meta.cut) {
      return { halves, cut: meta.cut, reused: true };
    }
  } catch { /* not cut yet */ }
  const fd = fs.openSync(path, 'r');
  try {
    const cut = halfCut(from.size, (pos, len) => {
      const buf = Buffer.alloc(len);
      return buf.subarray(0, fs.readSync(fd, buf, 0, len, pos));
    });
    if (cut === null) throw new BenchError(`${path} has no line end past its middle: it cannot be cut in two halves`);
    halves.forEach((h, i) => copyRange(fd, i ? cut : 0, i ? from.size : cut, tmp(h)));
    halves.forEach((h) => fs.renameSync(tmp(h), h));
    fs.writeFileSync(metaPath, JSON.stringify({ ...from, cut }) + '\n');
    return { halves, cut, reused: false };
  } finally {
    fs.closeSync(fd);
  }
}

// ---- figures, for reconcile at scale ----------------------------------------------------------

// `n` figure lines from the NDJSON lines of toll extract, repeated cyclically; copy k > 0 of a line
// gets the doc id "DOC~k", so every copy is a report of its own (the same figure in the same doc
// twice would be one claim, not a million).
export function* figureCopies(lines, n) {
  const figures = lines.map((l) => JSON.parse(l));
  if (!figures.length) throw new BenchError('no figures to repeat');
  for (let i = 0; i < n; i++) {
    const f = figures[i % figures.length], k = Math.floor(i / figures.length);
    yield JSON.stringify(k ? { ...f, doc: `${f.doc}~${k}` } : f);
  }
}

// An NDJSON figures file of `n` lines made from `lines` (figureCopies), cached in `dir` under a key
// of the lines themselves: rebuilt when toll's extraction of the source changes.
export function ensureFigures(lines, n, { dir, rebuild }) {
  const path = join(dir, `figures-${n}.ndjson`), metaPath = join(dir, `figures-${n}.json`);
  const key = createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 16);
  let meta = rebuild ? null : cached(metaPath, key, [[path, (m) => m.bytes]]);
  const reused = Boolean(meta);
  if (!meta) {
    const fd = fs.openSync(tmp(path), 'w');
    let bytes = 0, buf = [];
    const flush = () => { const s = buf.join(''); fs.writeSync(fd, s); bytes += Buffer.byteLength(s); buf = []; };
    try {
      for (const line of figureCopies(lines, n)) {
        buf.push(`${line}\n`);
        if (buf.length >= 10_000) flush();
      }
      flush();
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp(path), path);
    meta = { key, bytes, figures: n, unique: lines.length };
    fs.writeFileSync(metaPath, JSON.stringify(meta) + '\n');
  }
  return { path, bytes: meta.bytes, figures: n, unique: meta.unique, reused };
}
