// Builds groups ([record ×] who was counted × category) of rows (claimants) of claims (distinct
// intervals), in input order; history, conflicts and summaries are added afterwards by index.ts.
import { CATEGORIES, type Category, type Figure, type Revision } from '../figure.js';
import { describeActor, sideKey, type ActorIdentity, type KnownSides } from './actors.js';
import type { ResolvedClaimant } from './claimants.js';
import type { FigureDays } from './dates.js';
import { attackersOf } from './attackers.js';
import { comparableBounds, estimateLabel, formatCount, pointOf } from './intervals.js';
import { wholesOf, type DraftPart } from './parts.js';
import { eventOf, scopeLabel, sharedAcrossEvents } from './scope.js';
import { sidesNamedIn } from './sides.js';
import { isUnattributed, unattributedAs, type SourceIdentity } from './sources.js';
import type { Claim, GroupBy } from './types.js';

/** A claim being collected; Maps and lists of reports so that each figure costs constant time. */
export type DraftClaim = Omit<Claim, 'reports' | 'docs' | 'statements' | 'status' | 'events'> & {
  docs: Reports;
  /** Days of the event the figures name ("killed on Tuesday"), apart from the days stated. */
  events: Set<string>;
  /** The revision mark of the latest figure (latest day, then input order): decides the claim's status. */
  lastRevision: Revision | null;
  /** Stated day (null: undated) → the reports stating the claim that day. */
  days: Map<string | null, Reports>;
  /** Input position of the claim's latest figure, and the latest day it was stated. */
  lastSeen: number;
  lastDay: string | null;
};

export interface DraftRow {
  identity: SourceIdentity;
  claims: Map<string, DraftClaim>;
  /** Every report behind the row, in input order. */
  docs: Reports;
  /** Outlet key → display name. */
  outlets: Map<string, string>;
  /** Each name written for the claimant → how it was resolved (claimants.ts). */
  names: Map<string, string>;
  /** Breakdowns of the row's claims, by whole, part actor and claim (parts.ts). */
  parts: Map<string, DraftPart>;
}

/** What is known of each figure besides itself. */
export interface Attribution {
  /** Each figure's claimant, and how its name was resolved: `claimants[i]` belongs to `figures[i]`. */
  claimants: readonly ResolvedClaimant[];
  /** The identity of an outlet's name, null for none. */
  outletOf: (name: string | null) => SourceIdentity | null;
  /** The day a figure was stated and the day of the event it names, each null when none (dates.ts). */
  daysOf: (figure: Figure) => FigureDays;
}

export interface GroupingOptions {
  groupBy: GroupBy;
  perRecord: boolean;
  tolerance: number;
  /** Sides named in the registry's conflicts, which actors may name too. */
  sides: KnownSides;
}

export interface DraftGroup {
  key: string;
  record: string | null;
  actor: string | null;
  identity: ActorIdentity | null;
  category: Category | null;
  scope: string | null;
  /** Sort position: first appearance of the record, then of the actor, then category order, then scope (the event's own first). */
  order: [number, number, number, number];
  rows: Map<string, DraftRow>;
}

/**
 * The reports of a row, a claim or a day, each once, in the order first met. A million figures fill
 * two such collections a figure, and a Set costs some 30 bytes an entry where a list costs 8.
 * Figures come in input order with a report's figures together: a report already listed is the
 * list's last, unless its figures come back after another report's (`returning`). Only then, or
 * when asked whether it holds a report, is a Set made beside the list.
 */
export class Reports implements Iterable<string> {
  private readonly list: string[];
  private set: Set<string> | null = null;

  constructor(list: string[] = []) {
    this.list = list;
  }

  get size(): number {
    return this.list.length;
  }

  add(doc: string, returning: boolean): this {
    if (this.list.length > 0 && this.list[this.list.length - 1] === doc) return this;
    if (returning) this.set ??= new Set(this.list);
    if (this.set !== null) {
      if (this.set.has(doc)) return this;
      this.set.add(doc);
    }
    this.list.push(doc);
    return this;
  }

  has(doc: string): boolean {
    return (this.set ??= new Set(this.list)).has(doc);
  }

  copy(): Reports {
    return new Reports([...this.list]);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.list[Symbol.iterator]();
  }
}

/** Reports whose figures do not all come together: met again after another report's figures. */
function returningReports(figures: readonly Figure[]): ReadonlySet<string> {
  const met = new Set<string>();
  const returning = new Set<string>();
  let last: string | null = null;
  for (const { doc } of figures) {
    if (doc === last) continue;
    last = doc;
    if (met.has(doc)) returning.add(doc);
    else met.add(doc);
  }
  return returning;
}

export function draftGroups(figures: readonly Figure[], attribution: Attribution, options: GroupingOptions): DraftGroup[] {
  const groups = new Map<string, DraftGroup>();
  const returning = returningReports(figures);
  const actorOf = actorTracker(options.sides);
  const recordPositions = new Map<string, number>();
  const scopePositions = new Map<string | null, number>([[null, 0]]);
  const shared = sharedAcrossEvents(figures);
  const ownActor = options.groupBy === 'actor' ? claimantsOwnActors(figures, attribution, actorOf.peek, options.perRecord, options.sides) : null;
  /**
   * `look`: only the key is wanted, ahead of the figure's turn: nothing is counted as seen.
   * `scopeOf`: the figure whose scope places it (a part's whole).
   */
  const ownSpelling = (figure: Figure) => ownActor?.get(figure) ?? (takenHostage(figure) ? HOSTAGES : plainMen(figure) ? null : figure.actor);
  // "raised the number of prisoners killed to 13, saying 6 more bodies had been found": a part that names
  // no kind of people ("bodies", "people") counts its total's people, not a group of its own.
  const spellingOf = (figure: Figure) => {
    const spelling = ownSpelling(figure);
    const whole = figure.partOf === undefined || options.groupBy !== 'actor' ? undefined : wholes.get(figure);
    return whole !== undefined && actorOf.peek(spelling).key === GENERIC_ACTOR ? ownSpelling(whole) : spelling;
  };
  const placeOf = (figure: Figure, look = false, scopeOf = figure): Placement => {
    const record = eventOf(figure, options.perRecord);
    if (!look && record !== null && !recordPositions.has(record)) recordPositions.set(record, recordPositions.size);
    const spelling = spellingOf(figure);
    const actor = options.groupBy === 'actor' ? (look ? actorOf.peek(spelling) : actorOf(spelling)) : null;
    const category = options.groupBy === 'none' ? null : figure.category;
    const scope = [scopeLabel(scopeOf), shared.get(scopeOf)].filter((part) => part != null).join(' · ') || null;
    if (!look && !scopePositions.has(scope)) scopePositions.set(scope, scopePositions.size);
    const within = [actor?.key, category].filter((part) => part != null).join('/') || 'all';
    const key = [record, within, scope === null ? null : `@${scope}`].filter((part) => part !== null).join('/');
    return { key, record, actor, category, scope };
  };
  // A breakdown whose total falls in the same group is a sub-row of the total's row, not a claim.
  const wholes = wholesOf(figures);
  // The totals' input positions, and their group keys once placed, kept for their parts (the other
  // figures' places are made and dropped one at a time).
  const wholeIndex = new Map<Figure, number>();
  for (const whole of wholes.values()) wholeIndex.set(whole, -1);
  if (wholeIndex.size > 0) figures.forEach((figure, i) => { if (wholeIndex.has(figure)) wholeIndex.set(figure, i); });
  const wholeKeys = new Map<Figure, string>();
  figures.forEach((figure, i) => {
    const whole = wholes.get(figure);
    // A total read after its part is looked at ahead of its turn. A part is placed in its whole's
    // scope: "9 died in hospital" of a toll of 52 is a share of the toll, not a count of another place.
    const wholeKey = whole === undefined ? undefined : wholeKeys.get(whole) ?? placeOf(whole, true).key;
    const asPart = whole !== undefined && placeOf(figure, true, whole).key === wholeKey;
    const { key, record, actor, category, scope } = placeOf(figure, false, asPart ? whole : figure);
    if (wholeIndex.has(figure)) wholeKeys.set(figure, key);
    const order: DraftGroup['order'] = [recordPositions.get(record ?? '') ?? 0, actor?.position ?? 0, category === null ? 0 : CATEGORIES.indexOf(category), scopePositions.get(scope)!];
    const group = groups.get(key) ?? newGroup(key, record, order, actor, category, scope);
    groups.set(key, group);
    if (asPart) addPart(group, figure, whole, wholeIndex.get(whole)!, attribution, options.tolerance);
    else addFigure(group, figure, i, attribution, options.tolerance, returning.has(figure.doc));
  });
  const ordered = [...groups.values()];
  return ordered.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.order[3] - b.order[3]);
}

/**
 * "14 Palestinians were killed", then from the same ministry "the toll rose to 15": a figure that
 * names no one counted (actor key `people`) is of the population its claimant counts in the same
 * category, record and scope ("Palestinians", "people in Gaza": a key ending in `people`), when that
 * claimant counts one population there and no other kind of people. Not a kind of people within one
 * ("2 civilians", then "7 killed": the 7 may hold fighters). Figure → the spelling of that actor.
 */
function claimantsOwnActors(
  figures: readonly Figure[], attribution: Attribution, actorKey: (actor: string | null) => { key: string }, perRecord: boolean, sides: KnownSides,
): Map<Figure, string> {
  const placeOf = (figure: Figure, i: number) => [attribution.claimants[i]!.identity.key, figure.category, eventOf(figure, perRecord), scopeLabel(figure)].join('\u0000');
  // Each spelling is described once: an archive repeats a few actors over a million figures.
  const keys = new Map<string | null, string>();
  const keyOf = (actor: string | null) => {
    let key = keys.get(actor);
    if (key === undefined) keys.set(actor, (key = actorKey(actor).key));
    return key;
  };
  // Per claimant and place: the one actor spelling it counts, or null when it counts several.
  const counted = new Map<string, { key: string; spelling: string } | null>();
  // Per claimant and place, the numbers it gave of its kind of people: what a retraction can name.
  const stated = new Map<string, Set<number | null>>();
  figures.forEach((figure, i) => {
    // A breakdown's people ("including two children") are a share, not the population counted.
    if (isUnattributed(attribution.claimants[i]!.identity.key) || figure.partOf !== undefined) return;
    const key = keyOf(figure.actor);
    if (key === GENERIC_ACTOR || ownMembers(figure)) return;
    const place = placeOf(figure, i);
    if (figure.revision !== 'retracted') stated.set(place, (stated.get(place) ?? new Set()).add(figure.low));
    const seen = counted.get(place);
    if (seen === undefined) counted.set(place, { key, spelling: figure.actor! });
    else if (seen !== null && seen.key !== key) counted.set(place, null);
  });
  const joined = denialsJoined(figures, attribution, keyOf, perRecord);
  ownForcesJoined(figures, attribution, actorKey, (figure, i) => [attribution.claimants[i]!.identity.key, eventOf(figure, perRecord), scopeLabel(figure)].join('\u0000'), joined);
  otherSidesForcesJoined(figures, attribution, actorKey, sides, joined);
  if (counted.size === 0) return joined;
  const pointing: [Figure, string][] = [];
  figures.forEach((figure, i) => {
    if (isUnattributed(attribution.claimants[i]!.identity.key)) return;
    // "at least 15 of its members", said by a union that counts workers: its own people, the workers.
    if (ownMembers(figure)) {
      const own = counted.get(placeOf(figure, i));
      if (own) joined.set(figure, own.spelling);
      return;
    }
    if (keyOf(figure.actor) !== GENERIC_ACTOR || joined.has(figure)) return;
    const own = counted.get(placeOf(figure, i));
    if (own && own.key.endsWith(` ${GENERIC_ACTOR}`)) joined.set(figure, own.spelling);
    // "Corvane withdrew its figure of 7 dead", after its "7 workers": the figure it takes back, whoever else counts.
    else if (own && figure.revision === 'retracted' && stated.get(placeOf(figure, i))?.has(figure.low)) joined.set(figure, own.spelling);
    else if (own && pointsBack(figure)) pointing.push([figure, own.spelling]);
  });
  if (pointing.length === 0) return joined;
  // A figure that points back joins a kind of people only where no other claimant counts people of
  // no kind there: the police's "toll had risen to 26" stays beside the hospital's 27 bodies.
  const slotOf = (figure: Figure) => [figure.category, eventOf(figure, perRecord), scopeLabel(figure)].join('\u0000');
  const generic = new Map<string, Set<string>>();
  figures.forEach((figure, i) => {
    const claimant = attribution.claimants[i]!.identity.key;
    if (isUnattributed(claimant) || figure.partOf !== undefined || pointsBack(figure) || keyOf(figure.actor) !== GENERIC_ACTOR) return;
    const slot = slotOf(figure);
    generic.set(slot, (generic.get(slot) ?? new Set()).add(claimant));
  });
  for (const [figure, spelling] of pointing) if (!generic.has(slotOf(figure))) joined.set(figure, spelling);
  return joined;
}

/**
 * "dismissed Ostravia's figure of 19 dead", after the ministry's "19 civilians": a denial that names no
 * kind of people is of the people whose count it denies — the one kind another claimant gave that
 * number of, in the same category, event and scope. Figure → the spelling of that actor.
 */
function denialsJoined(
  figures: readonly Figure[], attribution: Attribution, keyOf: (actor: string | null) => string, perRecord: boolean,
): Map<Figure, string> {
  const joined = new Map<Figure, string>();
  const slotOf = (figure: Figure) => [figure.category, eventOf(figure, perRecord), scopeLabel(figure), figure.low, figure.high].join('\u0000');
  // Only the slots a denial names are looked up: most runs have no denial.
  const denials = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.revision !== 'denied' || keyOf(figure.actor) !== GENERIC_ACTOR) continue;
    const slot = slotOf(figure);
    denials.set(slot, [...(denials.get(slot) ?? []), figure]);
  }
  if (denials.size === 0) return joined;
  // Per slot: the one kind of people stated there, or null when several kinds are.
  const kinds = new Map<string, { key: string; spelling: string } | null>();
  figures.forEach((figure, i) => {
    if (figure.revision === 'denied' || figure.partOf !== undefined || isUnattributed(attribution.claimants[i]!.identity.key)) return;
    const slot = slotOf(figure);
    const key = keyOf(figure.actor);
    if (!denials.has(slot) || key === GENERIC_ACTOR) return;
    const seen = kinds.get(slot);
    if (seen === undefined) kinds.set(slot, { key, spelling: figure.actor! });
    else if (seen !== null && seen.key !== key) kinds.set(slot, null);
  });
  for (const [slot, denied] of denials) {
    const kind = kinds.get(slot);
    if (kind) for (const figure of denied) joined.set(figure, kind.spelling);
  }
  return joined;
}

/**
 * "took about 60 guests and staff hostage", "40 workers were taken hostage": the people taken hostage
 * are counted as the hostages they became, so that the count meets another's "more than 100 hostages".
 */
function takenHostage(figure: Figure): boolean {
  if (figure.category !== 'captured' || figure.actor === null) return false;
  const at = figure.sentence.indexOf(figure.quote);
  return at !== -1 && TAKEN_HOSTAGE.test(figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + 80));
}
/** The people after a count, then "hostage": a few words, no clause break. */
const TAKEN_HOSTAGE = /^(?: [\p{L}'-]+){1,4} hostages?\b/u;
const HOSTAGES = 'hostages';

/**
 * "The miners' union said 24 men had died": men counted alone, with no women or children set beside
 * them, are the toll's people, not a kind within it (a breakdown's "12 men and 3 women" stays apart).
 */
function plainMen(figure: Figure): boolean {
  return figure.actor !== null && /^men$/i.test(figure.actor) && figure.partOf === undefined && !OTHER_SEXES_AND_AGES.test(figure.sentence);
}
const OTHER_SEXES_AND_AGES = /\b(?:women|woman|children|child|boys|girls|minors|teenagers|elderly)\b/i;

/**
 * A figure that names no one but points back to the claimant's own count: its revision ("The fire
 * service raised the toll to 58", after its "52 workers") or "others" ("the bodies of 52 workers had
 * been recovered and 9 others were missing"). Such a figure joins even a kind of people, where no
 * one else counts people of no kind.
 */
function pointsBack(figure: Figure): boolean {
  return figure.revision === 'revised' || figure.actor === 'others';
}

/**
 * "11 of its sailors", "raised its own losses to 19 sailors", "bringing its losses to 6": a party's
 * count of its own people, who are of its side though the words name none. People of a kind become
 * that kind of its side ("sailors" of the Tolvan ministry → "Tolva sailors"); losses that name no kind
 * join the one kind of its own side it counts in that event and scope, of any harm ("Marenian sailors"
 * killed, then "its losses" as casualties). Only claimants with a side.
 */
function ownForcesJoined(
  figures: readonly Figure[], attribution: Attribution, actorKey: (actor: string | null) => { key: string; identity?: { side: string | null } },
  placeOf: (figure: Figure, i: number) => string, joined: Map<Figure, string>,
): void {
  // placeOf: the claimant, event and scope, whatever the harm.
  const own: [Figure, number, string][] = [];
  figures.forEach((figure, i) => {
    const side = attribution.claimants[i]!.identity.side;
    if (side && !joined.has(figure) && ownForces(figure) && !actorKey(figure.actor).identity?.side) own.push([figure, i, side]);
  });
  if (own.length === 0) return;
  // Per claimant and place, the one kind of its own side it counts (null when several).
  const ownKinds = new Map<string, { key: string; spelling: string } | null>();
  figures.forEach((figure, i) => {
    const side = attribution.claimants[i]!.identity.side;
    if (!side || figure.partOf !== undefined || figure.actor === null) return;
    const described = actorKey(figure.actor);
    if (described.identity?.side !== side) return;
    const place = placeOf(figure, i);
    const seen = ownKinds.get(place);
    if (seen === undefined) ownKinds.set(place, { key: described.key, spelling: figure.actor });
    else if (seen !== null && seen.key !== described.key) ownKinds.set(place, null);
  });
  for (const [figure, i, side] of own) {
    if (actorKey(figure.actor).key !== GENERIC_ACTOR) joined.set(figure, `${side} ${figure.actor}`);
    else {
      const kind = ownKinds.get(placeOf(figure, i));
      if (kind) joined.set(figure, kind.spelling);
    }
  }
}

/**
 * "Russian forces lost 1,020 troops over the past day", said by Ukraine's general staff, and "Ukrainian
 * losses amounted to 145 servicemen", said by Russia's defence ministry: a party's count of people of a
 * kind ("troops") whose sentence names one side of the registry for them, not the claimant's, counts
 * that side's people ("Russia troops"). Two parties each counting the other's losses are then two
 * groups, never rivals in one.
 */
function otherSidesForcesJoined(
  figures: readonly Figure[], attribution: Attribution, actorKey: (actor: string | null) => { key: string; identity?: { side: string | null } },
  sides: KnownSides, joined: Map<Figure, string>,
): void {
  if (sides.size === 0) return;
  figures.forEach((figure, i) => {
    const side = attribution.claimants[i]!.identity.side;
    if (!side || joined.has(figure) || figure.actor === null) return;
    const described = actorKey(figure.actor);
    if (described.key === GENERIC_ACTOR || described.identity?.side) return;
    const clause = figureClause(figure);
    const named = clause === null ? [] : sidesNamedIn(clause, figure.source, sides).sides;
    if (named.length === 1 && named[0] !== sideKey(side)) joined.set(figure, `${sides.get(named[0]!)} ${figure.actor}`);
  });
}

/**
 * The words of a figure's own clause before its number: from the last break before it ("…, said the
 * toll in Neelum had risen to nine"). Not the words after it: the people are its actor, and a side
 * named later is another figure's or the event's ("since the Vostranian invasion began").
 */
function figureClause(figure: Figure): string | null {
  const at = figure.sentence.indexOf(figure.quote);
  if (at === -1) return null;
  const before = figure.sentence.slice(Math.max(0, at - CLAUSE_REACH), at);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1) + figure.quote;
}
const CLAUSE_REACH = 80;

/** "11 of its sailors", "its own losses to 19 sailors", "its losses to 6": the claimant's own people. */
function ownForces(figure: Figure): boolean {
  const at = figure.sentence.indexOf(figure.quote);
  if (at === -1) return false;
  return OWN_PEOPLE_AFTER.test(figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + 24))
    || OWN_LOSSES_BEFORE.test(figure.sentence.slice(Math.max(0, at - 40), at));
}
const OWN_PEOPLE_AFTER = /^\s+of\s+(?:its|their|our)\s+(?:own\s+)?[\p{L}-]/u;
const OWN_LOSSES_BEFORE = /\b(?:its|their|our)\s+(?:own\s+)?(?:losses|dead|death toll|toll)\s+(?:to|at)\s+(?:at least\s+|about\s+|more than\s+)?$/;

/** "15 of its members", "our members": the claimant's own people, of the one kind it counts. */
function ownMembers(figure: Figure): boolean {
  if (figure.actor?.toLowerCase() !== 'members') return false;
  const at = figure.sentence.indexOf(figure.quote);
  return at !== -1 && OWN_MEMBERS.test(figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + 24));
}
const OWN_MEMBERS = /^\s+(?:of\s+)?(?:its|their|our)\s+members\b/i;

/** The actor key of a figure that names no one counted ("the toll rose to 15", "12 people died"). */
const GENERIC_ACTOR = 'people';

/** Where a figure goes: its group's key and what the key is made of. */
interface Placement {
  key: string;
  record: string | null;
  actor: ActorSeen | null;
  category: Category | null;
  scope: string | null;
}

/** An actor key with its first appearance: where, how it was written there, and what it says. */
interface ActorSeen {
  key: string;
  position: number;
  display: string;
  identity: ActorIdentity;
}

// Reports repeat the same actors, so each spelling is normalised once. `peek` tells the key of an
// actor without counting it as seen (its position is then meaningless).
function actorTracker(sides: KnownSides): ((actor: string | null) => ActorSeen) & { peek: (actor: string | null) => ActorSeen } {
  const byKey = new Map<string, ActorSeen>();
  const bySpelling = new Map<string | null, ActorSeen>();
  const peek = (actor: string | null): ActorSeen => {
    const known = bySpelling.get(actor);
    if (known) return known;
    const identity = describeActor(actor, sides);
    // "bodies", "victims", "the dead" are the people of the toll: the group is headed "people".
    const display = identity.key === GENERIC_ACTOR ? GENERIC_ACTOR : actor?.trim() || identity.key;
    return byKey.get(identity.key) ?? { key: identity.key, position: -1, display, identity };
  };
  const see = (actor: string | null): ActorSeen => {
    let seen = peek(actor);
    if (seen.position === -1) {
      seen = { ...seen, position: byKey.size };
      byKey.set(seen.key, seen);
    }
    bySpelling.set(actor, seen);
    return seen;
  };
  return Object.assign(see, { peek });
}

function newGroup(
  key: string, record: string | null, order: DraftGroup['order'], actor: ActorSeen | null, category: Category | null, scope: string | null,
): DraftGroup {
  return { key, record, actor: actor?.display ?? null, identity: actor?.identity ?? null, category, scope, order, rows: new Map() };
}

/** The row of a claimant; for figures without one, the row of the estimate (sources.ts: unattributedAs). */
function rowOf(group: DraftGroup, named: SourceIdentity, figure: Figure): DraftRow {
  const claimant = isUnattributed(named.key) ? unattributedAs(claimKey(figure)) : named;
  const row = group.rows.get(claimant.key) ?? { identity: claimant, claims: new Map(), docs: new Reports(), outlets: new Map(), names: new Map(), parts: new Map() };
  group.rows.set(claimant.key, row);
  return row;
}

/** A breakdown, filed under the row of its total's claimant. */
function addPart(group: DraftGroup, figure: Figure, whole: Figure, wholeIndex: number, attribution: Attribution, tolerance: number): void {
  const row = rowOf(group, attribution.claimants[wholeIndex]!.identity, whole);
  // "people in hospital": a part's own place or period says which share of the whole it is.
  const own = scopeLabel(figure);
  const label = own !== null && own !== scopeLabel(whole) ? [figure.actor, own].filter((word) => word !== null).join(' ') : figure.actor;
  const key = [claimKey(whole), label, claimKey(figure)].join('|');
  const part = row.parts.get(key) ?? { actor: label, whole, claim: finishDraft(newClaim(figure, tolerance)) };
  row.parts.set(key, part);
  part.claim.figures.push(figure);
  if (!part.claim.docs.includes(figure.doc)) part.claim.docs.push(figure.doc);
  part.claim.reports = part.claim.docs.length;
}

/** The same category and stated interval (and uncertainty interval) is one claim. */
function claimKey(figure: Figure): string {
  const { interval } = figure;
  return `${figure.category}|${figure.qualifier}|${figure.low ?? ''}|${figure.high ?? ''}|${interval?.low ?? ''}|${interval?.high ?? ''}`;
}

/** A draft claim as a finished one, for parts (which have no history or statements of their own). */
function finishDraft(draft: DraftClaim): Claim {
  const { category, qualifier, low, high, label, bounds, point, docs, figures, kind } = draft;
  return { category, qualifier, low, high, label, bounds, point, reports: docs.size, docs: [...docs], statements: [], events: [], status: 'current', figures, kind };
}

function addFigure(group: DraftGroup, figure: Figure, index: number, attribution: Attribution, tolerance: number, returning: boolean): void {
  const { identity: claimant, how } = attribution.claimants[index]!;
  const outlet = attribution.outletOf(figure.outlet);
  const row = rowOf(group, claimant, figure);
  const written = figure.source?.trim() || '(none)';
  if (!row.names.has(written)) row.names.set(written, how);
  row.docs.add(figure.doc, returning);
  // A claimant is not its own outlet ("Reuters, via Reuters").
  if (outlet && outlet.key !== row.identity.key && !row.outlets.has(outlet.key)) row.outlets.set(outlet.key, outlet.display);

  // The same category and stated interval in several reports is one claim with several citations.
  const key = claimKey(figure);
  const claim = row.claims.get(key) ?? newClaim(figure, tolerance);
  row.claims.set(key, claim);
  claim.figures.push(figure);
  if (figure.kind === 'counted' && claim.kind !== 'counted') claim.label = `${claim.label} counted`;
  if (figure.kind === 'counted' || (figure.kind === 'estimated' && claim.kind === null)) claim.kind = figure.kind;
  const { stated: day, event } = attribution.daysOf(figure);
  // While a claim has been stated on one day only (most are), that day's reports are `docs` itself,
  // not a second list of the same reports; at a second day the first gets a list of its own.
  if (claim.days.size === 1 && !claim.days.has(day)) {
    const [[first, reports]] = claim.days;
    claim.days.set(first, reports.copy());
  }
  claim.docs.add(figure.doc, returning);
  const sameDay = claim.days.get(day) ?? (claim.days.size === 0 ? claim.docs : new Reports());
  claim.days.set(day, sameDay.add(figure.doc, returning));
  if (event !== null) claim.events.add(event);
  // Figures come in input order: a later one on the same day or later speaks last.
  if (day === null || claim.lastDay === null || day >= claim.lastDay) claim.lastRevision = figure.revision ?? null;
  claim.lastSeen = index;
  if (day !== null && (claim.lastDay === null || day > claim.lastDay)) claim.lastDay = day;
}

function newClaim(figure: Figure, tolerance: number): DraftClaim {
  // "412,000 (CI 260,000–580,000)": the interval is what the claim allows, the stated number its point.
  const { interval } = figure;
  const bounds = interval ? { low: interval.low, high: interval.high } : comparableBounds(figure, tolerance);
  // "11, including the gunman" allows the 10 victims without him; "10, not including the gunman" the 11 with him.
  const attackers = attackersOf(figure);
  if (attackers?.counted) bounds.low = Math.max(0, bounds.low - attackers.count);
  else if (attackers && bounds.high !== null) bounds.high += attackers.count;
  const aside = attackers ? ` ${attackers.counted ? 'incl.' : 'excl.'} ${attackers.count > 1 ? `${attackers.count} ` : ''}${attackers.noun}` : '';
  return {
    category: figure.category,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    // "14 counted": a floor from counting the dead, not an estimate of all of them.
    label: `${interval ? `${estimateLabel(figure)} (CI ${formatCount(interval.low)}–${formatCount(interval.high)})` : estimateLabel(figure)}${aside}${figure.kind === 'counted' ? ' counted' : ''}`,
    bounds,
    point: pointOf(figure),
    docs: new Reports(),
    events: new Set(),
    lastRevision: null,
    days: new Map(),
    lastSeen: -1,
    lastDay: null,
    figures: [],
    kind: figure.kind ?? null,
  };
}
