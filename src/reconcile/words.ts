// One tokenisation for the names of sources and actors, so that "South Korea’s", "south korea's"
// and "S. Korea's" reach the same words before any table is consulted.

const APOSTROPHES = /[’‘`´ʼ]/g;
const WORD_BREAKS = /[^\p{L}\p{N}'-]+/u;
const EDGE_PUNCTUATION = "'-";

/** Lower-cased words without possessives; dots vanish so "U.S." is "us" and "S. Korea" is "s korea". */
export function toWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replaceAll('.', '')
    .split(WORD_BREAKS)
    .map(withoutPossessive)
    .filter((word) => word !== '');
}

function withoutPossessive(word: string): string {
  const stem = word.endsWith("'s") ? word.slice(0, -2) : word;
  return trimChars(stem, EDGE_PUNCTUATION);
}

// A loop rather than /^[-']+|[-']+$/ so that long punctuation runs cost linear time.
function trimChars(word: string, chars: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && chars.includes(word[start]!)) start++;
  while (end > start && chars.includes(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** Space-joined words → the words that replace them; `longest` is the longest phrase in words. */
export interface PhraseTable {
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  readonly longest: number;
}

export function phraseTable(entries: Record<string, string>): PhraseTable {
  const phrases = new Map(Object.entries(entries).map(([from, to]) => [from, to.split(' ')]));
  const longest = Math.max(0, ...[...phrases.keys()].map((phrase) => phrase.split(' ').length));
  return { phrases, longest };
}

/** Replaces phrases from the table, longest match first, scanning left to right once. */
export function replacePhrases(words: readonly string[], table: PhraseTable): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestMatch(words, i, table);
    if (match) {
      out.push(...match.replacement);
      i += match.length;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return out;
}

function longestMatch(words: readonly string[], at: number, table: PhraseTable) {
  for (let length = Math.min(table.longest, words.length - at); length > 0; length--) {
    const replacement = table.phrases.get(words.slice(at, at + length).join(' '));
    if (replacement) return { replacement, length };
  }
  return null;
}

export function dropLeading(words: readonly string[], unwanted: ReadonlySet<string>): string[] {
  let start = 0;
  while (start < words.length - 1 && unwanted.has(words[start]!)) start++;
  return words.slice(start);
}

/** True when `words` ends with all of `tail` ("ukraine president volodymyr zelenskyy" ends with "zelenskyy"). */
export function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  const offset = words.length - tail.length;
  return offset >= 0 && tail.every((word, i) => words[offset + i] === word);
}
