// Hypothetical, future, averted and denied statements are not figures: "could kill thousands",
// "threatened to kill two hostages", "denied that 50 died", "the measures prevented 1,000 deaths".
import type { Token } from '../tokens.js';
import { BASE_FORMS, ENSUING_VERBS, HARM_NOUNS, IRREALIS_WORDS, MONTHS, PROJECTING_VERBS } from '../vocabulary.js';

/** "Airstrikes said to kill 44", "a flood reported to kill 12": a headline's report of what happened, not a plan. */
const REPORTED: ReadonlySet<string> = new Set(['said', 'reported', 'believed', 'thought', 'feared', 'estimated']);

/** True when a modal, denial or negation stands among the `span` tokens before index `at`. */
export function isIrrealisBefore(tokens: readonly Token[], at: number, span = 3): boolean {
  if (at > 0 && tokens[at - 1].norm === 'to' && BASE_FORMS.has(tokens[at]?.norm ?? '') && !REPORTED.has(tokens[at - 2]?.norm ?? '')) return true;
  for (let k = Math.max(0, at - span); k < at; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) continue;
    if (isModalAt(tokens, k) && !deniesAReport(tokens, k)) return true;
  }
  return joinedToModal(tokens, at);
}

/** What others said, as the object of a denial: "denied reports that", "denies claims that". */
const REPORT_NOUNS: ReadonlySet<string> = new Set(['reports', 'report', 'claims', 'claim', 'allegations', 'rumours', 'rumors', 'accounts', 'suggestions']);
const DENIALS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying']);

/**
 * "denied reports that more than 200 people had died", "denies media reports that 40 were killed": the
 * count is someone else's report, stated, and the denial is a mark on it (extract/refiners/revision.ts
 * reads it `denied`, its claimant the denier), as it was already past a longer object ("denied reports on
 * social media that …"). A bare "denied that 50 died" states no count of anyone's.
 */
function deniesAReport(tokens: readonly Token[], k: number): boolean {
  if (!DENIALS.has(tokens[k]!.norm)) return false;
  let j = k + 1;
  if (tokens[j]?.kind === 'word' && !REPORT_NOUNS.has(tokens[j]!.norm) && REPORT_NOUNS.has(tokens[j + 1]?.norm ?? '')) j += 1;
  return REPORT_NOUNS.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'that';
}

/** How far back a modal may govern a base form joined to its first verb: "could collapse under heavy traffic and kill". */
const JOINED_MODAL_REACH = 9;

/**
 * Round 20, engineers' warnings: "it could collapse under heavy traffic 'and kill dozens'", "the dam
 * may burst and drown thousands": a base form after "and" or "or" shares the modal of the verb it is
 * joined to, in the same clause (never past a full stop, semicolon or colon).
 */
function joinedToModal(tokens: readonly Token[], at: number): boolean {
  if (!BASE_FORMS.has(tokens[at]?.norm ?? '')) return false;
  let j = at - 1;
  if (QUOTES.has(tokens[j]?.text ?? '')) j -= 1;
  if (tokens[j]?.norm !== 'and' && tokens[j]?.norm !== 'or') return false;
  for (let k = j - 1; k >= Math.max(0, j - JOINED_MODAL_REACH); k--) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.text === ':') return false;
    if (isModalAt(tokens, k)) return true;
  }
  return false;
}
const QUOTES: ReadonlySet<string> = new Set(["'", '"', '‘', '’', '“', '”']);

/** Is the token at k a modal, denial or negation? "May" the month is not: "on 5 May", "May 12", "in May". */
export function isModalAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!IRREALIS_WORDS.has(t.norm)) return false;
  return !(MONTHS.has(t.norm) && isMonth(tokens, k));
}

function isMonth(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before?.kind === 'num' || after?.kind === 'num') return true;
  if (before && (before.norm === 'in' || before.norm === 'of' || before.norm === 'since' || before.norm === 'until')) return true;
  // A capital inside a sentence is a name: "attacked in late May", "the May offensive".
  return k > 0 && /^\p{Lu}/u.test(tokens[k].text) && before?.kind === 'word';
}

/** Words a forecast's clause may hold between the deaths and its verb: "the TORCH report projected", "are now". */
const PROJECTION_LINKS: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was', 'be', 'been', 'being', 'have', 'has', 'had', 'now', 'eventually', 'ultimately', 'still', 'also', 'later']);

/**
 * Round 21, nuclear and chemical disasters' long-term tolls: a count of deaths whose own clause goes on to
 * forecast them is no figure: "some 93,000 additional cancer deaths would result", "the 30,000 to 60,000
 * excess deaths the TORCH report projected", "4,000 deaths are predicted" (not "3,787 deaths were recorded",
 * "31 deaths acknowledged by the authorities", "9,000 deaths, more than the model projected").
 */
export function isProjectedAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < last + 5 && tokens[k]?.kind === 'word' && !HARM_NOUNS.has(tokens[k]!.norm)) k += 1;
  if (!HARM_NOUNS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.norm === 'and' || t.norm === 'but' || t.norm === 'than') return false;
    if (PROJECTING_VERBS.has(t.norm)) return true;
    if (isModalAt(tokens, j)) {
      const verb = tokens[j + 1]?.norm === 'have' ? tokens[j + 2] : tokens[j + 1];
      return ENSUING_VERBS.has(verb?.norm ?? '');
    }
    // Past a verb of its own, the clause states the deaths ("were recorded", "acknowledged by").
    if (/ed$/.test(t.norm) && !PROJECTION_LINKS.has(t.norm)) return false;
  }
  return false;
}
