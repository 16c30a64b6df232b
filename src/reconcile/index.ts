// reconcile: figures from many reports → groups (who was counted × category) → one row per
// claimant → its current estimate and history, with conflicts where claimants' figures cannot
// both hold and a summary line per group. Pure: no I/O, no colour; src/report renders the result.
import type { Figure } from '../figure.js';
import { describeActor, isIrregular, isStateForce, sideKey } from './actors.js';
import { NO_ALIASES, type AliasTable } from './aliases.js';
import { compareRows, spreadOf } from './conflicts.js';
import { countriesApart } from './countries.js';
import { withScope } from './scope.js';
import { digestOf } from './digest.js';
import { placeReader, resolveClaimants, type ResolvedClaimant } from './claimants.js';
import { dayReader } from './dates.js';
import { draftGroups, type DraftClaim, type DraftGroup, type DraftRow } from './grouping.js';
import { inTimeOrder, splitHistory, statusOf } from './history.js';
import { DEFAULT_TOLERANCE } from './intervals.js';
import { finishParts, shareRows, wholesOf } from './parts.js';
import { withShareTotals } from './shares.js';
import { summarise, type Recency } from './policies.js';
import { namesTheEnemy, partyJudge, sidesNamedIn, type NamedSides, type PartyJudge } from './sides.js';
import { sourceReader } from './sources.js';
import { POLICIES, type Claim, type Group, type GroupBy, type Policy, type ReconcileOptions, type Reconciliation, type SourceRow } from './types.js';

export type * from './types.js';
export { POLICIES } from './types.js';
export { AliasFileError, SOURCE_KINDS, NO_ALIASES, aliasTable, loadAliases, mergeAliases } from './aliases.js';
export type { AliasTable, ConflictEntry, SourceEntry, SourceKind } from './aliases.js';
export { readBuiltinAliases } from './registry.js';
export { isUnattributed, sourceKey, type SourceIdentity } from './sources.js';
export { actorKey, describeActor, type ActorIdentity, type Role } from './actors.js';
export type { PartyFlag } from './sides.js';
export { figureDays, reportDay, statedDays, type FigureDays } from './dates.js';
export { resolveClaimants, type ResolvedClaimant } from './claimants.js';
export { timeline } from './timeline.js';
export type { Change, Timeline, TimelineEntry, TimelineGroup, TimelineSource } from './timeline.js';
export { DEFAULT_TOLERANCE, estimateLabel, formatCount, type Bounds } from './intervals.js';
export { outliersOf, PAIRS_LISTED, rowBounds, rowPoint, statedBounds } from './conflicts.js';
export { shareRows } from './parts.js';
export { excessNote } from './parts.js';

const GROUP_BY: readonly GroupBy[] = ['actor', 'category', 'none'];

/** Throws RangeError for a tolerance outside [0, 1), an unknown groupBy or policy. */
export function reconcile(figures: readonly Figure[], options: ReconcileOptions = {}): Reconciliation {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const groupBy = options.groupBy ?? 'actor';
  const policy = options.policy ?? 'range';
  const perRecord = options.perRecord ?? false;
  if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`tolerance must be a fraction from 0 up to (not including) 1, got ${String(tolerance)}`);
  }
  if (!GROUP_BY.includes(groupBy)) throw new RangeError(`groupBy must be one of ${GROUP_BY.join(', ')}, got ${String(groupBy)}`);
  if (!POLICIES.includes(policy)) throw new RangeError(`policy must be one of ${POLICIES.join(', ')}, got ${String(policy)}`);

  const aliases = options.aliases ?? NO_ALIASES;
  // A run may hold a million figures: claimants are read for all of them at once (names are
  // folded across the run), outlets and days one figure at a time, each answer shared between figures.
  const judge = partyJudge(aliases.conflicts);
  const sides = new Map(aliases.conflicts.flatMap((conflict) => conflict.sides.flat()).map((name) => [sideKey(name), name]));
  // A side's own acronym names its people too: "KLF fighters" are the Kivan Liberation Front's.
  for (const entry of aliases.entries) {
    if (entry.side === null || sideKey(entry.name) !== sideKey(entry.side) || !sides.has(sideKey(entry.side))) continue;
    for (const alias of entry.aliases) if (/^\p{Lu}{2,6}$/u.test(alias)) sides.set(alias.toLowerCase(), entry.side);
  }
  // Reports repeat actors: each is described once for the party flags.
  const actors = new Map<string | null, { side: string | null; irregular: boolean }>();
  const actorOf = (actor: string | null) => {
    let described = actors.get(actor);
    if (described === undefined) actors.set(actor, (described = { side: describeActor(actor, sides).side, irregular: isIrregular(actor) }));
    return described;
  };
  // People of no side ("500 people were killed") are of the sides their sentence names, when it names
  // any; a side named as the one doing the harm ("by Russian shelling") is apart: the agent.
  const sideOf = (figure: Figure): NamedSides => {
    const { side } = actorOf(figure.actor);
    return side === null ? sidesNamedIn(figure.sentence, figure.source, sides) : { sides: [side], agents: [] };
  };
  const irregular = (figure: Figure) => actorOf(figure.actor).irregular;
  const read = { figures, claimants: claimantsOf(figures, aliases) };
  // Where all actors share a group, a sentence's shares ("2 soldiers and 3 civilians") are parts of their total.
  const { figures: placed, claimants } = groupBy === 'actor' ? read : withShareTotals(read.figures, read.claimants);
  const drafts: (DraftGroup | null)[] = draftGroups(
    withRevisedPlaces(withOutbreakStart(withCountries(placed, claimants, perRecord)), claimants), { claimants, outletOf: sourceReader(aliases), daysOf: dayReader() }, { groupBy, perRecord, tolerance, sides },
  );
  // Each draft (its Sets of reports) is let go as soon as its group is finished.
  const groups = drafts.map((draft, i) => {
    drafts[i] = null;
    return finishGroup(draft!, policy, judge, sideOf, irregular);
  });
  return { tolerance, groupBy, perRecord, policy, groups };
}

/** Each figure's claimant. A name the registry shares between bodies is first read in the place its sentence names. */
function claimantsOf(figures: readonly Figure[], aliases: AliasTable): ResolvedClaimant[] {
  const nameInPlace = placeReader(aliases);
  const continued = continuedStatements(figures);
  const ofWhole = wholesSpeakers(figures, continued);
  const denied = deniersOf(figures);
  const spoken = (figure: Figure, i: number) => ofWhole.get(i) ?? continued[i] ?? denied.get(i) ?? figure.source;
  const placed = figures.map((figure, i) => nameInPlace(spoken(figure, i), figure.sentence));
  const resolved = resolveClaimants(figures.map((figure, i) => placed[i]?.name ?? spoken(figure, i)), aliases);
  placed.forEach((place, i) => {
    if (place) resolved[i] = { ...resolved[i]!, how: `${place.how}; ${resolved[i]!.how}` };
  });
  continued.forEach((speaker, i) => {
    if (speaker !== null && !ofWhole.has(i)) resolved[i] = { ...resolved[i]!, how: `after "…, ${speaker} said", the report goes on with the statement; ${resolved[i]!.how}` };
  });
  ofWhole.forEach((speaker, i) => {
    resolved[i] = { ...resolved[i]!, how: `a part of "${speaker}"'s total, stated with it; ${resolved[i]!.how}` };
  });
  denied.forEach((speaker, i) => {
    if (!ofWhole.has(i) && continued[i] === null) resolved[i] = { ...resolved[i]!, how: `denied by "${speaker}", the subject of the sentence; ${resolved[i]!.how}` };
  });
  return resolved;
}

/** A verb of denying, perhaps after an auxiliary or an adverb: "denied", "has flatly rejected". */
const DENIES = String.raw`(?:(?:has|have|had|later|also|flatly|strongly) )?(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)\b`;
/** "Police denied reports …", "The ministry rejected claims …": a subject, then a verb of denying. */
const DENYING_SUBJECT = new RegExp(`^ ${DENIES}`);

/**
 * "Kovar Hydro, the company that operates the dam, denied reports that …", "The operator denied reports …":
 * the name the sentence opens with (an appositive set off by commas after it dropped) when a verb of denying
 * follows it, of at most six words, none a number, never a pronoun ("He denied …" names no one here).
 */
const DENYING_VERB = new RegExp(` ${DENIES}`);
const SUBJECT_NAME = /^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,5}$/u;
const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that)$/i;

/** "He denied reports that more than 100 had died.": a pronoun, then a verb of denying, opening the sentence. */
const PRONOUN_DENIES = new RegExp(`^(?:He|She|They) ${DENIES}`);

/**
 * The speaker a pronoun opening a sentence refers to: the claimant the report named for its figures of the
 * sentences before ("Police superintendent Arun Bhatt said the death toll had risen to 24 … He denied reports
 * that more than 100 had died."), or null when none of them was named in the text.
 */
function speakerBefore(figures: readonly Figure[], i: number): string | null {
  const figure = figures[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const other = figures[j]!;
    if (other.file !== figure.file || other.line !== figure.line || other.doc !== figure.doc) return null;
    if (other.sentence !== figure.sentence && other.source !== null && other.sourceVia !== 'column') return other.source;
  }
  return null;
}

function namedDenier(sentence: string): string | null {
  const verb = DENYING_VERB.exec(sentence);
  if (!verb) return null;
  let subject = sentence.slice(0, verb.index);
  // "Kovar Hydro, the company that operates the dam,": the name before its appositive.
  if (subject.endsWith(',')) subject = subject.slice(0, subject.indexOf(','));
  return SUBJECT_NAME.test(subject) && !PRONOUNS.test(subject) ? subject : null;
}

/**
 * A denied figure left to the outlet column is the denial of the body its sentence opens with, where
 * that body is credited with another figure of the sentence ("Police denied reports on social media
 * that more than 100 people had been killed, saying the toll was 38": the police's denial of 100, not
 * the outlet's). Denied figure's index → the denier, for those only.
 */
function deniersOf(figures: readonly Figure[]): Map<number, string> {
  const deniers = new Map<number, string>();
  let bySentence: Map<string, Figure[]> | null = null;
  figures.forEach((figure, i) => {
    if (figure.revision !== 'denied' || figure.sourceVia !== 'column') return;
    if (bySentence === null) {
      bySentence = new Map();
      for (const other of figures) {
        if (other.source === null || other.sourceVia === 'column') continue;
        const key = `${other.file}\u0000${other.line}\u0000${other.doc}\u0000${other.sentence}`;
        bySentence.set(key, [...(bySentence.get(key) ?? []), other]);
      }
    }
    const others = bySentence.get(`${figure.file}\u0000${figure.line}\u0000${figure.doc}\u0000${figure.sentence}`) ?? [];
    const denier = others.find((other) => figure.sentence.startsWith(other.source!) && DENYING_SUBJECT.test(figure.sentence.slice(other.source!.length)))?.source
      ?? namedDenier(figure.sentence) ?? (PRONOUN_DENIES.test(figure.sentence) ? speakerBefore(figures, i) : null);
    if (denier) deniers.set(i, denier);
  });
  return deniers;
}

/**
 * A breakdown is said by whoever states its total ("Health Minister X said 41 deaths had been
 * confirmed by laboratory tests, including 12 children": the minister's 12, not the tests'), where
 * extraction credits the part otherwise. Part's index → the total's speaker, for parts only.
 */
function wholesSpeakers(figures: readonly Figure[], continued: readonly (string | null)[]): Map<number, string | null> {
  const wholes = wholesOf(figures);
  const speakers = new Map<number, string | null>();
  if (wholes.size === 0) return speakers;
  // Only a total left to the outlet column can continue a statement (continuedStatements): only those are looked up.
  const indexOf = new Map<Figure, number>();
  for (const whole of wholes.values()) if (whole.sourceVia === 'column') indexOf.set(whole, -1);
  if (indexOf.size > 0) figures.forEach((figure, i) => { if (indexOf.has(figure)) indexOf.set(figure, i); });
  figures.forEach((figure, i) => {
    const whole = wholes.get(figure);
    if (whole === undefined || whole.sentence !== figure.sentence) return;
    // Only parts credited otherwise are held: a million figures have many parts, most said by their total's speaker.
    const at = indexOf.get(whole);
    const speaker = (at === undefined ? null : continued[at]) ?? whole.source;
    if (speaker !== (continued[i] ?? figure.source)) speakers.set(i, speaker);
  });
  return speakers;
}

/** Figures of an event across a border, each in its country (countries.ts); a copy of the list only when one changes. */
function withCountries(figures: readonly Figure[], claimants: readonly ResolvedClaimant[], perRecord: boolean): readonly Figure[] {
  const apart = countriesApart(figures, (i) => claimants[i]!.identity.key, perRecord);
  if (apart.size === 0) return figures;
  const placed = [...figures];
  for (const [i, figure] of apart) placed[i] = figure;
  return placed;
}

/**
 * A claimant that revises its estimate without naming a place ("The institute revised its estimate to
 * 3,050 excess deaths") revises the one it gave before, which its sentence set in a place ("about
 * 2,300 excess deaths across the country"): the earlier figures take the revision's scope, so that
 * the claimant keeps one ledger. Only where every earlier figure of the claimant's kind of count names
 * the same one place; the figures themselves are left as they are. A running total's period since a
 * start ("312 … across the country since June 1", then "raised the national toll to 338") is revised
 * the same way (dossier round 11); any other period (a day's, a year's) is a count of its own.
 */
function withRevisedPlaces(figures: readonly Figure[], claimants: readonly ResolvedClaimant[]): readonly Figure[] {
  const sincePeriod = (figure: Figure) => (figure.scope?.period?.startsWith('since ') ? figure.scope.period : '');
  const ownPeriod = (figure: Figure) => (sincePeriod(figure) === '' ? figure.scope?.period ?? '' : '');
  const kindOf = (figure: Figure, i: number) => [claimants[i]!.identity.key, figure.category, figure.scope?.deaths ?? '', ownPeriod(figure), figure.scope?.incident ?? ''].join('\u0000');
  const whereOf = (figure: Figure) => `${figure.scope?.place ?? ''}\u0000${sincePeriod(figure)}`;
  const revisedAt = new Map<string, number>();
  figures.forEach((figure, i) => {
    if (figure.revision === 'revised' && !figure.scope?.place && sincePeriod(figure) === '' && !revisedAt.has(kindOf(figure, i))) revisedAt.set(kindOf(figure, i), i);
  });
  if (revisedAt.size === 0) return figures;
  const placesBefore = new Map<string, Set<string>>();
  figures.forEach((figure, i) => {
    const at = revisedAt.get(kindOf(figure, i));
    if (at === undefined || i >= at || claimants[i]!.identity.key === 'unattributed' || figure.partOf !== undefined) return;
    placesBefore.set(kindOf(figure, i), (placesBefore.get(kindOf(figure, i)) ?? new Set()).add(whereOf(figure)));
  });
  // A copy of the list only when a figure changes: a million figures need no second list of them.
  let revised: Figure[] | null = null;
  figures.forEach((figure, i) => {
    if (!figure.scope?.place && sincePeriod(figure) === '') return;
    // A share of a total ("96 of them in Kesh state") keeps its place.
    if (figure.partOf !== undefined) return;
    const kind = kindOf(figure, i);
    const places = placesBefore.get(kind);
    if (!places || places.size !== 1 || places.has('\u0000') || i >= revisedAt.get(kind)!) return;
    // A running total is raised, not cut: "since January, 1,200" is no earlier figure of "the strike's toll, 40".
    if (sincePeriod(figure) !== '' && (figures[revisedAt.get(kind)!]!.low ?? 0) < (figure.low ?? 0)) return;
    const scope = { ...figure.scope };
    delete scope.place;
    if (sincePeriod(figure) !== '') delete scope.period;
    revised ??= [...figures];
    revised[i] = withScope(figure, Object.keys(scope).length === 0 ? undefined : scope);
  });
  return revised ?? figures;
}

/** "since the cholera outbreak began in March": the month an outbreak began, as a run's report names it. */
const OUTBREAK_BEGAN = /\bsince the (?:[\p{L}-]+ )?(?:outbreak|epidemic)\s+(?:began|started|erupted|broke out)\s+in\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/iu;

/**
 * Dossier round 11: a count since the month an outbreak began ("240 cholera deaths had been reported since
 * March"), where another report of the run says the outbreak began then ("212 people had died since the
 * outbreak began in March"), is the outbreak's running total: the event's own scope, as a count "since the
 * outbreak began" is (extract/refiners/scope.ts). Only the sentences of running totals are read.
 */
function withOutbreakStart(figures: readonly Figure[]): readonly Figure[] {
  const months = new Set<string>();
  for (const figure of figures) {
    if (!figure.scope?.cumulative || figure.scope.period !== undefined) continue;
    const began = OUTBREAK_BEGAN.exec(figure.sentence);
    if (began) months.add(`since ${began[1]!.toLowerCase()}`);
  }
  if (months.size !== 1) return figures;
  let started: Figure[] | null = null;
  figures.forEach((figure, i) => {
    if (!figure.scope?.period || !months.has(figure.scope.period) || figure.scope.place || figure.scope.incident) return;
    const scope = { ...figure.scope, cumulative: true };
    delete scope.period;
    started ??= [...figures];
    started[i] = withScope(figure, scope);
  });
  return started ?? figures;
}

/** A sentence that closes with its speaker: "…, the agency said.", "…, Governor Marchenko said on Telegram." */
const CLOSED_BY_SPEAKER = /\b(?:said|says|reported|announced|added|stated)(?: (?:on|in|late|early|at) [\p{L}\d ]{1,30})?[.!]["”’]?\s*$/u;

/** A clause that goes on after its speaker: "…, the sheriff's office said, while …", "…, police said, and …". */
const CONTINUING_CLAUSE = /^ (?:said|says|reported|announced|added|stated)(?: on \p{L}+)?,? (?:while|and) /u;

/** Does the sentence close a clause with this speaker (CONTINUING_CLAUSE) before `limit`, with no other speaker after it? */
function closedBefore(sentence: string, speaker: string, limit: number): boolean {
  const named = sentence.lastIndexOf(speaker, limit);
  if (named === -1) return false;
  const after = sentence.slice(named + speaker.length, limit);
  const verb = CONTINUING_CLAUSE.exec(after);
  return verb !== null && !/\b(?:said|says|according to)\b/.test(after.slice(verb[0].length));
}

/**
 * The speaker a sentence naming no one continues: reports go on with the statement the sentence
 * before closed with its speaker ("Divers found 22 more bodies, the agency said. Thirty-one people
 * remain missing."), which extraction leaves to the outlet (the annotated dev sets credit no one
 * across sentences). Null for every other figure.
 */
function continuedStatements(figures: readonly Figure[]): (string | null)[] {
  const sentenceStart = (figure: Figure) => figure.start - Math.max(0, figure.sentence.indexOf(figure.quote));
  const reportOf = (figure: Figure) => `${figure.file}\u0000${figure.line}\u0000${figure.doc}`;
  // Only reports with a figure left to the outlet column can continue a statement: the others are not
  // held (a million figures read back from a figure stream, which keeps no columns, hold none).
  const open = new Set<string>();
  for (const figure of figures) if (figure.sourceVia === 'column') open.add(reportOf(figure));
  // The figures of each such report, by where their sentences start.
  const byReport = new Map<string, Figure[]>();
  if (open.size > 0) {
    for (const figure of figures) {
      const key = reportOf(figure);
      if (!open.has(key)) continue;
      const inReport = byReport.get(key);
      if (inReport) inReport.push(figure);
      else byReport.set(key, [figure]);
    }
  }
  const speakers = new Map<Figure, string>();
  for (const inReport of byReport.values()) {
    if (inReport.length < 2) continue;
    for (const figure of inReport) {
      if (figure.sourceVia !== 'column') continue;
      const start = sentenceStart(figure);
      // The sentence just before this one, whose speaker closes it and is named in it.
      const before = inReport.find((other) => other.sentence !== figure.sentence && other.source !== null && other.sourceVia !== 'column'
        && Math.abs(sentenceStart(other) + other.sentence.length - start) <= 2 && CLOSED_BY_SPEAKER.test(other.sentence)
        && other.sentence.slice(-(other.source.length + 50)).includes(other.source));
      if (before) {
        speakers.set(figure, before.source!);
        continue;
      }
      // The clause after one its speaker closes, in the same sentence: "The number of missing fell to
      // 38, the sheriff's office said, while the confirmed death toll rose to 31."
      const at = figure.sentence.indexOf(figure.quote, Math.max(0, figure.start - start));
      const clause = inReport.find((other) => other.sentence === figure.sentence && other.source !== null && other.sourceVia !== 'column'
        && other.start < figure.start && closedBefore(figure.sentence, other.source, at === -1 ? figure.sentence.length : at));
      if (clause) speakers.set(figure, clause.source!);
    }
  }
  return figures.map((figure) => speakers.get(figure) ?? null);
}

function finishGroup(draft: DraftGroup, policy: Policy, judge: PartyJudge, sideOf: (figure: Figure) => NamedSides, irregular: (figure: Figure) => boolean): Group {
  const side = draft.identity?.side ?? null;
  const drafts = [...draft.rows.values()];
  const rows = drafts.map((row) => finishRow(row, side === null ? partyOfFigures(row, judge, sideOf, irregular) : judge(row.identity.side, side)));
  const live = rows.filter((row) => row.claims.length > 0);
  const shares = draft.identity === null ? shareRows(rows) : new Set<string>();
  const { disagreements, compatible, counts, inConflict } = compareRows(rows, draft.identity === null, shares);
  return {
    key: draft.key,
    record: draft.record,
    actor: draft.actor,
    actorKey: draft.identity?.key ?? null,
    side,
    role: draft.identity?.role ?? null,
    category: draft.category,
    scope: draft.scope,
    rows: rows.map((row) => ({ ...row, conflict: inConflict.has(row.source) })),
    conflict: counts.disagreements > 0,
    spread: spreadOf(rows.flatMap((row) => row.claims)),
    disagreements,
    compatible,
    pairs: counts,
    summary: draft.category === null || live.length === 0 ? null : summarise(live, policy, recencyOf(drafts)),
    digest: draft.category === null ? null : digestOf(rows, draft.identity === null, shares),
  };
}

/**
 * A group without one side of people counted (grouped by category, or "people") still holds
 * figures about a side: the row is flagged as its figures' actors make it, the flag most of them
 * give (own side first on a tie: the more common reason to read a count with care).
 */
function partyOfFigures(
  draft: DraftRow, judge: PartyJudge, sideOf: (figure: Figure) => NamedSides, irregular: (figure: Figure) => boolean,
): SourceRow['party'] {
  if (draft.identity.side === null) return null;
  const votes = { own_losses: 0, enemy_losses: 0 };
  const state = draft.identity.kind !== null && STATE_KINDS.has(draft.identity.kind);
  // An armed group of a war the registry lists (its side judged against itself is its own).
  const armedGroup = draft.identity.kind === 'party' && judge(draft.identity.side, draft.identity.side) === 'own_losses';
  for (const claim of draft.claims.values()) {
    for (const figure of claim.figures) {
      // A sentence that names both sides ("an Israeli strike in Gaza") says nothing of whose the dead are.
      // A health ministry's "people" are its own population when the sentence names no one else's.
      const { sides: named, agents } = sideOf(figure);
      // "The army said its troops killed 10 militants": a state's forces count irregulars as the enemy;
      // "destroyed 40 invaders": the people are named as the claimant's enemy.
      // An armed group counts a state's soldiers, police or security forces of no named side as its
      // enemy ("its fighter had killed 40 members of the security forces").
      if ((named.length === 0 && state && irregular(figure)) || namesTheEnemy(figure.actor)
        || (named.length === 0 && armedGroup && isStateForce(figure.actor))) {
        votes.enemy_losses += 1;
        continue;
      }
      const sides = named.length === 0 && countsItsPopulation(draft.identity) ? [draft.identity.side] : named;
      // People of no side harmed by one side named ("killed by Russian shelling") are of its enemy.
      const harmedBy = sides.length === 0 && agents.length === 1 ? judge(draft.identity.side, agents[0]!) : null;
      const flags = new Set(harmedBy !== null ? [harmedBy === 'own_losses' ? 'enemy_losses' as const : 'own_losses' as const]
        : sides.map((side) => judge(draft.identity.side, side)).filter((flag) => flag !== null));
      const [flag] = flags;
      if (flags.size === 1 && flag) votes[flag] += 1;
    }
  }
  if (votes.own_losses === 0 && votes.enemy_losses === 0) return null;
  return votes.own_losses >= votes.enemy_losses ? 'own_losses' : 'enemy_losses';
}

/** Sources that speak for a state (the registry's kinds). */
const STATE_KINDS: ReadonlySet<string> = new Set(['government', 'military', 'ministry', 'intelligence']);

/** A health ministry of a side counts the dead of its own population (its hospitals and morgues), as a
 * health directorate, department or authority a side runs does. */
function countsItsPopulation(identity: DraftRow['identity']): boolean {
  return identity.side !== null && /\bhealth\b/.test(identity.key) && /\b(?:ministry|directorate|department|authority|bureau)\b/.test(identity.key);
}

/** When each row's current estimate was last stated: for a policy that prefers the latest figure. */
function recencyOf(rows: readonly DraftRow[]): Recency {
  return new Map(rows.map((row) => {
    const { current } = splitHistory(inTimeOrder([...row.claims.values()]));
    const day = current.reduce<string | null>((latest, claim) => (claim.lastDay !== null && (latest === null || claim.lastDay > latest) ? claim.lastDay : latest), null);
    return [row.identity.key, { day, seen: Math.max(...current.map((claim) => claim.lastSeen)) }];
  }));
}

function finishRow(draft: DraftRow, party: SourceRow['party']): SourceRow {
  const { identity } = draft;
  const { current, history, withdrawn } = splitHistory(inTimeOrder([...draft.claims.values()]));
  // The row's reports are those of its claims: with no history, all of them, without asking each claim.
  const docs = history.length === 0 ? [...draft.docs] : [...draft.docs].filter((doc) => current.some((claim) => claim.docs.has(doc)));
  return {
    source: identity.key,
    display: identity.display,
    kind: identity.kind,
    side: identity.side,
    claims: current.map((claim) => finishClaim(claim, statusOf(claim, true))),
    history: history.map((claim) => finishClaim(claim, statusOf(claim, false, withdrawn))),
    names: [...draft.names].map(([written, how]) => ({ written, how })),
    reports: docs.length,
    docs,
    outlets: [...draft.outlets.values()],
    conflict: false,
    party,
    parts: finishParts([...draft.parts.values()], (whole) => draft.claims.get(claimKeyOf(draft, whole))?.label ?? String(whole.low ?? whole.high)),
  };
}

/** The key of the row's claim that holds `whole`. */
function claimKeyOf(row: DraftRow, whole: Figure): string {
  for (const [key, claim] of row.claims) if (claim.figures.includes(whole)) return key;
  return '';
}

function finishClaim(draft: DraftClaim, status: Claim['status']): Claim {
  const { category, qualifier, low, high, label, bounds, point, docs, days, figures, kind } = draft;
  // Dated days in order, the undated last.
  const listed = [...docs];
  // Stated on one day (most claims are): that day's reports are the claim's, one list for both.
  const statements = [...days.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([date, stated]) => ({ date, docs: stated === docs ? listed : [...stated] }));
  const events = [...draft.events].sort();
  return { category, qualifier, low, high, label, bounds, point, reports: docs.size, docs: listed, statements, events, status, figures, kind };
}
