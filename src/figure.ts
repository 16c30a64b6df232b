// The types every stage shares: ingest yields Reports, extract turns them into Figures,
// reconcile groups Figures, report renders the groups. Nothing here touches I/O.
import type { ProblemCode } from './problems.js';

export const CATEGORIES = ['killed', 'wounded', 'casualties', 'captured', 'missing'] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range', 'vague'] as const;

/** The keys every figure of `toll extract --format ndjson` has: an object with them all is a figure, not a report. */
const FIGURE_KEYS = ['category', 'qualifier', 'low', 'high', 'doc'] as const;
export function hasFigureKeys(object: object): boolean {
  return FIGURE_KEYS.every((key) => key in object);
}
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * How a figure's claimant was resolved: named in its sentence ('named'), a role noun kept as written
 * ('role': "the ministry" with no fuller name in the text), a pronoun or role resolved to a name in the
 * same report ('pronoun→named', 'role→named'), the speaker who closes a quotation ('quotation'), the
 * statement the sentence continues ('continued': "Of them, ..."), a next sentence that credits it
 * ('back-reference': "This was stated by X"), the body of a headline ('headline←body'), the report's
 * dateline agency ('dateline') or "Source:" line ('source-line'), else its source column ('column').
 */
export const SOURCE_VIAS = [
  'named', 'role', 'pronoun→named', 'role→named', 'quotation', 'continued', 'back-reference', 'headline←body',
  'dateline', 'source-line', 'column',
] as const;
export type SourceVia = (typeof SOURCE_VIAS)[number];

/** Where a piece of text came from. `line` is 1-based; `doc` is the record id. */
export interface Provenance {
  file: string;
  line: number;
  doc: string;
}

/** One report as read from an input: a line or paragraph of text, a CSV row, an NDJSON object. */
export interface Report extends Provenance {
  text: string;
  /** Who published the report (a source column), used when the text names no claimant. */
  source: string | null;
  /** Report date as given by a date column (ISO 8601 when it parses), else null. */
  date: string | null;
  /** The columns asked for with IngestOptions.keepColumns, by the name asked, when present in the input. */
  columns?: Record<string, string>;
  /** Whether `doc` comes from the input's id column, so that two records may share it (line numbers never repeat). */
  idGiven?: boolean;
}

/**
 * What the text says of a figure besides itself: `superseded` (since replaced: "up from 45", "had
 * initially said 40"), `revised` (the replacement: "raised the toll to 77"), `denied` ("denied reports
 * that 300 had died"), `retracted` ("withdrew its figure of 500").
 */
export const REVISIONS = ['superseded', 'revised', 'denied', 'retracted'] as const;
export type Revision = (typeof REVISIONS)[number];

/** One casualty figure found in a report. */
export interface Figure extends Provenance {
  category: Category;
  /** Interval per the guideline: null means unbounded on that side. */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Who was counted, as written ("North Korean soldiers"), or null. */
  actor: string | null;
  /** Who states the figure, as named in the text, else the report's source column, else null. */
  source: string | null;
  /** The outlet that carried the claim when it differs from the claimant ("Yonhap"), else null. */
  outlet: string | null;
  /** How `source` was found (for --explain); absent when nothing was resolved, or on figures read back. */
  sourceVia?: SourceVia;
  /** The matched words, exactly as in the text, and their offsets in the report text. */
  quote: string;
  start: number;
  end: number;
  /** The sentence that holds the figure, for --explain. */
  sentence: string;
  date: string | null;
  /** How sure the rule that found it is, in [0, 1]. */
  confidence: number;
  /** A revision the sentence reads into the figure (extract/refiners/revision.ts); absent when none. */
  revision?: Revision;
  /** What the count covers where the text says (extract/refiners/scope.ts); absent: the report's event as a whole. */
  scope?: Scope;
  /** A breakdown ("including 9 children"): the `start` of the figure in the same report it is a part of. */
  partOf?: number;
  /**
   * A total reckoned in reconcile from this many shares its sentence states side by side, with no total
   * of its own ("2 soldiers and 3 civilians were killed": 5); its quote joins theirs with " + ".
   * Absent on every figure read from text.
   */
  shares?: number;
  /** How the figure was arrived at (extract/refiners/scope.ts); absent when the text does not say. */
  kind?: EstimateKind;
  /** The uncertainty interval stated with the figure: 260,000–580,000 in "412,000 (95% CI 260,000–580,000)". */
  interval?: { low: number; high: number };
  /** The incident the report is about, from --event-column; records of one event are reconciled together. */
  event?: string | null;
}

/** The span, place or incident a count covers, as normalised labels ("24 hours", "since 2003", "elsewhere"). */
export interface Scope {
  period?: string;
  place?: string;
  /** Another incident named beside the report's own ("a separate attack"). */
  incident?: string;
  /** Which deaths: excess (all causes, above the normal) or violent; other kinds of count are not compared with them. */
  deaths?: 'excess' | 'violent';
  /** A running total ("so far", "to date", "bringing the total to"): the same scope as the event's count, marked. */
  cumulative?: boolean;
}

/** counted: a floor from counting the dead ("identified", "confirmed", "named"); estimated: a model, projection or survey. */
export type EstimateKind = 'counted' | 'estimated';

/** A problem with the input: reported as `toll: FILE:LINE: CODE: message`, never fatal on its own. */
export interface InputProblem {
  file: string;
  line: number | null;
  /** Its entry in the catalogue (src/problems.ts), which gives severity, wording and remedy. */
  code: ProblemCode;
  message: string;
  hint?: string;
  /** warning: the data was still used (e.g. decoded with replacement); error: a record was skipped. */
  severity: 'note' | 'warning' | 'error';
}
