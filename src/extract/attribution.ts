// Who states a figure: "X said", "X told Y", "according to X", ", said X", "reported by X",
// "citing X". Each attribution in a sentence is found with its position, so that a figure takes the
// nearest one; pronouns and bare role nouns ("he", "the ministry") are resolved by the pipeline.
import type { Token } from './tokens.js';
import { ANAPHORS, SAY_VERBS } from './vocabulary.js';

export interface Attribution {
  /** The claimant as written in the text. */
  name: string;
  /** Token index of the verb or preposition that introduces it, for nearest-attribution choice. */
  at: number;
  /** "he", "it", "the agency": to be resolved to the last named claimant. */
  anaphoric: boolean;
  /** A news outlet rather than the party that counted: "Yonhap reported", "Reuters". */
  media: boolean;
}

const SUBJECT_BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '-', '.']);
const CLAUSE_WORDS = new Set(['that', 'and', 'but', 'while', 'as', 'whereas', 'which', 'who', 'where', 'when', 'after']);
const SUBJECT_NOISE = new Set([
  'earlier', 'meanwhile', 'however', 'also', 'later', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'had',
  'been', 'already', 'previously', 'separately', 'subsequently', 'then', 'now', 'further', 'initially', 'only',
  'yesterday', 'today', 'last', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'night', 'morning', 'evening', 'in', 'a', 'statement', 'its', 'officially',
]);
const MEDIA_WORDS = new Set([
  'news', 'agency', 'newspaper', 'daily', 'radio', 'television', 'tv', 'reuters', 'yonhap', 'ap', 'afp', 'cnn',
  'bbc', 'jazeera', 'tass', 'interfax', 'xinhua', 'times', 'post', 'press', 'broadcaster', 'channel', 'ukrinform',
  'media', 'outlet', 'website', 'tribune', 'journal', 'herald', 'guardian', 'telegraph', 'abc', 'nbc', 'cbs',
]);
/** "according to", "as per", "citing", "quoting": the claimant follows. */
const FOLLOWED_BY_CLAIMANT: readonly (readonly string[])[] = [
  ['according', 'to'], ['as', 'per'], ['citing'], ['quoting'], ['reported', 'by'], ['claimed', 'by'],
  ['announced', 'by'], ['confirmed', 'by'], ['released', 'by'], ['estimated', 'by'], ['source', ':'],
];
const NAME_STOPS = new Set(['details', 'which', 'who', 'that', 'said', 'says', 'told', 'adding', 'as', 'on', 'while', 'and', 'but', 'in']);

function isBoundaryToken(t: Token): boolean {
  return (t.kind === 'punct' && SUBJECT_BOUNDARIES.has(t.text) && !t.glued) || (t.kind === 'punct' && t.text === ',');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:'"“”‘’-]+|[\s,;:'"“”‘’-]+$/g, '');
}

function isMedia(name: string): boolean {
  return name.toLowerCase().split(/[^a-z]+/).some((w) => MEDIA_WORDS.has(w));
}

function make(name: string, at: number): Attribution | null {
  const cleaned = clean(name);
  if (!cleaned || cleaned.length > 120) return null;
  const lower = cleaned.toLowerCase();
  return { name: cleaned, at, anaphoric: ANAPHORS.has(lower), media: isMedia(cleaned) };
}

/** Text of tokens [from, to) from the source text, null when empty. */
function span(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** The claimant named after "according to" and the like: up to a comma, clause word or the end. */
function nameAfter(text: string, tokens: readonly Token[], from: number): string | null {
  let k = from;
  for (; k < tokens.length && k < from + 16; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== '.' && t.text !== '’' && t.text !== "'"
      && t.text !== '&' && t.text !== '-' && !(t.text === '“' || t.text === '”')) break;
    if (t.text === '.' && !t.glued) break;
    if (t.text === '.' && !/^[\p{Lu}]/u.test(tokens[k + 1]?.text ?? '')) break;
    if (k > from && NAME_STOPS.has(t.norm)) break;
    if (k > from && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.norm)) break;
  }
  return span(text, tokens, from, k);
}

/** The subject before a verb of saying at index v: back to the nearest clause boundary. */
function subjectBefore(text: string, tokens: readonly Token[], v: number): string | null {
  let end = v;
  while (end > 0 && SUBJECT_NOISE.has(tokens[end - 1].norm)) end -= 1;
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1];
    if (isBoundaryToken(t) || CLAUSE_WORDS.has(t.norm) || t.kind === 'num') break;
    start -= 1;
  }
  // "The Iranian National News Agency, received here, said": skip a participial aside back to the name.
  if (start > 1 && tokens[start - 1].text === ',' && /^(?:received|monitored|quoted|speaking|reached|citing)$/.test(tokens[start]?.norm ?? '')) {
    let k = start - 1;
    while (k > 0 && !isBoundaryToken(tokens[k - 1]) && !CLAUSE_WORDS.has(tokens[k - 1].norm)) k -= 1;
    return span(text, tokens, k, start - 1);
  }
  while (start < end && SUBJECT_NOISE.has(tokens[start].norm) && tokens[start].norm !== 'a') start += 1;
  if (start >= end) return null;
  // A subject starting in lower case with no determiner is a verb phrase, not a claimant.
  const first = tokens[start];
  if (first.kind !== 'word') return null;
  if (end - start > 14) return null;
  return span(text, tokens, start, end);
}

/** All attributions in one sentence, in order of position. */
export function findAttributions(text: string, tokens: readonly Token[]): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lead = FOLLOWED_BY_CLAIMANT.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (lead) {
      const name = nameAfter(text, tokens, i + lead.length);
      const attribution = name && make(name, i);
      if (attribution) found.push(attribution);
      i += lead.length - 1;
      continue;
    }
    if (t.kind !== 'word' || !SAY_VERBS.has(t.norm)) continue;
    const before = tokens[i - 1];
    // ", said police officials": the claimant follows the verb.
    if (before && (before.text === ',' || before.text === '”' || before.text === '"') && tokens[i + 1]?.kind === 'word') {
      const name = nameAfter(text, tokens, i + 1);
      const attribution = name && make(name, i);
      if (attribution) found.push(attribution);
      continue;
    }
    const subject = subjectBefore(text, tokens, i);
    const attribution = subject && make(subject, i);
    if (attribution && !isVerbPhrase(tokens, i, subject)) found.push(attribution);
  }
  return found;
}

/** "The attack killed 5, injured 20, police said" is fine; "were reported" is not a claimant. */
function isVerbPhrase(tokens: readonly Token[], v: number, subject: string): boolean {
  const verb = tokens[v].norm;
  if (/^(?:reported|estimated|confirmed|claimed|put|placed|recorded|counted|believe)$/.test(verb)) {
    const previous = tokens[v - 1]?.norm ?? '';
    if (/^(?:were|was|are|is|be|been|being)$/.test(previous)) return true;
  }
  return /^(?:it|there)$/i.test(subject) && verb === 'reported';
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
