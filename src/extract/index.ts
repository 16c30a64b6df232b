// extract(report) -> Figure[]: split into sentences, skip those without a harm word, run the rules
// of config.ts on each number, then name who claims each figure.
import type { Figure, Report, Revision } from '../figure.js';
import { ClaimantResolver, factsOf, type SentenceFacts } from './claimants.js';
import { CATEGORY_RULES, REFINERS, ZERO_COUNTS } from './config.js';
import { findNumberMentions } from './numbers.js';
import type { NumberMention, RefusedNumber } from './numbers.js';
import { COPULAS, isNonPerson, nounPhraseAfter, peopleAfterCopula, phraseText, type NounPhrase } from './phrases.js';
import { isProjectedAfter } from './rules/irrealis.js';
import { countsTheSick } from './rules/sickness.js';
import { RULE } from './rules/rule.js';
import type { Governor, RuleName, SentenceContext } from './rules/rule.js';
import { revisionOf, takenBackByNext } from './refiners/revision.js';
import { markParts } from './refiners/breakdown.js';
import { refineScope } from './refiners/scope.js';
import { correctedCount } from './refiners/corrected-count.js';
import { splitSentences } from './sentences.js';
import type { Span } from './sentences.js';
import { reportDateOf } from './report-date.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import { ACTOR_NOUNS_THAT_ARE_PREDICATES, HARM_NOUNS, LIVES, PREDICATE_WORDS, STATES_OF_PEOPLE, TRIGGER_PATTERN, VERIFICATION_STATES } from './vocabulary.js';

/**
 * The prefilter: a sentence with none of the vocabulary's trigger words cannot hold a figure, so
 * the rules never see it. Derived from vocabulary.ts (TRIGGER_WORDS); global, callers reset lastIndex.
 */
export const CASUALTY_STEMS: RegExp = TRIGGER_PATTERN;
// Start-up: V8 first runs a regex from bytecode and compiles it to machine code once it is hot,
// unless its first subject is 1,000 characters or longer. For this pattern of some 250 words the
// bytecode alone costs 12-15 ms of CPU to build, machine code 2-3 ms, and every run needs both; so
// one long first subject (no match, no state kept) skips the bytecode.
CASUALTY_STEMS.test(' '.repeat(1000));
CASUALTY_STEMS.lastIndex = 0;

/** Nouns that name the harm, not the people: "16,000 deaths" counted "people". */
const ABSTRACT_HEADS: ReadonlySet<string> = new Set([
  ...[...PREDICATE_WORDS.keys()].filter((w) => !ACTOR_NOUNS_THAT_ARE_PREDICATES.has(w)), ...LIVES,
]);
/** Harm nouns a modifier may describe: "1,024 new deaths", "40 more lives". */
const DESCRIBED_HARMS: ReadonlySet<string> = new Set([...HARM_NOUNS, ...LIVES]);
/** Rules whose figure counts the same people as the figure before it. */
const SAME_PEOPLE: ReadonlySet<RuleName> = new Set([RULE.coordination, RULE.partitive]);
/** "1,024 new deaths" counts people; "9,701 civilian deaths" counts civilians. */
const HARM_DESCRIBERS = new Set([
  'new', 'additional', 'more', 'further', 'confirmed', 'reported', 'recorded', 'total', 'related', 'registered',
  'known', 'overall', 'official', 'estimated', 'direct', 'indirect', 'daily', 'weekly', 'excess', 'possible', 'violent',
  // "seven associated deaths", "12 suspected deaths": situation reports' words for how sure a death is.
  'associated', 'attributable', 'suspected', 'probable', 'presumed', 'cumulative', 'likely', 'verified', 'documented',
]);
const ELLIPSIS_MARKERS = new Set(['another', 'further', 'and', ',']);

export interface ExtractOptions {
  /** Figures below this confidence are dropped. */
  minConfidence?: number;
  /** Told of a figure rejected for an impossible value, or a number token that cannot be read whole. */
  onWarning?: (warning: ExtractWarning) => void;
}

/** A sentence as extraction read it: its numbers, the number tokens refused, and how many figures it gave. */
export interface SentenceRead {
  text: string;
  sentence: Span;
  tokens: readonly Token[];
  mentions: readonly NumberMention[];
  refused: readonly RefusedNumber[];
  figures: number;
}

/** Stable codes of extraction warnings (the problem catalogue's names). */
export type ExtractWarningCode = 'NUMBER_UNREADABLE' | 'FIGURE_IMPOSSIBLE';

export interface ExtractWarning {
  code: ExtractWarningCode;
  file: string;
  /** Line of the report the span stands on (1-based, like Figure.line). */
  line: number;
  quote: string;
  message: string;
}

interface Found {
  mention: NumberMention;
  governor: Governor;
  /** Character offsets of the quoted number: tokens are not kept, so memory stays small. */
  start: number;
  end: number;
  sentence: Span;
  sentenceIndex: number;
  actor: string;
  /** The sentence names no one for this figure: it counts "people" until the report says who. */
  unnamed: boolean;
}

/** Indexes of the sentences that contain a casualty stem, in one pass of the stem pattern. */
function sentencesWithStems(text: string, sentences: readonly Span[]): number[] {
  const hits: number[] = [];
  let index = 0;
  CASUALTY_STEMS.lastIndex = 0;
  for (let match = CASUALTY_STEMS.exec(text); match && index < sentences.length; match = CASUALTY_STEMS.exec(text)) {
    while (index < sentences.length && sentences[index].end <= match.index) index += 1;
    if (index >= sentences.length) break;
    if (sentences[index].start <= match.index) {
      hits.push(index);
      CASUALTY_STEMS.lastIndex = sentences[index].end;
      index += 1;
    }
  }
  return hits;
}

/** `onSentence` is told of every sentence the prefilter let through, as the rules read it (see unread.ts). */
export function extractFigures(report: Report, options: ExtractOptions = {}, onSentence?: (read: SentenceRead) => void): Figure[] {
  const { text } = report;
  CASUALTY_STEMS.lastIndex = 0;
  if (!CASUALTY_STEMS.test(text)) return [];
  const sentences = splitSentences(text);
  const facts: (SentenceFacts | undefined)[] = new Array(sentences.length);
  // Tokens of the sentences the rules read, kept until the report's claimants are read: a report with a figure reads them again.
  const tokensRead: (Token[] | undefined)[] = new Array(sentences.length);
  const found: Found[] = [];
  for (const sentenceIndex of sentencesWithStems(text, sentences)) {
    const sentence = sentences[sentenceIndex];
    const tokens = tokenize(text, sentence.start, sentence.end);
    tokensRead[sentenceIndex] = tokens;
    const refused: RefusedNumber[] = [];
    const mentions = findNumberMentions(tokens, refused);
    const figures = figuresInSentence(text, tokens, mentions);
    for (const token of refused) warnUnreadable(report, tokens, token, options);
    onSentence?.({ text, sentence, tokens, mentions, refused, figures: figures.filter((f) => !f.mention.absurd).length });
    if (figures.length > 0) facts[sentenceIndex] = factsOf(text, tokens);
    for (const figure of figures) {
      const { mention } = figure;
      if (mention.absurd) warnImpossible(report, tokens, mention, options);
      else {
        // Fields named: a spread followed by more fields takes a slow path in V8 (Node 20), once per figure.
        const { governor, actor, unnamed } = figure;
        found.push({ mention, governor, actor, unnamed, start: tokens[mention.start].start, end: tokens[mention.last].end, sentence, sentenceIndex });
      }
    }
  }
  if (found.length === 0) return [];
  readSentencesAfter(text, sentences, tokensRead, found);
  nameThePeople(found);
  // Claimants may be named in any sentence of the report: only now is every sentence read.
  sentences.forEach((sentence, i) => {
    facts[i] ??= factsOf(text, tokensRead[i] ?? tokenize(text, sentence.start, sentence.end));
  });
  const firstFigureBySentence = new Map<number, NumberMention>();
  for (const f of found) if (!firstFigureBySentence.has(f.sentenceIndex)) firstFigureBySentence.set(f.sentenceIndex, f.mention);
  // The figures of the second sentence, where a feed's list of headlines may restate the first's.
  const secondSentenceFigures = found.filter((f) => f.sentenceIndex === 1).map((f) => f.mention);
  const claimants = new ClaimantResolver(text, sentences, facts as SentenceFacts[], firstFigureBySentence, report.source, secondSentenceFigures);
  const minConfidence = options.minConfidence ?? 0;
  const lines = new LineIndex(text);
  // No date column: the report's dateline or header line may state its day.
  const date = report.date ?? reportDateOf(text);
  const figures: Figure[] = [];
  const seen = new Set<string>();
  // "… had killed 50 people. Officials dismissed the claim.": what the next sentence says of a sentence's figures.
  const takenBack = new Map<number, Revision | null>();
  const takenBackAfter = (index: number): Revision | null => {
    if (!takenBack.has(index)) {
      const next = sentences[index + 1];
      takenBack.set(index, next === undefined ? null : takenBackByNext(text.slice(next.start, next.end)));
    }
    return takenBack.get(index)!;
  };
  for (const f of found) {
    const { mention, governor, start, end } = f;
    const key = `${governor.category}|${mention.low}|${mention.high}|${start}`;
    if (seen.has(key) || governor.confidence < minConfidence) continue;
    seen.add(key);
    const { source, outlet, via } = claimants.resolve(f.sentenceIndex, mention);
    const sentenceText = text.slice(f.sentence.start, f.sentence.end);
    const revision = revisionOf(sentenceText, start - f.sentence.start, end - f.sentence.start) ?? takenBackAfter(f.sentenceIndex);
    figures.push({
      doc: report.doc, file: report.file, line: report.line + lines.lineOf(start),
      category: governor.category, low: mention.low, high: mention.high, qualifier: mention.qualifier,
      actor: f.actor, source, outlet, quote: text.slice(start, end), start, end,
      sentence: sentenceText, date, confidence: governor.confidence,
      ...(via ? { sourceVia: via } : {}),
      ...(revision === null ? {} : { revision }),
    });
  }
  // Breakdowns first: a part's scope is read like any other figure's.
  return refineScope(text, markParts(text, figures));
}

/** "Of these,", "Of them,": a sentence that opens by taking parts of the figure before it. */
const PARTS_OF_BEFORE: ReadonlySet<string> = new Set(['these', 'them', 'those']);

/**
 * The sentence right after each sentence with a figure, read for counts that name no harm of their own but take
 * that sentence's last figure's:
 * - round 12, committee evidence: "6,228 people were murdered in the quarter. Of these, 1,014 were women and 314
 *   were children." A sentence that opens "Of these," counts parts: each count with a copula and people after it
 *   (not "Of these, 12 were in Kabul": no people);
 * - round 26, corrections: "… said 30 people were killed. The correct figure, according to the district
 *   administration, is 13": a count noun said to be right restates the harm (refiners/corrected-count.ts).
 * Its tokens are kept: the claimants of a report with a figure read every sentence.
 */
function readSentencesAfter(text: string, sentences: readonly Span[], tokensRead: (Token[] | undefined)[], found: Found[]): void {
  const lastBySentence = new Map<number, Found>();
  for (const f of found) lastBySentence.set(f.sentenceIndex, f);
  const added: Found[] = [];
  for (const [index, last] of lastBySentence) {
    const next = index + 1;
    if (next >= sentences.length) continue;
    const sentence = sentences[next];
    const tokens = (tokensRead[next] ??= tokenize(text, sentence.start, sentence.end));
    const taking = (mention: NumberMention, governor: Governor, actor: string, unnamed: boolean): Found => ({
      mention, governor, actor, unnamed, start: tokens[mention.start].start, end: tokens[mention.last].end, sentence, sentenceIndex: next,
    });
    if (!lastBySentence.has(next) && tokens[0]?.norm === 'of' && PARTS_OF_BEFORE.has(tokens[1]?.norm ?? '') && tokens[2]?.text === ',') {
      for (const mention of findNumberMentions(tokens)) {
        if (!COPULAS.has(tokens[mention.last + 1]?.norm ?? '')) continue;
        const people = nounPhraseAfter(tokens, mention.last + 2);
        if (people.end <= people.start || isNonPerson(tokens, people)) continue;
        const governor: Governor = { category: last.governor.category, rule: RULE.amongTheHarmed, confidence: 0.7, actor: people };
        added.push(taking(mention, governor, phraseText(text, tokens, people) ?? 'people', false));
      }
    }
    const corrected = correctedCount(tokens);
    if (corrected && !found.some((f) => f.sentenceIndex === next && f.mention.start === corrected.start)) {
      added.push(taking(corrected, { category: last.governor.category, rule: RULE.toll, confidence: 0.7, actor: null }, last.actor, last.unnamed));
    }
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * "Israel Kills 5 in Raid. … five other Palestinians were killed": a figure that names no one
 * ("people") takes who was counted from the report's other statement of the same count, when that
 * names one group (never when two differ).
 */
function nameThePeople(found: Found[]): void {
  // "others" names people only beside the ones before them: not a name to carry.
  const names = (f: Found) => f.actor !== 'people' && !/^others?\b/i.test(f.actor);
  // The same count: one category and one number ("5" and "at least 5" both state five).
  const sameCount = (a: Found, b: Found) => a.governor.category === b.governor.category && a.mention.low === b.mention.low
    && (a.mention.high === b.mention.high || a.mention.high === null || b.mention.high === null) && (a.mention.low ?? a.mention.high) !== null;
  for (const f of found) {
    if (!f.unnamed) continue;
    const actors = new Set(found.filter((other) => other.sentenceIndex !== f.sentenceIndex && names(other) && sameCount(f, other)).map((other) => other.actor));
    if (actors.size === 1) f.actor = [...actors][0]!;
  }
}

function warnImpossible(report: Report, tokens: readonly Token[], mention: NumberMention, options: ExtractOptions): void {
  const start = tokens[mention.start].start;
  const quote = report.text.slice(start, tokens[mention.last].end);
  options.onWarning?.({
    code: 'FIGURE_IMPOSSIBLE', file: report.file, line: report.line + new LineIndex(report.text).lineOf(start), quote,
    message: `figure "${shortQuote(quote)}" is larger than any population; ignored`,
  });
}

function warnUnreadable(report: Report, tokens: readonly Token[], token: RefusedNumber, options: ExtractOptions): void {
  if (!options.onWarning) return;
  const start = tokens[token.first].start;
  const quote = report.text.slice(start, tokens[token.last].end);
  options.onWarning({
    code: 'NUMBER_UNREADABLE', file: report.file, line: report.line + new LineIndex(report.text).lineOf(start), quote,
    message: `number "${shortQuote(quote)}" cannot be read whole; ignored`,
  });
}

function shortQuote(quote: string): string {
  return quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
}

/** Line numbers of offsets inside a multi-line report (paragraphs, CSV fields with newlines). */
export class LineIndex {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** How many line breaks come before `offset` (binary search). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.breaks[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function figuresInSentence(
  text: string, tokens: readonly Token[], mentions: NumberMention[],
): { mention: NumberMention; governor: Governor; actor: string; unnamed: boolean }[] {
  // One context for every rule and mention of the sentence (the rules only read it).
  const sentence: SentenceContext = { text, tokens, mentions };
  const governors: (Governor | null)[] = mentions.map((mention) => {
    for (const rule of CATEGORY_RULES) {
      const governor = rule.govern(sentence, mention);
      if (governor) return governor;
    }
    return null;
  });
  for (const refine of REFINERS) refine(tokens, mentions, governors);
  // Round 21: a count of deaths its own clause forecasts ("… deaths would result", "… deaths the report projected").
  mentions.forEach((mention, i) => {
    if (governors[i] && isProjectedAfter(tokens, mention.last)) governors[i] = null;
  });
  // Round 26: "hospitalised with suspected food poisoning": the care of the sick, no wounded.
  if (governors.some((g) => g?.category === 'wounded') && countsTheSick(tokens)) {
    governors.forEach((g, i) => { if (g?.category === 'wounded') governors[i] = null; });
  }
  const results: { mention: NumberMention; governor: Governor; actor: string; unnamed: boolean }[] = [];
  let previous: { actor: string | null; rule: RuleName } | null = null;
  mentions.forEach((mention, i) => {
    const governor = governors[i];
    if (!governor) return;
    const actor = actorFor(text, tokens, mention, governor, previous);
    // Round 16: "3 killed (2 men, 1 woman), 9 wounded": a part in brackets is no people the count after them repeats.
    // Round 19: so is a part between spaced dashes ("lost five peacekeepers — three Burundians, … — and 14 have been wounded").
    // And a part after "including": "50 people, including 5 children, had been killed and 98 wounded" (the 98 are people).
    if (!inBrackets(tokens, mention.start) && !inDashes(tokens, mention.start) && tokens[mention.start - 1]?.norm !== 'including') {
      previous = { actor, rule: governor.rule };
    }
    results.push({ mention, governor, actor: actor ?? 'people', unnamed: actor === null });
  });
  sharedHeads(tokens, results);
  for (const result of results) result.actor = withoutState(result.actor);
  for (const zero of ZERO_COUNTS(tokens)) {
    // "none of those killed were civilians": the zero counts the people the rule names.
    const actor = zero.governor.actor ? phraseText(text, tokens, zero.governor.actor) : null;
    results.push({ ...zero, actor: actor ?? 'people', unnamed: false });
  }
  return results.sort((a, b) => a.mention.start - b.mention.start);
}

/** "missing sailors" → "sailors" (STATES_OF_PEOPLE): the state before the head is no kind of people. */
function withoutState(actor: string): string {
  const space = actor.indexOf(' ');
  return space > 0 && STATES_OF_PEOPLE.has(actor.slice(0, space).toLowerCase()) && /^\p{Ll}/u.test(actor.slice(space + 1)) ? actor.slice(space + 1) : actor;
}

/**
 * "at least 27 Tolvan and 6 Marenian sailors", "12 Israeli and 30 Palestinian civilians": the first
 * count's people are an adjective alone, the head noun written once after the second (dossier round 8).
 * The first borrows the second's words after its own adjective: "Tolvan sailors".
 */
function sharedHeads(tokens: readonly Token[], results: { mention: NumberMention; actor: string; unnamed: boolean }[]): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const first = results[i]!;
    const second = results[i + 1]!;
    const adjective = tokens[first.mention.last + 1];
    // An adjective, not a people in the plural ("nine Iraqis and four US soldiers").
    if (adjective?.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(adjective.text) || /s$/.test(adjective.text) || first.actor !== adjective.text) continue;
    if (tokens[first.mention.last + 2]?.norm !== 'and' || second.mention.start !== first.mention.last + 3) continue;
    const secondAdjective = tokens[second.mention.last + 1];
    if (secondAdjective?.kind !== 'word' || !/^\p{Lu}/u.test(secondAdjective.text) || !second.actor.startsWith(`${secondAdjective.text} `)) continue;
    const head = second.actor.slice(secondAdjective.text.length + 1);
    if (/^\p{Ll}/u.test(head)) first.actor = `${first.actor} ${head}`;
  }
}

/**
 * "8 of those killed in the raid were civilians", "12 of the dead were children": the people named
 * after the copula; null when none are ("12 of the dead were buried on Sunday").
 */
function namedAfterPartitive(tokens: readonly Token[], from: number): NounPhrase | null {
  if (tokens[from]?.norm !== 'of' || !/^(?:those|the|them)$/.test(tokens[from + 1]?.norm ?? '')) return null;
  for (let k = from + 2; k < Math.min(tokens.length, from + 10); k++) {
    if (tokens[k]!.kind !== 'word') return null;
    if (COPULAS.has(tokens[k]!.norm)) return peopleAfterCopula(tokens, k);
  }
  return null;
}

/**
 * "Of the 40 miners trapped, 12 were killed", "Among the 300 passengers, 41 drowned": the whole a
 * count right after the comma is part of, read from a clause that opens the sentence.
 */
function wholeOpening(tokens: readonly Token[], start: number): NounPhrase | null {
  if (tokens[start - 1]?.text !== ',') return null;
  for (let k = start - 2; k >= Math.max(0, start - 14); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && !t.glued) return null;
    if ((t.norm !== 'of' && t.norm !== 'among') || (k > 0 && tokens[k - 1]!.kind !== 'punct')) continue;
    const number = DETERMINER_OF_WHOLE.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (tokens[number]?.kind !== 'num') return null;
    const phrase = nounPhraseAfter(tokens, number + 1);
    return phrase.head !== -1 && phrase.end <= start - 1 ? phrase : null;
  }
  return null;
}
const DETERMINER_OF_WHOLE: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/**
 * Who was counted: the rule's phrase, else the words after the number, else the previous figure's
 * people; null when the sentence names no one (the figure counts "people").
 */
/** Whether a bracket opened before `k` is still open there. */
function inBrackets(tokens: readonly Token[], k: number): boolean {
  let depth = 0;
  for (let j = 0; j < k; j++) depth += tokens[j].text === '(' ? 1 : tokens[j].text === ')' ? -1 : 0;
  return depth > 0;
}

/** Between two spaced dashes: an odd number of them before k, and one after. */
function inDashes(tokens: readonly Token[], k: number): boolean {
  const spaced = (t: Token) => (t.text === '—' || t.text === '–') && !t.glued;
  return tokens.slice(0, k).filter(spaced).length % 2 === 1 && tokens.slice(k).some(spaced);
}

function actorFor(
  text: string, tokens: readonly Token[], mention: NumberMention, governor: Governor, previous: { actor: string | null; rule: RuleName } | null,
): string | null {
  const next = tokens[mention.last + 1]?.norm;
  if (next === 'others' || (next === 'other' && tokens[mention.last + 2]?.kind !== 'word')) return 'others';
  let from = mention.last + 1;
  if (next === 'more' || next === 'other') from += 1;
  let phrase = namedAfterPartitive(tokens, mention.last + 1) ?? governor.actor ?? nounPhraseAfter(tokens, from);
  // "654,965 excess Iraqi deaths": the harm's modifier before the people describes the deaths.
  if (DESCRIBED_HARMS.has(tokens[phrase.end]?.norm ?? '')) {
    let start = phrase.start;
    while (start < phrase.head && HARM_DESCRIBERS.has(tokens[start]!.norm)) start += 1;
    phrase = { ...phrase, start };
  }
  let written = phraseText(text, tokens, phrase);
  // Round 26: "31, of which 7 laboratory-confirmed": how sure a share is, joined to how it was made sure, names no people
  // (a bare "suspected" stays the group it names: "with 58 further deaths suspected", dossier round 4).
  if (written && /^[\p{L}]+-[\p{L}]+$/u.test(written) && VERIFICATION_STATES.has(written.toLowerCase().split('-').pop()!)) written = null;
  // "1,024 new deaths": words before a harm noun describe the harm, not the people.
  const describesHarm = ABSTRACT_HEADS.has(tokens[phrase.head]?.norm ?? '')
    || (phrase.end > phrase.start && DESCRIBED_HARMS.has(tokens[phrase.end]?.norm ?? '') && HARM_DESCRIBERS.has(tokens[phrase.head].norm));
  if (written && !describesHarm) return written;
  // "Of the 1,843 passengers and crew aboard, more than 1,400 died": the people of the whole the clause opens with.
  const whole = wholeOpening(tokens, mention.start);
  if (whole) return phraseText(text, tokens, whole);
  // "300 soldiers were killed and another 2,700 injured": the same people, counted again.
  // "killing 17 soldiers and wounding 28": the second verb's bare number counts the same people.
  // Not after people who are the subject: "two bombers blew themselves up, killing 12" killed others.
  const joined = ELLIPSIS_MARKERS.has(tokens[mention.start - 1]?.norm ?? '')
    || (governor.rule === RULE.objectOfVerb && previous?.rule !== RULE.subjectPredicate && ELLIPSIS_MARKERS.has(tokens[mention.start - 2]?.norm ?? ''));
  if (SAME_PEOPLE.has(governor.rule) || joined) return previous?.actor ?? null;
  // "held more than 100 hostages and had killed 15 of them": "them" are the people counted before.
  if (next === 'of' && BARE_PARTITIVE_PRONOUNS.has(tokens[mention.last + 2]?.norm ?? '')) return previous?.actor ?? null;
  return null;
}

/** "15 of them", "12 of whom": a count of people named before it. */
const BARE_PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'whom']);
