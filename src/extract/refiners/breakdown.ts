// Breakdowns and revisions, in two steps.
// In a sentence (tokens), numbers that no rule claimed take the category of the figure they break
// down or revise: "rose to 87 from the 52 reported earlier" (52 is the earlier toll), "11 died in
// hospital and 31 at the scene" (31 died too).
// Over a report's figures (text), a figure that breaks another down is marked a part of it
// (Figure.partOf): "killing 23, including 9 children and 4 women", "41 people, 17 of whom were
// soldiers", "12 villagers, with 3 of them children", "among them 5 police officers".
import type { Figure } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import { RULE, type Governor } from '../rules/rule.js';
import type { Token } from '../tokens.js';
import { NON_PERSON_NOUNS, PREDICATE_WORDS, REVISING_PARTICIPLES, VERIFICATION_STATES } from '../vocabulary.js';

/** Words that may stand between "from" and the earlier count: "from the 52", "from an earlier 40". */
const BEFORE_EARLIER = new Set(['the', 'an', 'a', 'earlier', 'previous', 'previously', 'initial', 'initially', 'first']);
/** Round 14: "put the death toll at 23 — revised from the 26": a spaced dash opening the revision. */
const DASHES: readonly string[] = ['—', '–'];
/** Where a share of the dead died or lay: "31 at the scene", "11 in hospital". */
const PLACE_LINKS = new Set(['in', 'at', 'on']);

/** Fills in governors for revised-from counts and place-by-place shares. */
export function inheritBreakdowns(tokens: readonly Token[], mentions: readonly NumberMention[], governors: (Governor | null)[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const previous = governors[i - 1];
    if (governors[i] || !previous) continue;
    const mention = mentions[i];
    if (isRevisedFrom(tokens, mentions[i - 1]!, mention) || isBracketedIncrement(tokens, mentions[i - 1]!, mention)
      || isRevisedTo(tokens, mentions[i - 1]!, mention) || isAddedCount(tokens, mentions[i - 1]!, mention)) {
      governors[i] = { ...previous, rule: RULE.revisedFrom, confidence: Math.min(previous.confidence, 0.75), actor: null };
    } else if (isPlaceShare(tokens, mentions[i - 1]!, mention) || isPeriodShare(tokens, mentions[i - 1]!, mention)
      || isGappedShare(tokens, mentions[i - 1]!, mention) || isNamedShare(tokens, mentions[i - 1]!, mention, previous)) {
      governors[i] = { ...previous, rule: RULE.placeShare, confidence: Math.min(previous.confidence, 0.7), actor: null };
    } else if (isLabelledShare(tokens, mentions[i - 1]!, mention)) {
      governors[i] = { ...previous, rule: RULE.labelledShare, confidence: Math.min(previous.confidence, 0.7), actor: null };
    }
  }
}

/**
 * Between a new count and "from": nothing, or "up"/"down" and a comma ("87, up from 52"); round 12, a
 * verb of correcting ("293, revised from the 288 announced earlier", "40, corrected from 45").
 */
const BEFORE_FROM = new Set([',', 'up', 'down', ...REVISING_PARTICIPLES, ...DASHES]);

/**
 * "to 87 from the 52", "87, up from 40": "from" straight after the new count, and at most two of
 * BEFORE_EARLIER before the old one ("recovered 392 bodies from three graves" is no revision).
 */
function isRevisedFrom(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  let k = mention.start - 1;
  for (let skipped = 0; skipped < 2 && BEFORE_EARLIER.has(tokens[k]?.norm ?? ''); skipped++) k -= 1;
  if (tokens[k]?.norm !== 'from' || k - previous.last > 3) return false;
  return tokens.slice(previous.last + 1, k).every((t) => BEFORE_FROM.has(t.norm));
}

/**
 * Round 18, list articles: "Killed: 334 (incl. 186 children) + 31 attackers", "Dead: 86 + 1 perpetrator": a
 * further count of the same harm added with a plus, after the count before or the bracket that holds it.
 */
function isAddedCount(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  const plus = mention.start - 1;
  if (tokens[plus]?.text !== '+' || tokens[plus - 1]?.text === '(') return false;
  if (NON_PERSON_NOUNS.has(tokens[mention.last + 1]?.norm ?? '') || isNonPerson(tokens, nounPhraseAfter(tokens, mention.last + 1))) return false;
  if (plus - 1 === previous.last) return true;
  if (tokens[plus - 1]?.text !== ')') return false;
  for (let k = previous.last + 1; k < plus - 1; k++) if (tokens[k].text === '(' || tokens[k].text === ')') return false;
  return true;
}

/** Words that open an apposition naming the count before: ", a number OCHA later corrected to", ", which was revised to". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'the', 'which', 'that']);
/** How many words the apposition may take before its participle: "a figure the State Council later". */
const MAX_APPOSITION = 7;
/** How many words may name what the first count counts: "11,300 deaths", "40 civilian deaths". */
const MAX_COUNTED = 4;

/**
 * Round 18, loss reports: "cited 11,300 deaths, a number OCHA later corrected to 4,352", "300 deaths, a figure
 * it later revised to 250": the count a comma's apposition says the first was corrected to.
 */
function isRevisedTo(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  if (tokens[mention.start - 1]?.norm !== 'to' || !REVISING_PARTICIPLES.includes(tokens[mention.start - 2]?.norm ?? '')) return false;
  // Past the first count's own words: "11,300 deaths,".
  let comma = previous.last + 1;
  while (comma < previous.last + MAX_COUNTED && tokens[comma]?.kind === 'word') comma += 1;
  if (tokens[comma]?.text !== ',' || !APPOSITION_OPENERS.has(tokens[comma + 1]?.norm ?? '')) return false;
  const between = tokens.slice(comma + 1, mention.start - 2);
  return between.length <= MAX_APPOSITION && between.every((t) => t.kind === 'word');
}

/** Round 8: "Cumulative deaths rose to 1,046 (+27 since the last report)", "Deaths: 1,046 (+27)": a bulletin's increment in brackets. */
function isBracketedIncrement(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  return tokens[mention.start - 1]?.text === '+' && tokens[mention.start - 2]?.text === '(' && mention.start - 2 === previous.last + 1;
}

/**
 * "11 died in hospital and 31 at the scene": the number follows "and" or a comma straight after a
 * place phrase of the previous figure, and is followed by a place phrase of its own, with no verb.
 */
function isPlaceShare(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  const joiner = tokens[mention.start - 1]?.norm;
  if (joiner !== 'and' && joiner !== ',') return false;
  if (!PLACE_LINKS.has(tokens[mention.last + 1]?.norm ?? '')) return false;
  const between = tokens.slice(previous.last + 1, mention.start - 1);
  return between.length <= 6 && between.some((t) => PLACE_LINKS.has(t.norm)) && between.every((t) => t.kind === 'word');
}

/** Round 14: what opens a period after a share: "that year", "last year", "this month". */
const PERIOD_DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'last']);
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'quarter', 'season']);
const periodAt = (tokens: readonly Token[], k: number) => PERIOD_DEMONSTRATIVES.has(tokens[k]?.norm ?? '') && PERIOD_NOUNS.has(tokens[k + 1]?.norm ?? '');
/** How many words may stand between a count and the "and" before the next period's count. */
const MAX_PERIOD_GAP = 8;

/**
 * Round 14, statistics year on year: "5,420 people died on the roads that year and 3,910 last year": the
 * number follows "and" straight after a period phrase of the previous figure, and a period of its own follows it.
 */
function isPeriodShare(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  if (tokens[mention.start - 1]?.norm !== 'and' || !periodAt(tokens, mention.last + 1)) return false;
  const between = tokens.slice(previous.last + 1, mention.start - 1);
  return between.length <= MAX_PERIOD_GAP && periodAt(tokens, mention.start - 3) && between.every((t) => t.kind === 'word');
}

/**
 * Round 14: "with pedestrians accounting for 1,706 of the dead and motorcyclists for 1,284": the verb of the
 * share before left out, "and", the next people, "for" and the count (the share before also after "for").
 */
function isGappedShare(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  if (tokens[mention.start - 1]?.norm !== 'for' || tokens[previous.start - 1]?.norm !== 'for') return false;
  const people = tokens[mention.start - 2];
  if (people?.kind !== 'word' || !/s$/.test(people.norm) || tokens[mention.start - 3]?.norm !== 'and') return false;
  const between = tokens.slice(previous.last + 1, mention.start - 3);
  return between.length <= 4 && between.every((t) => t.kind === 'word');
}

/** Round 13: a bracketed count that is the whole of its brackets ("Sindh (347)"). */
function isBracketed(tokens: readonly Token[], mention: NumberMention): boolean {
  return tokens[mention.start - 1]?.text === '(' && tokens[mention.last + 1]?.text === ')';
}
/** A place's name of up to four capitalised words, ending at `end`: where it starts, or -1. */
function nameStart(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k > end - MAX_PLACE_NAME && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k -= 1;
  return k < end ? k + 1 : -1;
}
const MAX_PLACE_NAME = 4;

/**
 * Round 13, disaster bulletins: "Sindh was worst hit with 347 deaths, followed by Punjab (120) and
 * Balochistan (88)": a place's count in brackets after "followed by", or after "and" or a comma
 * straight after another such share, takes the harm of the figure it follows.
 */
function isNamedShare(tokens: readonly Token[], previous: NumberMention, mention: NumberMention, governor: Governor): boolean {
  if (!isBracketed(tokens, mention)) return false;
  const name = nameStart(tokens, mention.start - 2);
  if (name < 0) return false;
  if (tokens[name - 1]?.norm === 'by' && tokens[name - 2]?.norm === 'followed') return name - 2 - previous.last <= 3;
  const joiner = tokens[name - 1]?.norm;
  return governor.rule === RULE.placeShare && isBracketed(tokens, previous) && previous.last + 2 === name - 1 && (joiner === 'and' || joiner === ',');
}

/**
 * Round 13, bulletins: "Dead – 126 (validated: 98; for validation: 28)", "Deaths: 40 (confirmed: 31,
 * probable: 9)": labelled counts in the brackets that follow a figure break it down, so take its harm.
 */
function isLabelledShare(tokens: readonly Token[], previous: NumberMention, mention: NumberMention): boolean {
  // Round 25, situation reports: a label of how sure the count is needs no colon ("Dead: 48 (validated 31, for validation 17)").
  const colon = tokens[mention.start - 1]?.text === ':';
  const between = tokens.slice(previous.last + 1, colon ? mention.start - 1 : mention.start);
  if (between.length < 2 || between.length > 1 + MAX_LABEL_WORDS) return false;
  if (!colon && !between.slice(1).some((t) => VERIFICATION_STATES.has(t.norm))) return false;
  const opener = between[0]!.text;
  const opensBrackets = opener === '(';
  // The next share: after a labelled count still inside the brackets ("hospitalised: 20; treated: 37").
  const labelled = tokens[previous.start - 1]?.text === ':' || VERIFICATION_STATES.has(tokens[previous.start - 1]?.norm ?? '');
  const continuesThem = (opener === ';' || opener === ',') && labelled && insideBrackets(tokens, previous.start);
  return (opensBrackets || continuesThem) && between.slice(1).every((t) => t.kind === 'word');
}
const MAX_LABEL_WORDS = 4;

/** An opening bracket a few tokens before `at`, not closed before it. */
function insideBrackets(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 2 - MAX_LABEL_WORDS); k--) {
    if (tokens[k].text === ')') return false;
    if (tokens[k].text === '(') return true;
  }
  return false;
}

// What stands between a whole and the part that follows it. Each is tried on the text between the
// two figures (before) or just after the part (after); all are linear.
const PART_BEFORE = /(?:\bincluding(?: those of| the)?|\bamong them|\bamong whom|\bamong the (?:dead|victims|killed|wounded|injured)|\bof whom|\bof them|\bof which|\bwith)\s*$/i;
const PART_AFTER = /^\s*(?:of whom|of them|among them|of those)\b/i;
/** A sentence that opens with the dead of the sentence before: "Of the dead, 9 ...", "Among them were 9 ...". */
const SENTENCE_OF_PARTS = /^\s*(?:of|among) (?:the (?:dead|victims|killed|wounded|injured)|them|those)\b[^.]{0,40}$/i;
/** The rest of the whole's own clause, then a comma: "people had died in floods … since June 1, " (no second clause, no sentence break). */
const LONG_CLAUSE_BEFORE_SHARE = /^\s+[\p{L}-]+ (?:had|have|has|were|was|are|is)\b[^.;:]{0,120},\s*$/u;
/** A second part joined to the first: "9 children and 4 women", "9 children, 4 women". */
const NEXT_PART = /^[\s\p{L}'-]{0,40}(?:,|\band)\s*$/u;

/** Marks figures that break down an earlier figure of the same sentence and category. */
export function markParts(text: string, figures: readonly Figure[]): Figure[] {
  const marked = figures.map((figure) => ({ ...figure }));
  for (let i = 1; i < marked.length; i++) {
    const part = marked[i]!;
    const previous = marked[i - 1]!;
    if (previous.category !== part.category || previous.end > part.start) continue;
    if (previous.sentence !== part.sentence) {
      // "The toll rose to 52. Of the dead, 9 died in hospital and 43 at the scene.": a sentence that
      // opens by taking up the dead of the one before breaks its last figure down.
      const from = text.lastIndexOf(part.sentence, part.start);
      const opening = from < 0 ? '' : text.slice(from, part.start);
      if (SENTENCE_OF_PARTS.test(opening) && text.slice(previous.end, part.start).length <= 160 && fits(part, previous)) part.partOf = previous.start;
      continue;
    }
    const between = text.slice(previous.end, part.start);
    const after = text.slice(part.end, part.end + 40);
    // A long clause between ("… since the campaign began in November, including the 12 who died") only before "including".
    // And (dossier round 11) a long clause before "N of them": "312 people had died … since June 1, 96 of them in Kesh state".
    const ofThemAfterClause = between.length <= 140 && PART_AFTER.test(after) && LONG_CLAUSE_BEFORE_SHARE.test(between);
    if (between.length > 80 && !(between.length <= 140 && /\bincluding(?: the)?\s*$/i.test(between)) && !ofThemAfterClause) continue;
    // "1,046 (+27)": the increment is a part of the total it brings about.
    if (/^\s*\(\+$/.test(between) && fits(part, previous)) {
      part.partOf = previous.start;
      continue;
    }
    // "including 9 children and 4 women": the second share belongs to the same whole as the first.
    if (previous.partOf !== undefined && NEXT_PART.test(between)) {
      part.partOf = previous.partOf;
    } else if (PART_BEFORE.test(tail(between)) || (PART_AFTER.test(after) && (/^[\s\p{L}-]{0,60},\s*$/u.test(between) || ofThemAfterClause))) {
      if (!fits(part, previous)) continue;
      part.partOf = previous.start;
      // "12 people, 4 of whom were children", and (round 8) "12 people, of whom 4 were children".
      const who = /\bof whom\s*$/i.test(between) ? /^\s*(?:were|are|was|is)\s+(\p{L}[\p{L}-]*)\s*[,.;•]/u.exec(after)
        : /^\s*of (?:whom|them) (?:were|are|was|is)\s+([\p{L}-]+(?: [\p{L}-]+)?)/iu.exec(after);
      if (who && part.actor === previous.actor && namesPeople(who[1]!)) part.actor = who[1]!;
    }
  }
  markIncrements(text, marked);
  return marked;
}

/** Words after "of whom were" that tell what befell the part, not who they were: "later released", "still held" (and harm words). */
const WHAT_BEFELL: ReadonlySet<string> = new Set(['later', 'subsequently', 'also', 'still', 'since', 'then', 'reportedly', 'freed', 'taken', 'held']);

/** Whether the words after "of whom were" name people ("children", "aid workers"), not "later released" or "badly injured". */
function namesPeople(words: string): boolean {
  const lower = words.toLowerCase().split(' ');
  return !lower.some((word) => WHAT_BEFELL.has(word) || PREDICATE_WORDS.has(word) || /(?:ly|ed)$/.test(word));
}

/** "another 12", "a further 5": an increment named before its number; "two more", "5 new": after it. */
const INCREMENT_BEFORE = /\b(?:another|a further|an additional)\s*$/i;
// "9 new deaths, raising the cumulative toll to 151": a bulletin's new deaths too (dossier round 8).
const INCREMENT_AFTER = /^\s*(?:more|further|additional|new)\b/i;
/** "the toll rose to seven after three people wounded in the shelling died": what raised the toll. */
// "raised the toll to 13 after the bodies of the 2 missing porters were recovered": a body's raise too
// (dossier round 9).
// "the toll had reached 23 after four of the wounded died", "stood at 23 after": a total named without "to".
const RISEN_AFTER = /\b(?:(?:rose|risen|climbed|increased|jumped|grew|grown) to|reached|hit|stood at|stands at|(?:raised|raising|updated|updating|lifted|lifting|brought|bringing)(?:\s+[\p{L}'’-]+){1,4}\s+to)\b[^.;]{0,40}\bafter(?:\s+[\p{L}-]+){0,4}\s*$/iu;
/** "21 hostages had been killed, up from 19, after two bodies were found": the bodies that raised the count. */
const FOUND_AFTER_RAISE = /\bup from\b[^.;]{0,30}\bafter\s*$/i;
/** "12, up from an earlier figure of 5, after the bodies of the 7 missing miners were found" (dossier round 11). */
const FOUND_OF_AFTER_RAISE = /\bup from\b[^.;]{0,40}\bafter\s+(?:the\s+)?(?:bodies|remains)\s+of(?:\s+(?:the|all|another))?\s*$/i;
const BODIES_FOUND = /^\s+(?:more\s+)?bod(?:y|ies)\s+(?:were|was|had been|have been)\s+(?:found|recovered|discovered|pulled)\b/i;
/** "Two people on the ground were also killed …, bringing the total to 159": an increment said with "also". */
const INCREMENT_ALSO = /^[^,.;]{0,40}?\b(?:were|was|have been|had been|has been) also\b|^[^,.;]{0,40}?\balso (?:died|drowned|perished)\b/i;
/** "38 deaths from April that had been reported late had been added to the count": deaths added to a running total (dossier round 11). */
const ADDED_TO_TOTAL = /^[^.;\d]{0,100}?\b(?:had been|have been|has been|were|was|are) added to the (?:count|toll|tally|total)\b/i;
/** A sentence that states a running total: "the death toll had risen to 52", "the number of dead reached 59". */
// "raised the number of prisoners killed to 13": the people before "killed" are of the total.
// "the number of monsoon deaths": one word of what the deaths were (dossier round 11).
const TOTAL_WORDS = /\b(?:toll|total|tally|count|number of (?:the )?(?:[a-z-]+ )?(?:dead|deaths|killed|victims|injured|wounded))\b/i;

/**
 * "the number of dead had reached 59, as two more of the wounded died", "Four more people died
 * overnight, bringing the toll to 63", "Two people on the ground were also killed …, bringing the
 * total number of dead to 159": the increment is a part of the total its sentence states,
 * never a toll of its own beside it.
 */
function markIncrements(text: string, figures: Figure[]): void {
  // Read once per figure: the loop below looks at every pair of a sentence.
  const increments = new Set(figures.filter((figure) => {
    const from = text.lastIndexOf(figure.sentence, figure.start);
    const after = text.slice(figure.end, figure.end + 140);
    const before = text.slice(Math.max(0, from), figure.start);
    return INCREMENT_BEFORE.test(tail(before)) || (/after/i.test(before) && RISEN_AFTER.test(before)) || INCREMENT_AFTER.test(after.slice(0, 20)) || INCREMENT_ALSO.test(after.slice(0, 60))
      || (FOUND_AFTER_RAISE.test(before) && BODIES_FOUND.test(after)) || FOUND_OF_AFTER_RAISE.test(before) || ADDED_TO_TOTAL.test(after);
  }));
  for (const part of increments) {
    if (part.partOf !== undefined || !(TOTAL_WORDS.test(part.sentence) || /\bup from\b/i.test(part.sentence))) continue;
    // Not the value the total grew from ("21 …, up from 19, after two bodies were found": the 21).
    const wholes = figures.filter((whole) => whole !== part && whole.sentence === part.sentence && whole.category === part.category
      && whole.partOf === undefined && whole.low !== null && part.high !== null && whole.low > part.high && !increments.has(whole)
      && !/\bfrom\s*$/i.test(text.slice(Math.max(0, whole.start - 10), whole.start)));
    const nearest = wholes.sort((a, b) => Math.abs(a.start - part.start) - Math.abs(b.start - part.start))[0];
    if (nearest) part.partOf = nearest.start;
  }
}

/** The last words before the part's number, quantifier words ("at least") left out. */
function tail(between: string): string {
  const trimmed = between.trimEnd();
  const quantifier = /\b(?:at least|about|around|some|more than|over|nearly|almost)$/i.exec(trimmed);
  return quantifier ? trimmed.slice(0, quantifier.index) : between;
}

/** A part cannot be open above where the whole is closed, nor be the whole restated. */
function fits(part: Figure, whole: Figure): boolean {
  return !(part.low === whole.low && part.high === whole.high && part.actor === whole.actor);
}
