#!/usr/bin/env node
// The floor: the least work any casualty-figure extractor must do. Streams FILE (UTF-8, 1 MiB
// chunks, cut at line ends so no match straddles two chunks) and counts the matches of one number
// regex and one case-insensitive casualty-keyword regex (the vocabulary of the peers' row
// prefilter, ../shared/peers/common.mjs). Prints {"numbers":…,"keywords":…}.
// usage: node scripts/bench/floor.mjs FILE
import { createReadStream } from 'node:fs';

const NUMBER_RE = /\d[\d,]*/g;
const KEYWORD_RE = /\b(?:kill|dead|die|death|toll|fatalit|wound|injur|hurt|casualt|captur|prisoner|abduct|kidnap|hostage|missing|unaccounted|perished)/gi;

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/floor.mjs FILE');
  process.exit(2);
}

let numbers = 0, keywords = 0, carry = '';
function scan(s) {
  NUMBER_RE.lastIndex = 0;
  while (NUMBER_RE.exec(s) !== null) numbers++;
  KEYWORD_RE.lastIndex = 0;
  while (KEYWORD_RE.exec(s) !== null) keywords++;
}

const stream = createReadStream(file, { highWaterMark: 1 << 20 });
stream.setEncoding('utf8');
try {
  for await (const chunk of stream) {
    const s = carry + chunk;
    const cut = s.lastIndexOf('\n') + 1;
    if (cut === 0) { carry = s; continue; }
    scan(cut === s.length ? s : s.slice(0, cut));
    carry = s.slice(cut);
  }
  scan(carry);
} catch (err) {
  console.error(`floor: ${file}: ${err.message}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify({ numbers, keywords }) + '\n');
