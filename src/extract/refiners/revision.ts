// Revisions read from the words around a figure: "raised the toll from 58 to 77" (58 is superseded,
// 77 the revision), "had initially said 40", "an earlier toll of 58", "later put it at 52", "denied
// reports that 300 had drowned", "retracted its claim that 500 were killed". Reconcile orders a
// claimant's statements by date and uses these marks to tell its current figure from the ones it
// has replaced or taken back. Pure: looks only at the sentence.
import type { Revision } from '../../figure.js';

/** How far before the figure the clause is read: enough for "had initially put the death toll at". */
const BEFORE_REACH = 90;
/** How far after the figure a trailing denial may stand: "…, a figure the governor later denied". */
const AFTER_REACH = 70;

// A clause ends at these: "initially said 40, but later 52" gives 52 a clause of its own.
const CLAUSE_BREAK = /[;:]|,\s|\b(?:but|before|then|and|while|whereas)\b/gi;

const WITHDRAWN_BEFORE = /\b(?:retract(?:ed|s|ing)?|withdr[ae]w(?:n|s|ing)?|walked back|walks back)\b/i;
// The verb must take the figure's report or claim as object: "denied access to the site" is no denial.
const DENIED_BEFORE =
  /\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing)|disput(?:ed|es|ing))\s+(?:[a-z']+\s+){0,4}?(?:that|reports?|claims?|figures?|tolls?|numbers?|counts?|tall(?:y|ies)|estimates?)\b/i;
// "…, a figure the governor later denied": a noun for the figure, then the verb, in the same clause.
const TAKEN_BACK_AFTER =
  /^[^.;]{0,30}?\b(?:figure|number|toll|count|claim|report|estimate)s?\b[^.;,]{0,40}?\b(?:(retract(?:ed|s)|withdr[ae]w(?:n|s)?|walked back)|(den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)|disput(?:ed|es)|refut(?:ed|es)))\b/i;
const DENIED_AFTER = /^[^.;]{0,25}?\b(?:was|were|has been|have been) (?:later )?(?:denied|dismissed|rejected|refuted|disputed)\b/i;
// "An earlier report that 90 people had died was wrong, the sheriff's office said": the report is called untrue.
// "said the opposition's claim of more than 100 deaths was baseless": the same, of a claim named before.
export const CALLED_WRONG_AFTER = /^[^.;,]{0,40}?\b(?:was|were|is|are) (?:wrong|false|incorrect|untrue|inaccurate|mistaken|unfounded|baseless|groundless|fabricated|exaggerated)\b/i;
// "…told reporters that 45 people had been killed, but the ministry later withdrew the figure": the
// figure taken back by a noun that points back to it (not "withdrew its figure of 19", another number).
const TAKEN_BACK_LATER =
  /^[^.;]{0,60}?\b(?:(retract(?:ed|s)|withdr[ae]w(?:n|s)?|walked back)|(den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)|refut(?:ed|es)))\s+(?:the|that|this|its|his|her|their)\s+(?:figure|number|toll|count|claim|report|estimate)\b(?!\s+of\b)/i;

// "The group said it had killed 50 people. Officials dismissed the claim as exaggerated.": the sentence
// after a figure's takes back or denies "the claim", "the figure", "those reports" before any number of
// its own, so it speaks of that figure, as TAKEN_BACK_LATER does within one sentence ("its figure" would
// be the speaker's own, which need not be the figure before; "the claim that …", "reports about …" say
// which claim, another one).
const TAKEN_BACK_NEXT =
  /^[^.;!?\d]{0,60}?\b(?:(retract(?:ed|s)|withdr[ae]w(?:n|s)?|walked back)|(den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)|refut(?:ed|es)|disput(?:ed|es)))\s+(?:as\s+[a-z]+\s+)?(?:the|that|this|these|those|such)\s+(?:claims?|figures?|numbers?|tolls?|counts?|reports?|estimates?|accounts?|tall(?:y|ies))\b(?!\s+(?:of|that|about)\b)/i;
// "The claim was later denied by the army.", "Those figures have been dismissed as propaganda."
const TAKEN_BACK_NEXT_PASSIVE =
  /^\s*(?:the|that|this|these|those|such)\s+(?:claims?|figures?|numbers?|tolls?|counts?|reports?|estimates?|tall(?:y|ies))\s+(?:was|were|has been|have been|had been)\s+(?:later\s+|since\s+|swiftly\s+|quickly\s+)?(?:(retracted|withdrawn)|(denied|rejected|dismissed|refuted|disputed))\b/i;
// "did not deny the claim", "declined to confirm or deny the figures", "refused to retract the report".
const NOT_TAKEN_BACK = /\b(?:not|never|neither|nor|declined|refused|n't)\b/i;

/** What the sentence after a figure's says of it: `retracted`, `denied`, or null (see TAKEN_BACK_NEXT). */
export function takenBackByNext(next: string): Revision | null {
  const match = TAKEN_BACK_NEXT.exec(next) ?? TAKEN_BACK_NEXT_PASSIVE.exec(next);
  if (match === null || NOT_TAKEN_BACK.test(next.slice(0, match.index + match[0].length))) return null;
  return match[1] ? 'retracted' : 'denied';
}

// "up from 45", "raised … from 58": the number after "from" is the one replaced.
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(?:(?:initial|earlier|previous|original|preliminary)\s+)?(?:(?:figure|toll|count|estimate|tally|number)\s+of\s+)?$/i;
const CHANGE_WORD = /\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|lower(?:ed|s|ing)|rose|risen|ris(?:es|ing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)|jump(?:ed|s)|updat(?:ed|es|ing)|correct(?:ed|s|ing)|adjust(?:ed|s|ing)|reduc(?:ed|es|ing)|cut|fell|dropped|up|down)\b/i;
// "had initially said", "an earlier toll of", "the original figure of", "previously reported".
const SUPERSEDED_BEFORE = /\b(?:initial(?:ly)?|original(?:ly)?|previous(?:ly)?|prior|at first|first put|earlier(?!\s+(?:on|this|today|that|in|the)\b))\b/gi;
// "later said", "now says", "revised it to", "raised the toll to", "updated figure of".
const REVISED_BEFORE = /\b(?:later|now|revis(?:ed|es|ing)|rais(?:ed|es|ing)|lower(?:ed|s|ing)|updat(?:ed|es|ing)|correct(?:ed|s|ing)|adjust(?:ed|s|ing)|new (?:toll|figure|count|tally))\b/gi;
// "rose to 77", "climbed to": the number after "to" replaces an earlier one.
const TO_AFTER_CHANGE = /\b(?:rose|risen|ris(?:es|ing)|climb(?:ed|s|ing)|jump(?:ed|s)|increas(?:ed|es|ing)|soar(?:ed|s))\s+(?:again\s+)?to\s+(?:about\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$/i;

// Dossier round 10: "corrected its earlier figure of 8 bodies to 9", "revised its figure of 12 fighters killed
// down to 8": the number after "to" replaces the one the figure was "of", however early that one is called.
const TO_AFTER_FIGURE_OF = /\b(?:figure|toll|count|estimate|tally|number)s?\s+of\s+\d[\d,]*(?:\s+[a-z]+){0,5}\s+to\s+(?:about\s+|at\s+least\s+|more\s+than\s+)?$/i;

/**
 * What the sentence says of the figure at [start, end) (offsets into `sentence`): `superseded`
 * (a figure since replaced), `revised` (the replacement), `denied` or `retracted`; null when it
 * says nothing of the kind.
 */
export function revisionOf(sentence: string, start: number, end: number): Revision | null {
  const before = sentence.slice(Math.max(0, start - BEFORE_REACH), start);
  const clause = lastClause(before);
  const after = sentence.slice(end, end + AFTER_REACH);

  const takenBack = TAKEN_BACK_AFTER.exec(after);
  if (takenBack) return takenBack[1] ? 'retracted' : 'denied';
  const takenBackLater = TAKEN_BACK_LATER.exec(after);
  if (takenBackLater) return takenBackLater[1] ? 'retracted' : 'denied';
  if (CALLED_WRONG_AFTER.test(after)) return 'denied';
  if (WITHDRAWN_BEFORE.test(clause)) return 'retracted';
  if (DENIED_BEFORE.test(clause) || DENIED_AFTER.test(after)) return 'denied';

  if (FROM_BEFORE.test(before) && CHANGE_WORD.test(sentence)) return 'superseded';
  if (TO_AFTER_CHANGE.test(before) || TO_AFTER_FIGURE_OF.test(clause)) return 'revised';
  // "an earlier toll of 58 was raised to 77": the marker nearest the figure speaks for it.
  const superseded = lastMatch(SUPERSEDED_BEFORE, clause);
  const revised = lastMatch(REVISED_BEFORE, clause);
  if (superseded > revised) return 'superseded';
  if (revised > superseded) return 'revised';
  // "…to 77 from 58": the later number of a change was named first.
  if (/^\s+from\s+\d/i.test(after) && CHANGE_WORD.test(before)) return 'revised';
  return null;
}

/** Where the last match of a global pattern starts, -1 when none. */
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) at = match.index;
  return at;
}

/** The text after the last clause break, so that "initially 40, but later 52" reads 52 alone. */
function lastClause(text: string): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) from = match.index + match[0].length;
  return text.slice(from);
}
