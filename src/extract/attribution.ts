// Who states a figure: "X said (that) ...", "..., X said.", "..., said X", "according to X",
// "reported by X", "citing X", and a headline's trailing ": X" or "– X". Each attribution carries
// the part of the sentence it covers, so that a figure takes the nearest attribution that covers it;
// pronouns and bare role nouns ("he", "the ministry") are resolved by the pipeline.
import type { Token } from './tokens.js';
import { ANAPHORS, QUALIFIER_PHRASES, SAY_VERBS, TENS, UNITS, VAGUE_QUANTITIES, WEEKDAYS } from './vocabulary.js';

/** after: "X said that ..." covers what follows; before: "..., X said." covers what precedes. */
export type AttributionScope = 'after' | 'before' | 'sentence';

export interface Attribution {
  /** The claimant as written in the text. */
  name: string;
  /** Token index of the verb or preposition that introduces it. */
  at: number;
  scope: AttributionScope;
  /** "he", "it", "the agency", "their findings": to be resolved to a named claimant. */
  anaphoric: boolean;
  /** A news outlet rather than the party that counted: "Yonhap reported", "Reuters". */
  media: boolean;
}

const SUBJECT_BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '-', '.', '[', ']']);
const CLAUSE_WORDS = new Set(['that', 'and', 'but', 'while', 'as', 'whereas', 'which', 'who', 'where', 'when', 'after', 'although', 'though', 'because', 'if']);
const SUBJECT_NOISE = new Set([
  'earlier', 'meanwhile', 'however', 'also', 'later', 'has', 'have', 'had', 'was', 'were', 'is', 'are',
  'been', 'already', 'previously', 'separately', 'subsequently', 'then', 'now', 'further', 'initially', 'only',
  'yesterday', 'today', 'last', ...WEEKDAYS,
  'night', 'morning', 'evening', 'officially', 'reportedly', 'repeatedly', 'would', 'will', 'did', 'does',
]);
const MEDIA_WORDS = new Set([
  // Not "agency": a spy agency counts; a news agency is caught by "news".
  'news', 'newspaper', 'daily', 'radio', 'television', 'tv', 'reuters', 'yonhap', 'ap', 'afp', 'cnn',
  'bbc', 'jazeera', 'tass', 'interfax', 'xinhua', 'times', 'post', 'press', 'broadcaster', 'channel', 'ukrinform',
  'media', 'outlet', 'website', 'tribune', 'journal', 'herald', 'guardian', 'telegraph', 'abc', 'nbc', 'cbs',
]);
/** "according to X", "citing X": the claimant follows and the attribution covers the sentence. */
const FOLLOWED_BY_CLAIMANT: readonly (readonly string[])[] = [
  ['according', 'to'], ['as', 'per'], ['citing'], ['reported', 'by'], ['claimed', 'by'], ['announced', 'by'],
  ['confirmed', 'by'], ['released', 'by'], ['estimated', 'by'], ['provided', 'by'],
];
const LEAD_FIRST_WORDS = new Set(FOLLOWED_BY_CLAIMANT.map((words) => words[0]));
/** Verbs that also serve as nouns ("initial reports", "United States"): verbs only before a clause. */
const NOUN_LIKE_VERBS = new Set(['reports', 'report', 'states', 'claims', 'notes', 'estimates', 'estimate']);
/** Verbs of speech proper: whatever follows them (but a comma) is what was said. */
const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'wrote', 'writes', 'estimated', 'estimates', 'estimate', 'believe', 'believes',
  'noted', 'notes', 'insisted', 'warned', 'explained', 'complained', 'acknowledged', 'indicated', 'stated', 'states',
  'clarified', 'alleged', 'alleges',
]);
/** First words of what was said: "that", a number, a qualifier, a determiner, a pronoun, a name. */
const CLAUSE_STARTERS = new Set([
  'that', 'he', 'she', 'it', 'they', 'there', 'we', 'no', 'none', 'nobody', 'another', 'a', 'an',
  ...UNITS.keys(), ...TENS.keys(), ...QUALIFIER_PHRASES.map((q) => q.words[0]), ...VAGUE_QUANTITIES.map((v) => v.words[0]),
]);
const SKIPPED_BEFORE_CLAUSE = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|lawmakers|reporters|journalists|parliament|mps|msps|legislators|later|also|earlier)$/;
/** Speech verbs that may come before their speaker: ", said police officials". */
const INVERTIBLE_VERBS = new Set(['said', 'says', 'added', 'wrote', 'told']);
const NAME_STOPS = new Set(['details', 'which', 'who', 'that', 'said', 'says', 'told', 'adding', 'as', 'on', 'while', 'and', 'but', 'in', 'was', 'were', 'is', 'are', 'has', 'had', 'have']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);
const POSSESSIVE_ANAPHORS = /^(?:their|its|his|her)\s/i;
/** How many tokens may follow a closing "X said" before it stops being the sentence's last clause. */
const FINAL_TAIL = 8;
const CONTINUATIONS = new Set(['adding', 'saying', 'noting', 'citing']);
/** A speaker named after the verb is a short name: ", said police officials", ", said Amina Yusuf". */
const MAX_INVERTED_NAME = 5;
/** What may follow a closing "X said": when, where, how, to whom, and nothing that is a clause. */
const ADJUNCT_OPENERS = /^(?:on|in|at|to|via|through|by|from|late|early|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|lawmakers|reporters|journalists|parliament|mps|msps|legislators|citing|quoting|without|after|during|separately|also)$/;

function isBoundaryToken(t: Token): boolean {
  return t.kind === 'punct' && (SUBJECT_BOUNDARIES.has(t.text) && (!t.glued || t.text === ',' || t.text === '”' || t.text === '"' || t.text === ':'));
}

const EDGE_CHARACTERS = new Set([...' \t\n\r,;:\'"“”‘’-']);

/** Collapses white space and trims quotes and separators from both ends (a loop: a trailing-anchored
 * character-class regex would rescan long runs of separators quadratically). */
function clean(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ');
  let start = 0;
  let end = collapsed.length;
  while (start < end && EDGE_CHARACTERS.has(collapsed[start])) start += 1;
  while (end > start && EDGE_CHARACTERS.has(collapsed[end - 1])) end -= 1;
  return collapsed.slice(start, end);
}

/** News outlets, and unnamed "reports", carry claims rather than make them. */
function isMedia(name: string): boolean {
  return name.toLowerCase().split(/[^a-z]+/).some((w) => MEDIA_WORDS.has(w) || w === 'reports');
}

function make(name: string | null, at: number, scope: AttributionScope): Attribution | null {
  if (!name) return null;
  const cleaned = clean(name);
  if (!cleaned || cleaned.length > 120) return null;
  const lower = cleaned.toLowerCase();
  return { name: cleaned, at, scope, anaphoric: ANAPHORS.has(lower) || POSSESSIVE_ANAPHORS.test(cleaned), media: isMedia(cleaned) };
}

/** Text of tokens [from, to) from the source text, null when empty. */
function span(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** The claimant named after "according to" and the like: up to a comma, clause word or the end. */
function nameAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  for (; k < tokens.length && k < from + 16; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && !'()’\'&-“”'.includes(t.text) && t.text !== '.') break;
    if (t.text === '.' && (!t.glued || !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) break;
    if (k > from && NAME_STOPS.has(t.norm) && !/^\p{Lu}/u.test(t.text)) break;
    if (k > from && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.norm)) break;
  }
  return k;
}

/** Start of the clause that ends just before index `end`. */
function clauseStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1];
    if (isBoundaryToken(t) || CLAUSE_WORDS.has(t.norm) || t.kind === 'num') break;
    start -= 1;
  }
  return start;
}

/** The subject before a verb of saying at index v, back to the nearest clause boundary. */
function subjectBefore(text: string, tokens: readonly Token[], v: number): string | null {
  let end = v;
  while (end > 0 && SUBJECT_NOISE.has(tokens[end - 1].norm)) end -= 1;
  // "Lieutenant General Ken Keen, said": the name is the aside just before the comma.
  const afterAside = end > 0 && tokens[end - 1].text === ',';
  if (afterAside) end -= 1;
  let start = clauseStart(tokens, end);
  // "The Iranian National News Agency, received here, said": skip a participial aside back to the name.
  while (afterAside && start > 1 && tokens[start - 1].text === ',' && /^(?:\p{Ll}+ed|citing|quoting|speaking)$/u.test(tokens[start]?.text ?? '')) {
    end = start - 1;
    start = clauseStart(tokens, end);
  }
  // A subject that directly follows a number is what was counted ("32,825 cases reported").
  if (start > 0 && tokens[start - 1].kind === 'num') return null;
  while (start < end && (SUBJECT_NOISE.has(tokens[start].norm) || tokens[start].kind === 'punct')) start += 1;
  if (start >= end || end - start > 14 || tokens[start].kind !== 'word') return null;
  return span(text, tokens, start, end);
}

/** Does a clause (what was said) start at index k? "that", a number, a determiner, a name, a pronoun. */
function clauseFollows(tokens: readonly Token[], k: number): boolean {
  let j = k;
  // "said on Saturday that", "told lawmakers that"
  while (j < k + 4 && tokens[j] && SKIPPED_BEFORE_CLAUSE.test(tokens[j].norm)) j += 1;
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'num' || t.text === '“' || t.text === '"') return true;
  return t.kind === 'word' && (CLAUSE_STARTERS.has(t.norm) || DETERMINERS.has(t.norm) || /^\p{Lu}/u.test(t.text));
}

/** True when nothing but a short adjunct ("on Thursday.", "told lawmakers.", "in a statement") follows index k. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  // ", adding that ...": the speaker goes on, but this clause has ended.
  let end = tokens.length;
  for (let j = k; j < Math.min(tokens.length - 1, k + FINAL_TAIL); j++) {
    if (tokens[j].text === ',' && CONTINUATIONS.has(tokens[j + 1].norm)) end = j;
  }
  if (end - k > FINAL_TAIL) return false;
  const first = tokens[k];
  if (first && first.kind === 'word' && !ADJUNCT_OPENERS.test(first.norm) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let j = k; j < end; j++) {
    const t = tokens[j];
    if (t.kind === 'num' || t.norm === 'that' || t.text === ';') return false;
  }
  return true;
}

function speechAttribution(text: string, tokens: readonly Token[], v: number): Attribution | null {
  const verb = tokens[v];
  const before = tokens[v - 1];
  // "Omar Said", "Ahmed Told": a capitalised verb after a capitalised word is part of a name.
  if (/^\p{Lu}/u.test(verb.text) && before && /^\p{Lu}/u.test(before.text) && verb.norm === 'said') return null;
  // "an estimated 300", "initial reports indicated", "the United States": not verbs of saying here.
  if (before && DETERMINERS.has(before.norm)) return null;
  // "initial reports indicated", "the United States": nouns; "Israel reports", "reports that": verbs.
  if (NOUN_LIKE_VERBS.has(verb.norm)) {
    const clearlyVerb = tokens[v + 1]?.norm === 'that' || endsSentence(tokens, v + 1) || tokens[v + 1]?.kind === 'num'
      || (before !== undefined && /^\p{Lu}/u.test(before.text) && verb.norm !== 'states');
    if (!clearlyVerb) return null;
  }
  if (/^(?:reported|estimated|confirmed|claimed|put|placed|recorded|counted|believed|given)$/.test(verb.norm)
    && /^(?:were|was|are|is|be|been|being)$/.test(before?.norm ?? '')) return null;
  if (verb.norm === 'estimated' && tokens[v + 1]?.norm === 'to') return null;
  // "the war has claimed 10,000 lives": a verb of taking lives, not of saying.
  if (verb.norm.startsWith('claim') && tokens.slice(v + 1, v + 6).some((t) => t.norm === 'lives' || t.norm === 'life')) return null;
  // ", said police officials": the speaker follows the verb, and the clause ends with it.
  if (before && (before.text === ',' || before.text === '”' || before.text === '"') && INVERTIBLE_VERBS.has(verb.norm)) {
    const next = tokens[v + 1];
    if (next && next.kind === 'word' && (/^\p{Lu}/u.test(next.text) || DETERMINERS.has(next.norm) || /^(?:police|officials|witnesses|sources|authorities|doctors|residents)$/.test(next.norm))) {
      const end = nameAfter(tokens, v + 1);
      const looksLikeName = end - (v + 1) <= MAX_INVERTED_NAME
        && tokens.slice(v + 1, end).every((t) => (t.kind !== 'num' && !CLAUSE_STARTERS.has(t.norm)) || DETERMINERS.has(t.norm));
      const closes = end >= tokens.length || tokens[end].text === ',' || tokens[end].text === '.' || tokens[end].norm === 'on';
      if (looksLikeName && closes) {
        // ", said police officials, adding that no one died": the speaker goes on talking.
        const goesOn = tokens[end]?.text === ',' && /^(?:adding|saying|noting)$/.test(tokens[end + 1]?.norm ?? '');
        return make(span(text, tokens, v + 1, end), v, goesOn ? 'sentence' : 'before');
      }
    }
  }
  // ", recorded at 1358": a participle after a comma modifies what precedes; it names no speaker.
  if (before?.text === ',' && !INVERTIBLE_VERBS.has(verb.norm) && !SPEECH_VERBS.has(verb.norm)) return null;
  const subject = subjectBefore(text, tokens, v);
  if (!subject || /^(?:it|there)$/i.test(subject) && verb.norm === 'reported') return null;
  // "officials said, raising the death toll to 24", "police said, adding that 30 were hurt": the
  // report goes on after the comma, so the attribution covers the whole sentence.
  if (tokens[v + 1]?.text === ',' && /ing$/.test(tokens[v + 2]?.norm ?? '')) return make(subject, v, 'sentence');
  if (endsSentence(tokens, v + 1) || tokens[v + 1]?.text === ',') return make(subject, v, 'before');
  // "rebels claimed to have killed 50": the claim is the subject's own.
  if (tokens[v + 1]?.norm === 'to' && tokens[v + 2]?.norm === 'have') return make(subject, v, 'after');
  const says = SPEECH_VERBS.has(verb.norm) ? tokens[v + 1]?.kind === 'word' || tokens[v + 1]?.kind === 'num' : clauseFollows(tokens, v + 1);
  return says ? make(subject, v, 'after') : null;
}

/** "Around 300 soldiers killed: S. Korea's spy agency", "Dozens killed in attack – Washington Post". */
function trailingCredit(text: string, tokens: readonly Token[]): Attribution | null {
  for (let k = Math.max(0, tokens.length - 8); k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!(t.text === ':' || ((t.text === '–' || t.text === '—' || t.text === '-') && !t.glued))) continue;
    const rest = tokens.slice(k + 1).filter((r) => r.text !== '.');
    const isName = rest.length > 0 && rest.length <= 6 && /^\p{Lu}/u.test(rest[0].text)
      && rest.every((r) => r.kind !== 'num' && !SAY_VERBS.has(r.norm));
    if (isName) return make(span(text, tokens, k + 1, tokens.length), k, 'sentence');
  }
  return null;
}

/** All attributions in one sentence, in order of position. */
export function findAttributions(text: string, tokens: readonly Token[]): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const lead = LEAD_FIRST_WORDS.has(tokens[i].norm)
      ? FOLLOWED_BY_CLAIMANT.find((words) => words.every((w, k) => tokens[i + k]?.norm === w)) : undefined;
    if (lead) {
      const from = i + lead.length;
      const attribution = make(span(text, tokens, from, nameAfter(tokens, from)), i, 'sentence');
      if (attribution) found.push(attribution);
      i += lead.length - 1;
      continue;
    }
    if (tokens[i].kind === 'word' && SAY_VERBS.has(tokens[i].norm)) {
      const attribution = speechAttribution(text, tokens, i);
      if (attribution) found.push(attribution);
    }
  }
  const credit = found.length === 0 ? trailingCredit(text, tokens) : null;
  if (credit) found.push(credit);
  return found;
}

const SUBJECT_TITLE_WORDS = new Set(['the', 'of', 'for', 'and', '’s', "'s"]);

/**
 * The named subject a sentence opens with ("The Health Ministry gave ...", "Governor Ana Ruiz spoke"):
 * what a later "it" or "she" may refer to when no claimant was named.
 */
export function openingSubject(text: string, tokens: readonly Token[]): string | null {
  let k = 0;
  let capitalised = 0;
  while (k < tokens.length && k < 8) {
    const t = tokens[k];
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) capitalised += t.norm === 'the' ? 0 : 1;
    else if (!(SUBJECT_TITLE_WORDS.has(t.norm) || (t.kind === 'word' && k > 0 && /^\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) break;
    k += 1;
  }
  const next = tokens[k];
  if (capitalised === 0 || !next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text)) return null;
  return span(text, tokens, 0, k);
}

const CREDIT_LABEL = 'Source:';
const MAX_CREDIT = 80;

/** "Source: South Korean news agency Yonhap": a report-wide credit line, up to the end of its
 * sentence, a line break or the next "Label:". Read with indexOf, not a lazy regex, to stay linear. */
export function sourceLine(text: string): string | null {
  const at = text.indexOf(CREDIT_LABEL);
  if (at === -1) return null;
  const start = at + CREDIT_LABEL.length;
  let end = start;
  while (end < text.length && end - start <= MAX_CREDIT && !'\n.:'.includes(text[end])) end += 1;
  let credit = text.slice(start, end);
  // "Source: Yonhap Details: ...": the next label's word is not part of the credit.
  if (text[end] === ':') credit = credit.slice(0, Math.max(0, credit.trimEnd().lastIndexOf(' ')));
  const cleaned = clean(credit);
  return cleaned.length >= 2 ? cleaned : null;
}

/** The dateline agency of a report: "(Reuters) -", "AFP -", "/TASS/", "KABUL (Masnet & News Agencies) -". */
export function datelineAgency(text: string, agencies: ReadonlySet<string>): string | null {
  const head = text.slice(0, 240);
  const dashed = /\(([\p{L}][\p{L}&;.' -]{0,40})\)\s*(?:--|-|–|—)/u.exec(head);
  if (dashed) return cleanAgency(dashed[1]);
  for (const match of head.matchAll(/\(([\p{L}]{2,12})\)|(?:^|[.!?]\s+)([\p{L}]{2,10})\s+(?:-|–|—)\s|\/([\p{L}-]{2,12})\//gu)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (name && agencies.has(name.toLowerCase())) return name;
  }
  return null;
}

function cleanAgency(name: string): string {
  return clean(name.replace(/\bamp;/g, '&').replace(/&\s*&/g, '&'));
}

/** Does an attribution cover a figure whose number spans tokens [first, last]? */
export function covers(attribution: Attribution, first: number, last: number): boolean {
  if (attribution.scope === 'sentence') return true;
  return attribution.scope === 'after' ? attribution.at < first : attribution.at > last;
}
