// A token is a word, a digit run or one punctuation character, with its offsets in the report text.
// Rules match on token sequences rather than raw text so that every pattern stays linear and
// whitespace, case and hyphenation are handled once, here.

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes straightened: what rules compare against. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** True when the token touches the previous one (no space between): "11k", "25-year". */
  glued: boolean;
}

// Digit runs with inner separators ("1,000", "1.5", "1.234.567"); words with inner apostrophes,
// hyphens or dots ("al-Rubaie", "twenty-five", "U.S"); any other single non-space character.
// Each repeated group starts with a character its predecessor cannot match, so there is no backtracking.
const TOKEN_PATTERN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{N}]/gu;

const LETTER = /[\p{L}\p{M}]/u;

function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let previousEnd = -1;
  for (const match of slice.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = from + (match.index ?? 0);
    const first = raw.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'num' : LETTER.test(raw[0]) ? 'word' : 'punct';
    tokens.push({
      text: raw,
      norm: kind === 'word' ? normalise(raw) : raw,
      kind,
      start,
      end: start + raw.length,
      glued: start === previousEnd,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** True when tokens[i..] spell the given lower-case words in order. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k].norm !== words[k]) return false;
  return true;
}
