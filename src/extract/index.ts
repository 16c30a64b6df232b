// extract(report) -> Figure[]: the rule pipeline, as data. Order matters and is explained inline.
import type { Figure, Report } from '../figure.js';
import { covers, datelineAgency, findAttributions, openingSubject, sourceLine } from './attribution.js';
import type { Attribution } from './attribution.js';
import { findNumberMentions } from './numbers.js';
import type { NumberMention } from './numbers.js';
import { nounPhraseAfter, phraseText } from './phrases.js';
import { inheritAcrossCoordination } from './refiners/coordination.js';
import { objectOfVerb } from './rules/object-of-verb.js';
import { ofNominal } from './rules/of-nominal.js';
import type { CategoryRule, Governor } from './rules/rule.js';
import { subjectPredicate } from './rules/subject-predicate.js';
import { toll } from './rules/toll.js';
import { findZeroCounts } from './rules/zero.js';
import { splitSentences } from './sentences.js';
import type { Span } from './sentences.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import { DATELINE_AGENCIES } from './vocabulary.js';

/**
 * Rules in priority order: a harm verb right before the number governs it ("captured two wounded
 * soldiers" is captured); then a harm noun with "of" ("the deaths of 12 hostages" is killed, though
 * hostages alone are captured); then the predicate after its people ("two people were killed"); last a
 * toll noun earlier in the clause ("the death toll rose to 50").
 */
const CATEGORY_RULES: readonly CategoryRule[] = [objectOfVerb, ofNominal, subjectPredicate, toll];

/**
 * The prefilter: a sentence with none of these stems cannot hold a figure, so the rules never see
 * it. Every trigger word of the vocabulary starts with one of them (a test keeps it so).
 */
// Grouped by first letter so the engine dispatches on one character instead of trying every stem.
export const CASUALTY_STEMS =
  /abduct|b(?:od(?:y|ies)|urie)|c(?:asualt|aptur|aptiv|aptor)|d(?:ead|eath|ie|ying|rown|isappear)|execut|fatalit|h(?:ostage|urt|ospital)|injur|k(?:ill|idnap)|l(?:os(?:t|ing)|ives)|m(?:issing|assacr|urder|aim|artyr)|p(?:erish|risoner|ows?\b)|s(?:lain|laughter|eiz|urrender)|t(?:oll|ally|(?:aken|ook|ake|aking) away)|unaccounted|victim|wound/gi;

/** Nouns that name the harm, not the people: "16,000 deaths" counted "people". */
const ABSTRACT_HEADS = new Set(['deaths', 'death', 'casualties', 'injuries', 'fatalities', 'dead', 'wounded', 'injured', 'wounds', 'missing', 'lives', 'life']);
const HARM_NOUNS = new Set(['deaths', 'casualties', 'injuries', 'fatalities', 'wounds', 'lives']);
/** "1,024 new deaths" counts people; "9,701 civilian deaths" counts civilians. */
const HARM_MODIFIERS = new Set([
  'new', 'additional', 'more', 'further', 'confirmed', 'reported', 'recorded', 'total', 'related', 'registered',
  'known', 'overall', 'official', 'estimated', 'direct', 'indirect', 'daily', 'weekly', 'excess', 'possible',
]);
const HEADLINE_MAX_WORDS = 14;
const ELLIPSIS_MARKERS = new Set(['another', 'further', 'and', ',']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** How many sentences back a pronoun or role noun looks for the claimant it stands for. */
const ANAPHORA_WINDOW = 20;

export interface ExtractOptions {
  /** Figures below this confidence are dropped. */
  minConfidence?: number;
  /** Told of a figure rejected for an impossible value, with the offending span. */
  onWarning?: (warning: ExtractWarning) => void;
}

export interface ExtractWarning {
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
}

/** What claimant resolution needs of a sentence, read once while its tokens are at hand. */
interface SentenceFacts {
  attributions: Attribution[];
  subject: string | null;
  words: number;
}

function factsOf(text: string, tokens: readonly Token[]): SentenceFacts {
  let words = 0;
  for (const token of tokens) if (token.kind !== 'punct') words += 1;
  return { attributions: findAttributions(text, tokens), subject: openingSubject(text, tokens), words };
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

export function extractFigures(report: Report, options: ExtractOptions = {}): Figure[] {
  const { text } = report;
  CASUALTY_STEMS.lastIndex = 0;
  if (!CASUALTY_STEMS.test(text)) return [];
  const sentences = splitSentences(text);
  const facts: (SentenceFacts | undefined)[] = new Array(sentences.length);
  const found: Found[] = [];
  for (const sentenceIndex of sentencesWithStems(text, sentences)) {
    const sentence = sentences[sentenceIndex];
    const tokens = tokenize(text, sentence.start, sentence.end);
    const figures = figuresInSentence(text, tokens);
    if (figures.length > 0) facts[sentenceIndex] = factsOf(text, tokens);
    for (const figure of figures) {
      const { mention } = figure;
      if (mention.absurd) warnImpossible(report, tokens, mention, options);
      else found.push({ ...figure, start: tokens[mention.start].start, end: tokens[mention.last].end, sentence, sentenceIndex });
    }
  }
  if (found.length === 0) return [];
  // Claimants may be named in any sentence of the report: only now is every sentence read.
  sentences.forEach((sentence, i) => {
    facts[i] ??= factsOf(text, tokenize(text, sentence.start, sentence.end));
  });
  const firstFigureBySentence = new Map<number, NumberMention>();
  for (const f of found) if (!firstFigureBySentence.has(f.sentenceIndex)) firstFigureBySentence.set(f.sentenceIndex, f.mention);
  const claimants = new ClaimantResolver(text, sentences, facts as SentenceFacts[], firstFigureBySentence, report.source);
  const minConfidence = options.minConfidence ?? 0;
  const lines = new LineIndex(text);
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const { mention, governor, start, end } = f;
    const key = `${governor.category}|${mention.low}|${mention.high}|${start}`;
    if (seen.has(key) || governor.confidence < minConfidence) continue;
    seen.add(key);
    const { source, outlet } = claimants.resolve(f.sentenceIndex, mention);
    figures.push({
      doc: report.doc, file: report.file, line: report.line + lines.lineOf(start),
      category: governor.category, low: mention.low, high: mention.high, qualifier: mention.qualifier,
      actor: f.actor, source, outlet, quote: text.slice(start, end), start, end,
      sentence: text.slice(f.sentence.start, f.sentence.end), date: report.date, confidence: governor.confidence,
    });
  }
  return figures;
}

function warnImpossible(report: Report, tokens: readonly Token[], mention: NumberMention, options: ExtractOptions): void {
  const start = tokens[mention.start].start;
  const quote = report.text.slice(start, tokens[mention.last].end);
  options.onWarning?.({
    file: report.file, line: report.line + new LineIndex(report.text).lineOf(start), quote,
    message: `figure "${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}" is larger than any population; ignored`,
  });
}

/** Line numbers of offsets inside a multi-line report (paragraphs, CSV fields with newlines). */
class LineIndex {
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

function figuresInSentence(text: string, tokens: readonly Token[]): { mention: NumberMention; governor: Governor; actor: string }[] {
  const mentions = findNumberMentions(tokens);
  const governors: (Governor | null)[] = mentions.map((mention) => {
    for (const rule of CATEGORY_RULES) {
      const governor = rule.govern({ text, tokens, mentions }, mention);
      if (governor) return governor;
    }
    return null;
  });
  inheritAcrossCoordination(tokens, mentions, governors);
  const results: { mention: NumberMention; governor: Governor; actor: string }[] = [];
  let previousActor: string | null = null;
  mentions.forEach((mention, i) => {
    const governor = governors[i];
    if (!governor) return;
    const actor = actorFor(text, tokens, mention, governor, previousActor);
    previousActor = actor;
    results.push({ mention, governor, actor });
  });
  for (const zero of findZeroCounts(tokens)) results.push({ ...zero, actor: 'people' });
  return results.sort((a, b) => a.mention.start - b.mention.start);
}

/** Who was counted: the rule's phrase, else the words after the number, else the previous figure's people. */
function actorFor(text: string, tokens: readonly Token[], mention: NumberMention, governor: Governor, previous: string | null): string {
  const next = tokens[mention.last + 1]?.norm;
  if (next === 'others' || (next === 'other' && tokens[mention.last + 2]?.kind !== 'word')) return 'others';
  let from = mention.last + 1;
  if (next === 'more' || next === 'other') from += 1;
  const phrase = governor.actor ?? nounPhraseAfter(tokens, from);
  const written = phraseText(text, tokens, phrase);
  // "1,024 new deaths": words before a harm noun describe the harm, not the people.
  const describesHarm = ABSTRACT_HEADS.has(tokens[phrase.head]?.norm ?? '')
    || (phrase.end > phrase.start && HARM_NOUNS.has(tokens[phrase.end]?.norm ?? '') && HARM_MODIFIERS.has(tokens[phrase.head].norm));
  if (written && !describesHarm) return written;
  // "300 soldiers were killed and another 2,700 injured": the same people, counted again.
  // "killing 17 soldiers and wounding 28": the second verb's bare number counts the same people.
  const joined = ELLIPSIS_MARKERS.has(tokens[mention.start - 1]?.norm ?? '')
    || (governor.rule === 'object-of-verb' && ELLIPSIS_MARKERS.has(tokens[mention.start - 2]?.norm ?? ''));
  if (governor.rule === 'coordination' || governor.rule === 'partitive' || joined) return previous ?? 'people';
  return 'people';
}

/**
 * Picks each figure's claimant: the nearest attribution in its sentence that covers it (a news
 * outlet only when no one else is named, otherwise it is the outlet); sentences inside one quotation
 * share the attribution that closes it; "he" and "the ministry" refer back to the last named claimant
 * (one with "ministry" in its name for the latter); a short first sentence (a headline) takes the
 * claimant of the first body sentence that has a figure; a dateline agency or a "Source:" line counts
 * only when the report names no one; last, the report's source column.
 */
class ClaimantResolver {
  private readonly dateline: string | null;
  private readonly credit: string | null;
  private readonly attributions: (readonly Attribution[])[];
  private readonly anyAttribution: boolean;

  constructor(
    text: string,
    private readonly sentences: readonly Span[],
    private readonly facts: readonly SentenceFacts[],
    private readonly firstFigureBySentence: ReadonlyMap<number, NumberMention>,
    private readonly sourceColumn: string | null,
  ) {
    this.dateline = datelineAgency(text, DATELINE_AGENCIES);
    this.credit = sourceLine(text);
    this.attributions = shareQuotedAttributions(text, sentences, facts.map((f) => f.attributions));
    this.anyAttribution = this.attributions.some((list) => list.length > 0);
  }

  resolve(sentenceIndex: number, mention: NumberMention): { source: string | null; outlet: string | null } {
    const own = this.attributions[sentenceIndex].filter((a) => covers(a, mention.first, mention.last));
    const outletFallback = this.credit ?? this.dateline;
    if (own.length > 0) {
      const people = own.filter((a) => !a.media);
      // Among outlets alone, the one that closes the sentence carries the whole of it.
      const closing = own.filter((a) => a.scope === 'before');
      const chosen = people.length > 0 ? nearest(people, mention) : nearest(closing.length > 0 ? closing : own, mention);
      const media = people.length > 0 ? nearest(own.filter((a) => a.media), mention)?.name ?? outletFallback : null;
      const source = this.dereference(chosen, sentenceIndex);
      return { source, outlet: media === source ? null : media };
    }
    if (sentenceIndex === 0 && this.sentences.length > 1 && this.facts[0].words <= HEADLINE_MAX_WORDS) {
      const body = this.firstBodyClaimant();
      if (body) return body;
    }
    if (!this.anyAttribution && (this.credit || this.dateline)) return { source: this.credit ?? this.dateline, outlet: null };
    return { source: this.sourceColumn, outlet: null };
  }

  private firstBodyClaimant(): { source: string | null; outlet: string | null } | null {
    for (let i = 1; i < this.sentences.length; i++) {
      const figure = this.firstFigureBySentence.get(i);
      if (!figure) continue;
      const covering = this.attributions[i].filter((a) => covers(a, figure.first, figure.last));
      const people = covering.filter((a) => !a.media);
      const claimant = nearest(people.length > 0 ? people : covering, figure);
      return claimant ? { source: this.dereference(claimant, i), outlet: this.dateline } : null;
    }
    return null;
  }

  /** Attributions before this one, nearest last, from at most ANAPHORA_WINDOW sentences back. */
  private earlier(attribution: Attribution, sentenceIndex: number): Attribution[] {
    const found: Attribution[] = [];
    for (let i = Math.max(0, sentenceIndex - ANAPHORA_WINDOW); i <= sentenceIndex; i++) {
      for (const a of this.attributions[i]) if (i < sentenceIndex || a.at < attribution.at) found.push(a);
    }
    return found;
  }

  private dereference(attribution: Attribution, sentenceIndex: number): string {
    if (!attribution.anaphoric) return attribution.name;
    const earlier = this.earlier(attribution, sentenceIndex);
    const role = /^the\s+(\S+)$/i.exec(attribution.name)?.[1]?.toLowerCase();
    if (role) {
      // "the ministry" is the last claimant with "ministry" in its name, or stays as written.
      return earlier.filter((a) => !a.anaphoric && a.name.toLowerCase().includes(role)).pop()?.name ?? attribution.name;
    }
    // A pronoun takes the last named claimant, else the named subject of an earlier sentence, else a
    // bare role ("the official"), else a news outlet.
    const named = earlier.filter((a) => !a.anaphoric);
    const roles = earlier.filter((a) => a.anaphoric && !PRONOUNS.has(a.name.toLowerCase()));
    let subject: string | null = null;
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - ANAPHORA_WINDOW) && subject === null; i--) subject = this.facts[i].subject;
    return named.filter((a) => !a.media).pop()?.name ?? subject ?? roles.pop()?.name ?? named.pop()?.name ?? attribution.name;
  }
}

/** Sentences inside one open quotation take the attributions of the sentence that closes it. */
function shareQuotedAttributions(
  text: string, sentences: readonly Span[], attributions: readonly (readonly Attribution[])[],
): (readonly Attribution[])[] {
  const shared = attributions.slice();
  let openSince = -1;
  sentences.forEach((sentence, i) => {
    const body = text.slice(sentence.start, sentence.end);
    const opens = (body.match(/“/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince === -1 ? 1 : 0);
    const closes = (body.match(/”/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince !== -1 ? 1 : 0);
    if (openSince === -1 && opens > closes) {
      openSince = i;
    } else if (openSince !== -1 && closes > opens) {
      // The closing sentence's attribution covers the whole quotation.
      const closing = attributions[i].map((a) => ({ ...a, scope: 'sentence' as const }));
      for (let q = openSince; q < i; q++) if (shared[q].length === 0) shared[q] = closing;
      openSince = -1;
    }
  });
  return shared;
}

function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution;
function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution | undefined;
function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (const a of pool) {
    const distance = a.at < mention.start ? mention.start - a.at : a.at - mention.last;
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}
