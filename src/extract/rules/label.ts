// Table-like labels of coder notes and infoboxes: "Fatalities: 3", "Killed: 1,204", "Fatalities coded as 3",
// "Civilians injured: 12", "Missing: about 40", and table cells "Killed | 12". A harm word, a colon
// or a bar, the number. A harm word after the number says more than the label before it:
// "Casualties: 3,000 dead" is a count of the dead, read by the predicate that follows.
// Reference works give other estimates after the first, each with its source in brackets:
// "Death toll: 3,400 (official); up to 8,000 (other estimates)", "Killed | 132 (official) / 400+".
import type { Category } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import { abbreviationEnd, COPULAS, nounPhraseAfter, type NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import { AUXILIARY_VERBS, CODING_VERBS, COMBATANT_NOUNS, COMBAT_VERBS, DEAD_BODIES, COUNT_MODIFIERS, FOUND_PARTICIPLES, COUNT_NOUNS, HARM_NOUNS, HARMED_GROUP_WORDS, INJURY_SEVERITIES, LINKING_WORDS, PREDICATE_WORDS } from '../vocabulary.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/**
 * What stands between a label and its number: "Fatalities: 3", "Fatalities | 3", and (round 11,
 * tables flattened into situation reports) a dash, "deaths – 1,284; injured – 4,917".
 */
const LABEL_MARKS: ReadonlySet<string> = new Set([':', '|', '–', '—', '-']);
const DASH_MARKS: ReadonlySet<string> = new Set(['–', '—', '-']);
/** What separates one estimate of a label from the next: "3,400 (official); up to 8,000", "132 / 400+". */
const ESTIMATE_SEPARATORS: ReadonlySet<string> = new Set([';', '/']);
/** How long a bracketed note after an estimate may be: "(official)", "(other estimates)". */
const MAX_NOTE = 6;

/**
 * Round 10, casualty returns and report tables: "Officers killed, 4; wounded, 17.", "civilians
 * killed – 1,043;": a comma or a dash between the harm and its number, when the number ends its entry
 * and no count stands before the harm ("12 killed – 40 …" is two figures).
 */
const RETURN_MARKS: ReadonlySet<string> = new Set([',', '–', '—']);
const ENTRY_ENDS: ReadonlySet<string> = new Set([';', '.']);

function returnEntry(tokens: readonly Token[], mention: NumberMention): boolean {
  if (!RETURN_MARKS.has(tokens[mention.start - 1]?.text ?? '')) return false;
  const next = tokens[mention.last + 1];
  if (next !== undefined && !ENTRY_ENDS.has(next.text)) return false;
  const harm = tokens[mention.start - 2];
  if (harm?.kind !== 'word' || !PREDICATE_WORDS.has(harm.norm)) return false;
  return entryHead(tokens, mention.start - 2) !== null;
}

/**
 * The people an entry's harm counts, opening the entry ("Officers killed", "Rank and file killed",
 * "; wounded"): a few words after a boundary, no verb among them ("Three people were killed, 12" is no
 * entry). The phrase (empty when the harm opens the entry), or null.
 */
function entryHead(tokens: readonly Token[], harm: number): NounPhrase | null {
  let k = harm;
  while (k > 0 && harm - k < MAX_ENTRY_HEAD && tokens[k - 1].kind === 'word'
    && (tokens[k - 1].norm === 'and' || !LINKING_WORDS.has(tokens[k - 1].norm)) && !PREDICATE_WORDS.has(tokens[k - 1].norm)) k -= 1;
  if (k > 0 && !ENTRY_OPENERS.has(tokens[k - 1].text)) return null;
  return { start: k, end: harm, head: k < harm ? harm - 1 : -1 };
}
const MAX_ENTRY_HEAD = 4;
const ENTRY_OPENERS: ReadonlySet<string> = new Set([';', '.', ':', '(']);

/** What may follow a bulletin's bare entry: "deaths 9 (residents 8, staff 1); hospitalised 4". */
const BARE_ENTRY_ENDS: ReadonlySet<string> = new Set(['(', ';', ',', '.']);

/**
 * Round 19, outbreak updates: "Sunrise Manor: deaths 9 (residents 8, staff 1); …": a harm noun (HARM_NOUNS, not a
 * participle: "hospitalised 4" may count the sick) opening an entry, its number straight after it. The harm
 * noun at `harm`, the token after the number at `after`.
 */
function bareEntry(tokens: readonly Token[], harm: number, after: number): Category | null {
  const word = tokens[harm];
  if (word?.kind !== 'word' || !HARM_NOUNS.has(word.norm) || (harm > 0 && !ENTRY_OPENERS.has(tokens[harm - 1].text))) return null;
  if (tokens[after] !== undefined && !BARE_ENTRY_ENDS.has(tokens[after].text)) return null;
  return PREDICATE_WORDS.get(word.norm) ?? null;
}

/** "deaths 9 (residents 8, staff 1)": the parts in brackets after a bare entry, each a noun and its number. */
function bracketedPart(tokens: readonly Token[], mention: NumberMention): { category: Category; people: NounPhrase } | null {
  const noun = mention.start - 1;
  if (tokens[noun]?.kind !== 'word' || PREDICATE_WORDS.has(tokens[noun].norm)) return null;
  const next = tokens[mention.last + 1]?.text;
  if (next !== ',' && next !== ')') return null;
  // Back over earlier parts ("residents 8,") to the bracket.
  let open = noun - 1;
  while (open > noun - MAX_PARTS && (tokens[open]?.text === ',' || tokens[open]?.kind === 'num' || tokens[open]?.kind === 'word') && tokens[open].text !== '(') open -= 1;
  if (tokens[open]?.text !== '(' || tokens[open - 1]?.kind !== 'num') return null;
  // Round 26: the parts of a scoped label's total, "Total fatalities in Pakistan 2024 — 2,546 (civilians 580, …)".
  const category = bareEntry(tokens, open - 2, open) ?? (LABEL_MARKS.has(tokens[open - 2]?.text ?? '') ? scopedLabel(tokens, open - 2) : null);
  return category ? { category, people: { start: noun, end: noun + 1, head: noun } } : null;
}

/** How far back a bracket's later parts may find it: "(civilians 580, SF personnel 685, terrorists 1,281)". */
const MAX_PARTS = 10;

/** The label's category for a number right after it, or null. */
function labelled(tokens: readonly Token[], mention: NumberMention): Category | null {
  if (isSampleSize(tokens, mention.start)) return harmLabelledBefore(tokens, mention.start - 3);
  const marked = LABEL_MARKS.has(tokens[mention.start - 1]?.text ?? '') || returnEntry(tokens, mention);
  const at = codedAt(tokens, mention.start) ?? (marked ? mention.start - 2 : cellLabelAt(tokens, mention));
  if (at < 0) return null;
  // "Twelve people were killed — 40 others were wounded": a dash after a clause's own predicate marks no label.
  if (DASH_MARKS.has(tokens[mention.start - 1]?.text ?? '') && AUXILIARY_VERBS.has(tokens[at - 1]?.norm ?? '')) return null;
  const word = tokens[at]?.norm ?? '';
  // "Death toll: 3,400", "Casualty count | 80": a count noun with the harm before it.
  // Round 11: "Fatalities split: ...; total coded as 15": a bare total of the harm labelled before it.
  if (COUNT_NOUNS.has(word)) return COUNT_MODIFIERS.get(tokens[at - 1]?.norm ?? '') ?? (word === 'total' ? harmLabelledBefore(tokens, at - 1) : null);
  // Round 13, bulletin tables: "Bodies recovered: 225", "bodies found – 12": the dead, labelled by how they were found.
  if (FOUND_PARTICIPLES.has(word) && (DEAD_BODIES.has(tokens[at - 1]?.norm ?? '') || tokens[at - 1]?.norm === 'body')) return 'killed';
  // Round 21, incident databases: "Deaths recorded: 17–22", "Injuries reported: 4": a participle of recording after
  // the label's harm noun (not "Cases recorded: 40").
  if (marked && RECORDED_LABELS.has(word) && HARM_NOUNS.has(tokens[at - 1]?.norm ?? '')) return PREDICATE_WORDS.get(tokens[at - 1]!.norm) ?? null;
  // Round 13: "the enemy's combat losses are: personnel – about 720,000": soldiers labelled in a tally of losses.
  if (marked && COMBATANT_NOUNS.has(word) && lossesBefore(tokens, at)) return 'casualties';
  const category = PREDICATE_WORDS.get(word) ?? null;
  if (category || !marked || !LABEL_MARKS.has(tokens[mention.start - 1]?.text ?? '')) return category;
  // Round 26: "Total fatalities in Pakistan 2024 — 2,546", "; 2023 — 1,524".
  return scopedLabel(tokens, mention.start - 1) ?? earlierYearOfLabel(tokens, mention.start - 1);
}

/** How many words a label's scope may take between its harm noun and its mark: "in Pakistan 2024", "among suspected Ebola cases in Kasai". */
const MAX_LABEL_SCOPE = 7;
/** What opens a label's scope after its harm noun. */
const SCOPE_OPENERS: ReadonlySet<string> = new Set(['in', 'among', 'since', 'for', 'across', 'during', 'from']);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Round 26, monitors' yearly totals: "South Asia Terrorism Portal data: Total fatalities in Pakistan 2024 — 2,546";
 * round 25's "Deaths among suspected Ebola cases in Kasai: 31". A harm noun opening its entry (or after "total"),
 * then its scope (a preposition, words, a year), then the mark before the number at `mark`.
 */
function scopedLabel(tokens: readonly Token[], mark: number): Category | null {
  for (let k = mark - 2; k >= Math.max(0, mark - 1 - MAX_LABEL_SCOPE); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || (t.kind === 'num' && !YEAR.test(t.text))) return null;
    if (!HARM_NOUNS.has(t.norm) || !SCOPE_OPENERS.has(tokens[k + 1]?.norm ?? '')) continue;
    const opener = tokens[k - 1]?.norm === 'total' ? k - 1 : k;
    return opener === 0 || ENTRY_OPENERS.has(tokens[opener - 1]!.text) || tokens[opener - 1]!.text === '|' ? PREDICATE_WORDS.get(t.norm) ?? null : null;
  }
  return null;
}

/** Round 26: "…; 2023 — 1,524": a year's entry after a scoped label's row takes its harm. */
function earlierYearOfLabel(tokens: readonly Token[], mark: number): Category | null {
  if (!YEAR.test(tokens[mark - 1]?.text ?? '') || tokens[mark - 2]?.text !== ';') return null;
  for (let m = mark - 3; m >= Math.max(1, mark - MAX_SPLIT); m--) {
    if (tokens[m]!.text === '.' && !tokens[m]!.glued) return null;
    if (LABEL_MARKS.has(tokens[m]!.text) && YEAR.test(tokens[m - 1]?.text ?? '')) {
      const category = scopedLabel(tokens, m);
      if (category) return category;
    }
  }
  return null;
}

/** Participles of recording a label's harm may carry: "Deaths recorded:", "Injuries reported:", "Fatalities confirmed:". */
const RECORDED_LABELS: ReadonlySet<string> = new Set([...CODING_VERBS, 'reported', 'confirmed', 'documented', 'verified']);

/** What bounds a cell of a flattened row: "| Total Deaths 1739 |", "— Deaths 273,400 —". */
const CELL_BOUNDS: ReadonlySet<string> = new Set(['|', '–', '—', ';']);
/** A database column's words before its harm: "Total Deaths", "No Injured" (the number of the injured). */
const CELL_COUNT_WORDS: ReadonlySet<string> = new Set(['total', 'no', 'number']);

/**
 * Round 18, loss databases and list articles flattened to text: "| Total Deaths 1739 | No Injured 12867 |",
 * "— Deaths 273,400 —": a harm word with no mark before the number, the two alone in their cell. The harm
 * word's index, or -1.
 */
function cellLabelAt(tokens: readonly Token[], mention: NumberMention): number {
  const at = mention.start - 1;
  const harm = tokens[at];
  if (harm?.kind !== 'word' || !(HARM_NOUNS.has(harm.norm) || HARMED_GROUP_WORDS.has(harm.norm))) return -1;
  const after = tokens[mention.last + 1];
  if (after !== undefined && !CELL_BOUNDS.has(after.text)) return -1;
  const opener = CELL_COUNT_WORDS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return opener < 0 || CELL_BOUNDS.has(tokens[opener].text) ? at : -1;
}

/** How many words may describe the harm in a cell's note: "(excess deaths, …)", "(confirmed civilian deaths)". */
const MAX_NOTE_MODIFIERS = 2;

/**
 * Round 18, list articles: "| 2,500,000–5,400,000 (excess deaths, IRC estimate) |": a count alone at the start of
 * its cell, whose bracketed note names the harm first. The category, or null.
 */
function harmInNote(tokens: readonly Token[], mention: NumberMention): Category | null {
  if (mention.start > 0 && !CELL_BOUNDS.has(tokens[mention.start - 1].text)) return null;
  if (tokens[mention.last + 1]?.text !== '(') return null;
  for (let k = mention.last + 2; k <= mention.last + 2 + MAX_NOTE_MODIFIERS; k++) {
    if (tokens[k]?.kind !== 'word') return null;
    if (HARM_NOUNS.has(tokens[k].norm)) return tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === ')' ? PREDICATE_WORDS.get(tokens[k].norm) ?? null : null;
  }
  return null;
}

/** "losses" earlier in the sentence, at most MAX_SPLIT words before the label at `at`. */
function lossesBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - MAX_SPLIT); k--) {
    if (tokens[k].text === '.' && !tokens[k].glued) return false;
    if (tokens[k].norm === 'losses') return true;
  }
  return false;
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

/** Round 25: how many entries a flattened row may hold: "dead 4, missing 2, injured 11". */
const MAX_RUN = 8;
/** What opens a flattened row of bare entries: the sentence start, a dash or a bar after a place, a colon. */
const RUN_OPENERS: ReadonlySet<string> = new Set([';', '.', ':', '(', '—', '–', '|']);
/** What may follow the number of one entry of a flattened row. */
const RUN_ENDS: ReadonlySet<string> = new Set([',', ';', '.', '(', ')']);

/** A harm word with its number straight after it, the number ending its entry: "missing 2,". The category, or null. */
function runEntryAt(tokens: readonly Token[], harm: number): Category | null {
  const word = tokens[harm];
  if (word?.kind !== 'word' || !(HARMED_GROUP_WORDS.has(word.norm) || HARM_NOUNS.has(word.norm))) return null;
  if (tokens[harm + 1]?.kind !== 'num') return null;
  const after = tokens[harm + 2];
  return after === undefined || RUN_ENDS.has(after.text) ? PREDICATE_WORDS.get(word.norm) ?? null : null;
}

/**
 * Round 25, disaster agencies' flattened tables: "Aceh Tamiang — dead 4, missing 2, injured 11; Langkat — dead 17,
 * missing 8.": bare entries of a harm word and its number, at least two of them in one row separated by commas or
 * semicolons, the row opening the sentence or following a dash, bar or colon. Not "the blast killed 4, wounded 12"
 * (a clause's verbs, no row opened), nor a lone "dead 4".
 */
function flattenedRow(tokens: readonly Token[], mention: NumberMention): Category | null {
  if (mention.start !== mention.last) return null;
  const category = runEntryAt(tokens, mention.start - 1);
  if (!category) return null;
  let entries = 1;
  let first = mention.start - 1;
  while (entries < MAX_RUN && (tokens[first - 1]?.text === ',' || tokens[first - 1]?.text === ';') && runEntryAt(tokens, first - 3)) {
    first -= 3;
    entries += 1;
  }
  if (first > 0 && !RUN_OPENERS.has(tokens[first - 1].text)) return null;
  let next = mention.start + 1;
  while (entries < 2 && next < tokens.length && (tokens[next].text === ',' || tokens[next].text === ';') && runEntryAt(tokens, next + 1)) {
    entries += 1;
    next += 3;
  }
  return entries >= 2 ? category : null;
}

/** How far back an injury table's label may stand: "Injuries: Crew 1 Fatal; Passengers 4 Fatal, 1 Serious". */
const MAX_TABLE = 16;

/**
 * Round 12, accident reports: a count with its severity capitalised after it, in a sentence labelled
 * "Injuries:" ("Injuries: Crew 1 Fatal; Passengers 4 Fatal, 1 Serious"): Fatal is killed, Serious and
 * Minor wounded; the capitalised word before the count (Crew, Passengers) is who. Not "2 serious
 * accidents", nor a severity with no "Injuries:" label before it.
 */
function injuryTableEntry(tokens: readonly Token[], mention: NumberMention): { category: Category; actor: NounPhrase | null } | null {
  const severity = tokens[mention.last + 1];
  if (!severity || !/^\p{Lu}/u.test(severity.text)) return null;
  const category = INJURY_SEVERITIES.get(severity.norm);
  if (!category) return null;
  const next = tokens[mention.last + 2];
  if (next !== undefined && next.kind === 'word') return null;
  let labelled = false;
  for (let k = mention.start - 1; k >= Math.max(1, mention.start - MAX_TABLE); k--) {
    if (tokens[k].text === '.' && !tokens[k].glued) break;
    if (tokens[k].text === ':' && (tokens[k - 1].norm === 'injuries' || tokens[k - 1].norm === 'injury')) {
      labelled = true;
      break;
    }
  }
  if (!labelled) return null;
  // "Passengers 4 Fatal, 1 Serious": later counts of an entry count its people too.
  let j = mention.start - 1;
  while (tokens[j]?.text === ',' && INJURY_SEVERITIES.has(tokens[j - 1]?.norm ?? '') && tokens[j - 2]?.kind === 'num') j -= 3;
  const named = tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j].text) && ENTRY_OPENERS.has(tokens[j - 1]?.text ?? '');
  // No name: an empty phrase, so that the severity after the number is not read as who.
  return { category, actor: named ? { start: j, end: j + 1, head: j } : { start: mention.start, end: mention.start, head: -1 } };
}

/**
 * Round 15, flattened tables: "| Date | Site | Dead | Injured | | 07 May | plant fire | 13 | 470 |": a
 * number alone in its cell takes the harm named by the header's cell in the same column. Rows are
 * cut at an empty cell ("| |"), the header is the first row, and both must have as many cells.
 */
function columnHarm(tokens: readonly Token[], mention: NumberMention): Category | null {
  if (tokens[mention.start - 1]?.text !== '|' || tokens[mention.last + 1]?.text !== '|') return null;
  const rows = tableRows(tokens);
  const row = rows.findIndex((cells) => cells.some((cell) => cell.start === mention.start && cell.end === mention.last + 1));
  if (row < 1 || rows[row].length !== rows[0].length) return null;
  const column = rows[row].findIndex((cell) => cell.start === mention.start);
  const header = rows[0][column];
  if (header.end - header.start !== 1) return null;
  const word = tokens[header.start].norm;
  return HARM_NOUNS.has(word) || HARMED_GROUP_WORDS.has(word) ? PREDICATE_WORDS.get(word) ?? null : null;
}

/** The cells of each row of a flattened table, as token ranges; rows end at an empty cell. */
function tableRows(tokens: readonly Token[]): { start: number; end: number }[][] {
  const rows: { start: number; end: number }[][] = [];
  let cells: { start: number; end: number }[] = [];
  let open = -1;
  tokens.forEach((t, k) => {
    if (t.text !== '|') return;
    if (open !== -1 && k === open + 1 && cells.length > 0) {
      rows.push(cells);
      cells = [];
    } else if (open !== -1 && k > open + 1) cells.push({ start: open + 1, end: k });
    open = k;
  });
  if (cells.length > 0) rows.push(cells);
  return rows;
}


/**
 * A predicate of the number's own at `k`, straight after it or past finite verbs: "Casualties: 3,000 dead"; and
 * "Twelve people were killed - 40 were wounded", where the dash after "killed" is no label's mark.
 */
function predicateFollows(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && AUXILIARY_VERBS.has(tokens[j]?.norm ?? '')) j += 1;
  return PREDICATE_WORDS.has(tokens[j]?.norm ?? '');
}

export const label: CategoryRule = {
  name: RULE.label,
  govern({ tokens, mentions }, mention) {
    const entry = injuryTableEntry(tokens, mention);
    if (entry) return { category: entry.category, rule: this.name, confidence: 0.8, actor: entry.actor };
    const column = columnHarm(tokens, mention) ?? harmInNote(tokens, mention);
    if (column) return { category: column, rule: this.name, confidence: 0.75, actor: null };
    const row = flattenedRow(tokens, mention);
    if (row) return { category: row, rule: this.name, confidence: 0.75, actor: null };
    const bare = bareEntry(tokens, mention.start - 1, mention.last + 1);
    if (bare) return { category: bare, rule: this.name, confidence: 0.75, actor: null };
    const part = bracketedPart(tokens, mention);
    if (part) return { category: part.category, rule: this.name, confidence: 0.7, actor: part.people };
    const category = labelled(tokens, mention) ?? otherEstimate(tokens, mentions, mention);
    if (!category) return null;
    if (predicateFollows(tokens, mention.last + 1)) return null;
    if (isSampleSize(tokens, mention.start)) return { category, rule: this.name, confidence: 0.8, actor: sideBefore(tokens, mention.start - 3) };
    // Round 10: "Casualties: 2 O.R. killed", "Fatalities: 3 soldiers killed": the predicate after the people says more.
    const people = nounPhraseAfter(tokens, mention.last + 1);
    if (people.end > people.start && predicateFollows(tokens, abbreviationEnd(tokens, people.end))) return null;
    // Round 23: "personnel — about 712,340 persons liquidated": a military participle the phrase ran into is the people's own predicate.
    const lastWord = tokens[people.end - 1]?.norm ?? '';
    if (people.end - 1 > people.start && /ed$/.test(lastWord) && COMBAT_VERBS.has(lastWord)) return null;
    const head = returnEntry(tokens, mention) ? entryHead(tokens, mention.start - 2) : null;
    return { category, rule: this.name, confidence: 0.8, actor: head && head.end > head.start ? head : null };
  },
};
