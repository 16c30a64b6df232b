// Table-like labels of coder notes and infoboxes: "Fatalities: 3", "Killed: 1,204", "Fatalities coded as 3",
// "Civilians injured: 12", "Missing: about 40", and table cells "Killed | 12". A harm word, a colon
// or a bar, the number. A harm word after the number says more than the label before it:
// "Casualties: 3,000 dead" is a count of the dead, read by the predicate that follows.
// Reference works give other estimates after the first, each with its source in brackets:
// "Death toll: 3,400 (official); up to 8,000 (other estimates)", "Killed | 132 (official) / 400+".
import type { Category } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import type { NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import { CODING_VERBS, COUNT_MODIFIERS, COUNT_NOUNS, HARM_NOUNS, PREDICATE_WORDS } from '../vocabulary.js';
import { COPULAS } from '../phrases.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/**
 * What stands between a label and its number: "Fatalities: 3", "Fatalities | 3", and (round 11,
 * tables flattened into situation reports) a dash, "deaths – 1,284; injured – 4,917".
 */
const LABEL_MARKS: ReadonlySet<string> = new Set([':', '|', '–', '—', '-']);
/** What separates one estimate of a label from the next: "3,400 (official); up to 8,000", "132 / 400+". */
const ESTIMATE_SEPARATORS: ReadonlySet<string> = new Set([';', '/']);
/** How long a bracketed note after an estimate may be: "(official)", "(other estimates)". */
const MAX_NOTE = 6;

/** The label's category for a number right after it, or null. */
function labelled(tokens: readonly Token[], mention: NumberMention): Category | null {
  if (isSampleSize(tokens, mention.start)) return harmLabelledBefore(tokens, mention.start - 3);
  const at = codedAt(tokens, mention.start) ?? (LABEL_MARKS.has(tokens[mention.start - 1]?.text ?? '') ? mention.start - 2 : -1);
  if (at < 0) return null;
  const word = tokens[at]?.norm ?? '';
  // "Death toll: 3,400", "Casualty count | 80": a count noun with the harm before it.
  // Round 11: "Fatalities split: ...; total coded as 15": a bare total of the harm labelled before it.
  if (COUNT_NOUNS.has(word)) return COUNT_MODIFIERS.get(tokens[at - 1]?.norm ?? '') ?? (word === 'total' ? harmLabelledBefore(tokens, at - 1) : null);
  return PREDICATE_WORDS.get(word) ?? null;
}

/** How far back a count split by side may find its harm: "Fatalities split: A (n=6), B (n=9); total". */
const MAX_SPLIT = 24;

/** Round 11, coder notes: "(n=6)", the count of one side in a split. */
function isSampleSize(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.text === '=' && tokens[start - 2]?.norm === 'n' && tokens[start - 3]?.text === '(';
}

/** The side named before a split's "(n=": "Macawisley (n=6)", back to the colon or comma before it. */
function sideBefore(tokens: readonly Token[], open: number): NounPhrase | null {
  let start = open;
  while (start > 0 && open - start < 6 && tokens[start - 1].kind === 'word') start -= 1;
  return start < open ? { start, end: open, head: open - 1 } : null;
}

/**
 * The harm a split or its total counts: a harm noun earlier in the sentence, ending `from` back,
 * that labels the split (a colon after it, or its own "split"), as in "Fatalities split: A (n=6)".
 */
function harmLabelledBefore(tokens: readonly Token[], from: number): Category | null {
  for (let k = from; k >= Math.max(0, from - MAX_SPLIT); k--) {
    if (tokens[k].text === '.' && !tokens[k].glued) return null;
    if (!HARM_NOUNS.has(tokens[k].norm)) continue;
    const next = k + 1 < tokens.length && tokens[k + 1].norm === 'split' ? k + 2 : k + 1;
    return LABEL_MARKS.has(tokens[next]?.text ?? '') ? PREDICATE_WORDS.get(tokens[k].norm) ?? null : null;
  }
  return null;
}

/**
 * Round 8, coder notes: "Fatality count coded as 10", "fatalities were coded as 3": the label's
 * last word before a coding verb and "as"; its index, or null.
 */
function codedAt(tokens: readonly Token[], start: number): number | null {
  if (tokens[start - 1]?.norm !== 'as' || !CODING_VERBS.has(tokens[start - 2]?.norm ?? '')) return null;
  return COPULAS.has(tokens[start - 3]?.norm ?? '') ? start - 4 : start - 3;
}

/** Where a bracketed note ending at `k` opens, or `k + 1` when there is none. */
function noteStart(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ')') return k + 1;
  for (let j = k - 1; j >= Math.max(0, k - MAX_NOTE); j--) {
    if (tokens[j].text === '(') return j;
    if (tokens[j].kind === 'num') break;
  }
  return k + 1;
}

/** Does the number end its estimate: a note, a separator or the end after it, no words of its own? */
function endsEstimate(tokens: readonly Token[], mention: NumberMention): boolean {
  const next = tokens[mention.last + 1];
  return next === undefined || next.text === '(' || ESTIMATE_SEPARATORS.has(next.text) || next.text === '.';
}

/** A later estimate of a labelled figure: the label's category, through the estimates before it. */
function otherEstimate(tokens: readonly Token[], mentions: readonly NumberMention[], mention: NumberMention): Category | null {
  let current = mention;
  for (let hops = 0; hops < mentions.length; hops++) {
    if (!endsEstimate(tokens, current) || !ESTIMATE_SEPARATORS.has(tokens[current.start - 1]?.text ?? '')) return null;
    const end = noteStart(tokens, current.start - 2) - 1;
    const previous = mentions.find((m) => m.last === end);
    if (!previous || !endsEstimate(tokens, previous)) return null;
    const category = labelled(tokens, previous);
    if (category) return category;
    current = previous;
  }
  return null;
}

export const label: CategoryRule = {
  name: RULE.label,
  govern({ tokens, mentions }, mention) {
    const category = labelled(tokens, mention) ?? otherEstimate(tokens, mentions, mention);
    if (!category) return null;
    if (PREDICATE_WORDS.has(tokens[mention.last + 1]?.norm ?? '')) return null;
    return { category, rule: this.name, confidence: 0.8, actor: isSampleSize(tokens, mention.start) ? sideBefore(tokens, mention.start - 3) : null };
  },
};
