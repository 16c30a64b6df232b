// What a figure covers and how it was arrived at, where its sentence says so: a period ("in the
// past 24 hours", "this year", "since 2003"), a running total ("so far", "bringing the toll to"),
// another place ("elsewhere", "nationwide"), another incident ("in a separate attack"), which
// deaths ("excess deaths"), a count or an estimate ("identified", "an estimated"), and an
// uncertainty interval ("412,000 (95% CI 260,000–580,000)"). Pure: figures in, figures out.
import type { EstimateKind, Figure, Scope } from '../../figure.js';
import { PREDICATE_WORDS } from '../vocabulary.js';

const UNIT = String.raw`(hours?|days?|nights?|weeks?|months?|years?)`;
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, 'twenty-four': 24, 'forty-eight': 48,
};
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

interface Found {
  start: number;
  end: number;
  apply: (scope: Scope) => void;
}

/** Each pattern finds a phrase and says what it sets; labels are normalised so that wordings agree. */
// Each pattern comes with a cue: a plain test that any match needs, so that most sentences skip the pattern (speed only).
const UNIT_CUE = /\b(?:hours?|days?|nights?|weeks?|weekend|months?|years?)\b/i;
const PERIODS: readonly [RegExp, (m: RegExpExecArray) => string | null, RegExp][] = [
  // "in the past 24 hours", "over the last three days", "within 48 hours"
  [new RegExp(String.raw`\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:(?:past|last|previous|preceding|first)\s+)?(\d{1,3}|one|two|three|four|five|six|seven|ten|twenty-four|forty-eight)\s+${UNIT}\b`, 'gi'),
    (m) => span(m[1]!, m[2]!), UNIT_CUE],
  // "in the past day", "over the last week", "in a single day", "per day" (of daily losses: DAILY_LOSSES),
  // "during the day", "over the week", "for a week"
  [/\b(?:(?:in|over|during|within) (?:the )?(?:past|last|previous|preceding)|(?:in|over|for|within) (?:a|one|a single)|(?:over|during) the|over|per) (day|night|week|month|year|weekend)\b/gi,
    // Not the "per day" of a rate ("2.1 deaths per 10,000 people per day"): a rate covers no count.
    (m) => (RATE_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)) ? null : span('1', m[1]!)), UNIT_CUE],
  // "weekly deaths had fallen to 9", "the daily death toll": a bulletin's count of one period beside its
  // running total (dossier round 11).
  [/\b(daily|weekly|monthly) (?:death tolls?|deaths|fatalities)\b/gi, (m) => span('1', m[1]!.toLowerCase() === 'daily' ? 'day' : m[1]!.toLowerCase().slice(0, -2)), /daily|weekly|monthly/i],
  // Not "an overnight raid": the time of the event, not a period counted.
  [/(?<!\ban )\b(?:overnight|in 24 hours)\b/gi, (m) => (m[0].toLowerCase() === 'overnight' ? 'overnight' : '24 hours'), /overnight|24 hours/i],
  // "3 deaths had been recorded on Friday", "deaths registered on Monday alone": a bulletin's count of one
  // day, beside its running total (dossier round 8); not "reported on Friday", the day news of a toll came.
  [/\bdeaths? (?:had been|have been|has been|were|was) (?:recorded|registered) on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi, () => '24 hours', /recorded|registered/i],
  // "this year", "last month", "so far this year"
  [/\b(this|last|past) (week|month|year)\b/gi, (m) => `${m[1]!.toLowerCase() === 'this' ? 'this' : 'last'} ${m[2]!.toLowerCase()}`, UNIT_CUE],
  // "the deadliest since 2009, when 37 miners died": the figure of that year's incident, not a running total.
  [/\bsince ((?:19|20)\d\d), when\b/gi, (m) => `in ${m[1]}`, /since/i],
  // "since 2003", "since the start of the war", "since October", "since the beginning of the year"
  // "since March 2003" and "since the 2003 invasion" are "since 2003": one period, however dated.
  // "since the campaign began in November" is "since the start of the campaign" (its start's date read with it),
  // and so is "since the air campaign began" (one word before its kind: "since the Vostranian invasion began in
  // February 2024"); an invasion is its war's start, so "since the invasion" is "since the start of the invasion".
  [new RegExp(String.raw`\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+(?:the\s+|this\s+)?([\p{L}-]+(?:\s+(?:invasion|war|conflict|offensive|fighting|uprising|occupation))?)|((?:19|20)\d\d)(?!, when)|(${MONTHS})(?:\s+((?:19|20)\d\d))?|the\s+(?:[\p{L}-]+\s+)?(war|conflict|invasion|fighting|campaign|occupation|insurgency|offensive|uprising|crackdown)\s+(?:began|started|erupted)(?:\s+(?:in|on)\s+(?:${MONTHS})(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)?|the\s+((?:19|20)\d\d)\s+(?:invasion|war|uprising|revolution|coup|offensive|conflict)|the\s+(?:[\p{L}-]+\s+)?(invasion)(?!\s+(?:of\s+)?(?:19|20)\d\d)|(?:the\s+)?year\s+beginning)\b`, 'giu'),
    // The year so far is one period however it is said: "since the start of the year" is "this year".
    (m) => (m[1]?.toLowerCase() === 'year' || (!m[1] && !m[2] && !m[3] && !m[5] && !m[6] && !m[7]) ? 'this year'
      : `since ${(m[1] ? `the start of the ${m[1]}` : m[2] ?? m[4] ?? m[3] ?? m[6] ?? `the start of the ${m[5] ?? m[7]}`).toLowerCase()}`), /since/i],
  // "since the start of the truce", "since the beginning of the 'harvest' ceasefire" (a name in quotes): the days of a truce so far.
  [/\bsince (?:the )?(?:start|beginning) of (?:the )?(?:["“'][a-z]+(?: [a-z]+)?["”'] )?(?:truce|ceasefire|cease-fire)\b/gi, () => 'since the start of the truce', /since/i],
  // "between March 2003 and June 2006", "from 2014 to 2016": a span of months or years, as written.
  [new RegExp(String.raw`\b(?:between|from)\s+(?:(${MONTHS})\s+)?((?:19|20)\d\d)\s+(?:and|to|until|through)\s+(?:(${MONTHS})\s+)?((?:19|20)\d\d)\b`, 'gi'),
    (m) => `${monthOf(m[1])}${m[2]}–${monthOf(m[3])}${m[4]}`, /\d\d/],
  // "in July and August alone": two months the count is limited to, at the end of a clause.
  [new RegExp(String.raw`\bin (${MONTHS}) and (${MONTHS})(?= *(?:[,.;:)]|alone\b|$))`, 'gi'), (m) => `in ${m[1]!.toLowerCase()} and ${m[2]!.toLowerCase()}`, new RegExp(MONTHS, 'i')],
  // "in 2020." "during 2019 alone", "in May": a year or month the count is limited to, at the end of a
  // clause (not "in 2014 attacks", "in May 2014 the town", the date of an event).
  // Not "the 14 the health authority reported in January": when a figure was stated, not what it covers;
  // nor (dossier round 11) "since the outbreak began in March": when the period it covers began.
  [new RegExp(String.raw`(?<!\b(?:reported|said|announced|stated|published|released|issued|gave|given|began|begun|started|erupted) )\b(?:in|during) ((?:19|20)\d\d|${MONTHS})(?= *(?:[,.;:)]|alone\b|so far\b|$))`, 'gi'), (m) => `in ${m[1]!.toLowerCase()}`, new RegExp(`\\d\\d|${MONTHS}`, 'i')],
];

/**
 * Dossier round 11: "212 people had died, including 14 in the past week": a period right after a part of
 * a total, in the part's own words, is the part's, not the total's (not "31,000 people, including 12,500
 * soldiers, have been killed since 2019": the total's verb and period after the part set off).
 */
function wholeOfPartBefore(figure: Figure, found: Found, figures: readonly Figure[], sentenceStart: number): boolean {
  const ownPart = (part: Figure) => part.partOf !== undefined && part.end - sentenceStart <= found.start
    && !/[,;:()]/.test(figure.sentence.slice(part.end - sentenceStart, found.start));
  // Nor another part set off before it: "38 deaths … had been added to the count, along with 14 new deaths
  // in the past week" (the 38 are of April).
  return figures.some((part) => ownPart(part) && (part.partOf === figure.start
    || (figure.partOf === part.partOf && figure.end <= part.start && /,/.test(figure.sentence.slice(figure.end - sentenceStart, part.start - sentenceStart)))));
}

/** "… per 10,000 people" just before a "per day": the rate's denominator. */
const RATE_BEFORE = /\bper [\d,]+(?: [\p{L}-]+)?\s*$/u;

/**
 * "A heatwave in 2022 killed 1,800", "the deadliest since the 2013 collapse of a factory building that killed 1,100",
 * "Protests in 2019 were put down …; 90 died then": an event of a
 * named year as the subject, so the figures after it are that year's (not "the deadliest since the
 * floods in 2010", which follows its figure).
 */
/** "the deadliest attack since", "the worst flooding in the region since": a superlative the "since" after it compares with. */
const SUPERLATIVE_BEFORE = /\b(?:deadliest|worst|bloodiest|heaviest|biggest|largest|highest|most (?:deadly|lethal|violent|serious))\b(?: [\p{L}-]+){0,4} $/iu;
/** The period phrase of a past year's incident: "since 2009, when". */
const PAST_INCIDENT = /^since\s+(?:19|20)\d\d, when$/i;
const PAST_EVENT = /\b(?:(?:heat ?waves?|cold (?:snaps?|spells?|waves?)|droughts?|landslides?|mudslides?|avalanches?|tsunamis?|eruptions?|wildfires?|derailments?|floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|crush|stampedes?|fires?|blasts?|explosions?|crash|protests?|riots?|attacks?|bombings?|sinking|collapse|outbreak|epidemic|famine|massacre|war) (?:in|of) ((?:19|20)\d\d)|\bsince (?:the|a) ((?:19|20)\d\d) (?:heat ?waves?|cold (?:snaps?|spells?|waves?)|droughts?|landslides?|mudslides?|avalanches?|tsunamis?|eruptions?|wildfires?|derailments?|floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|crush|stampedes?|fires?|blasts?|explosions?|crash|protests?|riots?|attacks?|bombings?|sinking|collapse|outbreak|epidemic|famine|massacre|war))\b/gi;
const PAST_EVENT_CUE = /(?:19|20)\d\d/;
/** "well below the 2019 epidemic, when 310 people died", "the 2010 floods, which killed 1,900": that year's incident, told after it. */
const PAST_EVENT_WHEN = /\bthe ((?:19|20)\d\d) (?:heat ?waves?|droughts?|landslides?|mudslides?|avalanches?|tsunamis?|eruptions?|wildfires?|floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|crush|stampedes?|fires?|blasts?|explosions?|crash|protests?|riots?|attacks?|bombings?|sinking|collapse|outbreak|epidemic|pandemic|famine|massacre|war),? (?:when|which|that|in which)\b/gi;
/**
 * "In the capital alone", "in Sendra alone": a place the count is limited to (not a year or month: periods).
 * Dossier round 10: "40 people from his village alone", "from their district alone": the people of a place.
 */
const PLACE_ALONE = new RegExp(String.raw`\b(in|from) ((?:the |his |her |their |its |our )?(?!(?:19|20)\d\d\b|(?:${MONTHS})\b)[\p{L}-]+(?: [\p{Lu}][\p{L}-]*)?) alone\b`, 'giu');

/** A running total: the same scope as the event's count, marked. */
const CUMULATIVE = /\b(?:so far|to date|in total|in all|overall|cumulative|altogether|(?:bringing|raising) the (?:death )?(?:total|toll|tally|number)|since the (?:start|beginning|outbreak))\b/gi;
const CUMULATIVE_CUE = /so far|to date|in total|in all|overall|cumulative|altogether|bringing|raising|since/i;
/** Places other than the report's own: counted apart. */
// "in the neighbouring state of Moran" too (dossier round 11).
const PLACES = /\b(?:elsewhere|nationwide|(?:across|throughout) the (?:country|region|territory|province|state|strip)|in (?:other|the rest of the) (?:parts|areas|regions|provinces|districts|country|region|territory)|territory-wide|in neighbou?ring \p{Lu}[\p{L}-]+|in the neighbou?ring (?:state|province|district|region|county|country) of \p{Lu}[\p{L}-]+)\b/giu;
/** The kind of area after a place's name: "Lower Sava region", "Kesh state" (left out of the label). */
const AREA_WORDS = String.raw`(?:region|province|district|state|county|governorate|prefecture)`;
/**
 * Dossier round 11: "Most of the deaths were in Lower Sava region, where 131 people had died", "the
 * worst-hit district was Kolo, where 40 died": the place of a share of the event's dead, the count after
 * it (not "earthquakes shook Niigata prefecture, where quakes have killed 30": the event's own place; a
 * share with its place, "16 of them in Varo province", is a part of its total instead: breakdown.ts).
 */
const SHARE_LEAD = /\b(?:(?:most|many|half|majority|bulk|much) of (?:the )?(?:deaths|dead|victims|fatalities)|(?:worst|hardest)[- ]hit)\b[^,;]{0,40}$/i;
const PLACE_WHERE = new RegExp(String.raw`\b(?:in|was|were) ((?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?: ${AREA_WORDS})?, where\b`, 'gu');
const PLACES_CUE = /elsewhere|nationwide|across|throughout|other|rest of|territory-wide|neighbou?ring/i;
/** A count over more than one country (a quake or storm across a border): not one country's count. */
const COUNTRIES = /\b(?:in|across|from|throughout) (?:the (?:two|three|four)|both|all (?:three|four)|several|(?:the )?(?:two|three) neighbou?ring) countries\b/gi;
/** A toll's noun just before a place: "the combined toll in both countries", "the number of dead nationwide". */
const TOLL_BEFORE_PLACE = /\b(?:toll|tally|count|number of (?:dead|deaths|victims|fatalities)|deaths|dead)\s*$/i;
/** The words that may join such a place to the toll's number: "… to more than 8,500", "… stood at 412", "… is now 90". */
const TOLL_LINKS: ReadonlySet<string> = new Set([
  'has', 'had', 'now', 'already', 'so', 'far', 'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'at', 'to', 'of',
  'over', 'more', 'than', 'least', 'about', 'nearly', 'almost',
]);
/** Only such words between a place and the number after it (a short stretch: a clause of its own is no link). */
function linksToll(between: string): boolean {
  const words = between.trim().toLowerCase().split(/\s+/);
  return between.length <= 40 && words.every((word) => TOLL_LINKS.has(word));
}
/** Where shares of one count died: a place only when the sentence splits the count between places. */
const SITES = /\b(?:in (?:the )?hospitals?|at the scene|on the spot|at the site|on the way to (?:the )?hospital)\b/gi;
const SITES_CUE = /hospital|scene|spot|site/i;
/** Another incident named beside the report's own: the whole sentence is about it. */
const INCIDENTS = /\b(?:in|during)\s+(?:a|an)\s+(separate|another|earlier|second|previous|similar)\s+(attack|strike|air ?strike|raid|bombing|blast|explosion|ambush|incident|clash|shelling|assault|shooting|sinking|shipwreck|capsizing|crash|collision|derailment|fire|collapse|landslide|stampede)\b|\bseparately\b/gi;
const INCIDENTS_CUE = /separate|another|earlier|second|previous|similar/i;
/**
 * "… and that a second strike on a market in Tesh had killed 9 people", "Another raid killed 4": another
 * incident as the subject of its clause, told after the report's own count; only the figures after it are its.
 */
const INCIDENT_SUBJECT = /\b(?:(?:a|an)\s+(separate|second|third|similar)|(another))\s+(attack|strike|air ?strike|drone strike|raid|bombing|blast|explosion|ambush|shelling|shooting|sinking|crash|collision|derailment|landslide|stampede)\b/gi;
/**
 * Dossier round 10: "In March 2023, a fire at another detention centre in the country killed 40 migrants", "a blast at
 * another mine": an incident of the kind at another site of the kind, as the subject of its clause; only the
 * figures after it are its.
 */
const INCIDENT_ELSEWHERE = /\b(?:a|an)\s+(attack|strike|air ?strike|drone strike|raid|bombing|blast|explosion|shooting|fire|collapse|stampede|landslide|crash|sinking)\s+(?:at|in|on|near)\s+(?:another|a second|a different|a separate)\b/gi;
const ELSEWHERE_CUE = /another|second|different|separate/i;
/** Not the subject: after a preposition ("after another attack", handled by INCIDENTS after "in"). */
const INCIDENT_NOT_SUBJECT = /\b(?:in|during|of|from|after|before|by|for|like|than)\s*$/i;
/** The incident's own harm, in its clause. */
const INCIDENT_HARM = /^[^.;]{0,80}?\b(?:killed|kills|killing|left|claimed)\b/i;
// "excess deaths", "654,965 excess Iraqi deaths", "151,000 Iraqis died violently"
const DEATHS = /\b(excess|violent)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:deaths|mortality|fatalities)\b|\bdied\s+(violent)ly\b/giu;
const DEATHS_CUE = /excess|violent/i;
// "confirmed that 40 died" states a toll; "confirmed 40 deaths", "identified 14 of the dead" count them,
// and bodies are counted ("20 bodies had arrived at the hospital").
const COUNTED = /\b(?:identified|confirmed(?! that| (?:death )?toll)|named|names of|documented|verified|recorded|registered|counted|recovered|bod(?:y|ies)|remains)\b/i;
/** "17 of the dead had been identified", "41 cholera deaths had been confirmed": counted, said after the number (spaces collapsed). */
const COUNTED_AFTER = /^(?: of the(?: \d[\d,]*)?)?(?: [\p{L}-]+){1,3} (?:had|have|has) been (?:identified|confirmed|named|documented|verified|recovered)\b/iu;
const ESTIMATED = /\b(?:estimated?|estimates?|projected|modell?ed|extrapolated|survey|surveys)\b/i;
/**
 * "(95% CI 260,000–580,000)", "(uncertainty interval 1,200 to 3,400)" right after the number, or at the
 * end of its clause ("24 people were killed in the Ketra strike (95% CI 17-33)") (spaces collapsed).
 */
const INTERVAL = /^(?: [\p{L}'’-]+){0,8} ?[(,;] ?(?:\d{2} ?(?:%|per ?cent) )?(?:CI|UI|confidence interval|credible interval|uncertainty interval|uncertainty range|range) ?[:,]? ?(\d[\d,]*) ?(?:–|—|-|to) ?(\d[\d,]*)/iu;

/** "12 deaths per 10,000", "3 per thousand": a rate, not a count of people (spaces collapsed). */
const RATE = /^(?: [\p{L}-]+){0,2} per (?:\d|capita\b|head\b|hundred\b|thousand\b|million\b|100\b)/iu;

/**
 * "12 deaths a day", "20 people per day", "300 civilians each week", "40 die per day": a rate over a
 * period, not a count of people (spaces collapsed). Not a day named beside a count: "killed a day
 * after the blast", "41 a day earlier", "a day's fighting", "in a day", "in a single week".
 */
const PER_PERIOD = /^(?: [\p{L}-]+){0,3}(?<!\b(?:in|within|for|over|during|on|of|than|just|only|single|after|by|about|nearly)) (a|an|per|each|every) (?:day|night|week|month|year|hour)\b(?![-'’]| (?:after|before|earlier|later|ago|of|and|or|since|into|when|in which)\b)/iu;
const PER_PERIOD_CUE = /\b(?:a|an|per|each|every) (?:day|night|week|month|year|hour)\b/i;

/**
 * "Losses of the X per day amounted to 40 people", "X lost up to 500 servicemen per day": a side's
 * daily losses report (as translated from Russian and Ukrainian, "за сутки"): the past day's count, not
 * a rate (UCDP codes each as one day's event). Only with "per"; "40 a day" stays a rate.
 */
const DAILY_LOSSES = /\blos(?:t|ses)\b/i;
/** "losses averaged 20 a day", "at a rate of 30 per day": a rate however the losses are worded. */
const AVERAGED = /\baverag|\brate\b/i;

/** "3 per 1,000 deaths", "a rate of 5 per 100,000": the number after "per" counts no one (spaces collapsed). */
const DENOMINATOR = /\bper ?$/i;

/** "three bodies had been counted twice", "12 deaths were double-counted": an error in a count, not a toll (spaces collapsed). */
const COUNTED_TWICE = /^(?: [\p{L}-]+){0,4} (?:counted|listed|recorded|registered) twice\b|^(?: [\p{L}-]+){0,4} double[- ]counted\b/iu;

/** "three deaths reported by the province were not caused by the storm", "two residents had died of other causes",
 * "2 deaths previously attributed to the syrups had been caused by other illnesses" (dossier round 9), "of illnesses unrelated to the fire", "of unrelated illnesses", "of natural causes": deaths set apart from the toll, not a toll (spaces collapsed). */
const NOT_OF_THE_EVENT = /^[^.;,]{0,50}?\b(?:were|was) not (?:caused by|related to|linked to|due to)\b|^[^.;,]{0,50}?\b(?:were|was) unrelated to\b|^[^.;,]{0,50}?\b(?:died|deaths?(?: were| was)?) (?:of|from) (?:other|unrelated|natural) (?:causes|illness(?:es)?|diseases?|conditions)\b|^[^.;,]{0,50}?\b(?:died|deaths?(?: were| was)?) (?:of|from) (?:[\p{L}-]+ ){1,2}unrelated to\b/iu;

/**
 * "2 deaths previously attributed to the syrups had been caused by other illnesses", "3 of them were due to
 * natural causes": deaths of the figure's own subject put down to another cause (dossier round 9) (spaces
 * collapsed). No other number and no "and" between.
 */
const CAUSED_OTHERWISE = /^(?: (?!and\b)[\p{L}'’-]+){0,10} (?:were|was|had been|have been|has been) (?:caused by|due to|attributed to) (?:other|unrelated|natural) (?:causes|illness(?:es)?|diseases?|conditions)\b/iu;

/**
 * "after 23 people who had been reported missing were found alive", "3 climbers were rescued safe": people
 * found unharmed, no count of the harmed (dossier round 9) (spaces collapsed). Only the figure's own
 * subject: no other number and no "and" between.
 */
const FOUND_ALIVE = /^(?: (?!and\b)[\p{L}'’-]+){0,8} (?:were|was|have been|had been|has been) (?:found|rescued|located|traced|pulled out|brought out) (?:alive|safe|safely|unharmed)\b(?! with\b)/iu;

/** "two more than the airline's figure", "eight more than the official toll": a difference between counts, not a count (spaces collapsed). */
const DIFFERENCE = /^ (?:more|fewer|less|higher|lower) than (?:the |its |their |his |her )?(?:[\p{L}-]+['’]s? )?(?:[\p{L}-]+ ){0,2}(?:toll|figure|count|tally|list|number|total|estimate)\b/iu;

/**
 * "said 35 supporters had died and suspended all league matches for two weeks": after the figure, its
 * speaker's next act ("and" a past verb of no harm with its object) has the period, not the count.
 */
const ANOTHER_ACT = /\band (?:also |then |later )?(\p{Ll}+ed) (?:all|the|a|an|its|their|his|her|every)\b/u;

function ofAnotherAct(between: string): boolean {
  const act = ANOTHER_ACT.exec(between);
  return act !== null && !PREDICATE_WORDS.has(act[1]!);
}

/** Sets scope, kind and interval where the figure's sentence gives them, and drops rates; other fields stay. */
export function refineScope(text: string, figures: readonly Figure[]): Figure[] {
  const bySentence = new Map<number, Figure[]>();
  const counts = figures.filter((figure) => {
    const after = text.slice(figure.end, figure.end + 40);
    if (/twice|double/i.test(after) && COUNTED_TWICE.test(after.replace(/\s+/g, ' '))) return false;
    const clause = text.slice(figure.end, figure.end + 70);
    if (/not|unrelated|causes/i.test(clause) && NOT_OF_THE_EVENT.test(clause.replace(/\s+/g, ' '))) return false;
    const wider = text.slice(figure.end, figure.end + 90);
    if (/caused|due|attributed/i.test(wider) && CAUSED_OTHERWISE.test(wider.replace(/\s+/g, ' '))) return false;
    if (/alive|safe|unharmed/i.test(clause) && FOUND_ALIVE.test(clause.replace(/\s+/g, ' '))) return false;
    if (/than/i.test(after) && DIFFERENCE.test(after.replace(/\s+/g, ' '))) return false;
    if (DENOMINATOR.test(text.slice(Math.max(0, figure.start - 5), figure.start))) return false;
    const perPeriod = PER_PERIOD_CUE.test(clause) ? PER_PERIOD.exec(clause.replace(/\s+/g, ' ')) : null;
    if (perPeriod && !(perPeriod[1]!.toLowerCase() === 'per' && DAILY_LOSSES.test(figure.sentence) && !AVERAGED.test(figure.sentence))) return false;
    return !/per/i.test(after) || !RATE.test(after.replace(/\s+/g, ' '));
  });
  const refined = counts.map((figure) => ({ ...figure }));
  for (const figure of refined) {
    const at = text.lastIndexOf(figure.sentence, figure.start);
    const key = at === -1 ? figure.start : at;
    const inSentence = bySentence.get(key);
    if (inSentence) inSentence.push(figure);
    else bySentence.set(key, [figure]);
  }
  for (const [start, inSentence] of bySentence) refineSentence(text, start, inSentence);
  return refined;
}

function refineSentence(text: string, sentenceStart: number, figures: Figure[]): void {
  const sentence = figures[0]!.sentence;
  const scopes = new Map<Figure, Scope>(figures.map((figure) => [figure, {}]));
  const nearest = (found: Found) => figures.reduce((a, b) => (distance(b, found, sentenceStart) < distance(a, found, sentenceStart) ? b : a));
  // A period or place phrase after a number qualifies that number ("23 died in the past 24 hours,
  // bringing the toll to 5,400"); one before every number qualifies the first ("Over the past day, 36 …").
  // "46 had died since the start of the year, 9 of them in the past week": a part after the phrase is
  // of the total before it, whose period it is.
  const sinceOf = (found: Found) => {
    const figure = nearest(found);
    const whole = preceding(found);
    return figure.partOf !== undefined && figure.partOf === whole.start && figure.start - sentenceStart >= found.end ? whole : figure;
  };
  const preceding = (found: Found) => figures.filter((figure) => figure.end - sentenceStart <= found.start).at(-1) ?? nearest(found);


  const cumulative = matches(sentence, CUMULATIVE, CUMULATIVE_CUE, () => (scope) => { scope.cumulative = true; });
  for (const found of cumulative) found.apply(scopes.get(sinceOf(found))!);

  // Patterns overlap ("over past week" is also "past week"): a phrase is read once, by the first pattern.
  const phrases = withoutOverlaps(PERIODS.flatMap(([pattern, label, cue]) => matches(sentence, pattern, cue, (m) => {
    const value = label(m);
    return value === null ? null : (scope: Scope) => { scope.period ??= value; };
  }))).filter((found) => !ofAnotherAct(sentence.slice(Math.max(0, preceding(found).end - sentenceStart), found.start)));
  // "since January" belongs to the running total it stands by ("bringing the toll since January to 412").
  // "…, the deadliest since 2017, when cholera killed 280": that year's incident is told after the
  // phrase; the toll before it ("has killed 63, making it the deadliest") is the event's own.
  const pastIncident = (found: Found) => PAST_INCIDENT.test(sentence.slice(found.start, found.end));
  // "killed 40 people, the deadliest attack since the invasion": a comparison, no period of the 40.
  const compared = (found: Found) => !pastIncident(found) && /^since\b/i.test(sentence.slice(found.start))
    && SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, found.start - 40), found.start));
  const periods = phrases.filter((found) => !compared(found));
  for (const found of periods) {
    if (pastIncident(found)) {
      for (const [figure, scope] of scopes) if (figure.start - sentenceStart >= found.end) found.apply(scope);
      continue;
    }
    const figure = /^since\b/i.test(sentence.slice(found.start)) ? sinceOf(found) : preceding(found);
    // Dossier round 10: "the death toll had risen to 8, not counting the shooter, after a student died
    // overnight": the period of a clause of when another died, after a toll risen to its figure.
    if (risenTo(text, figure, sentenceStart) && subordinateClause(sentence, figure, found, sentenceStart) !== -1) continue;
    found.apply(scopes.get(figure)!);
  }
  // One period in a sentence covers its other figures too ("2 killed, 26 wounded in the past day"),
  // except a running total beside it ("23 died in 24 hours, bringing the toll to 5,400").
  // Nor a toll the sentence says has risen to its figure ("the toll had risen to 26 after two more
  // died overnight": overnight is when the two died).
  // Nor a figure of another reported clause ("41 were being treated there and that 6 of them had died
  // overnight": overnight is when the 6 died, not the 41 treated).
  const spans = periods.filter((found) => !pastIncident(found));
  if (spans.length > 0 && new Set(spans.map((found) => labelOf(found))).size === 1) {
    for (const [figure, scope] of scopes) {
      if (scope.cumulative || risenTo(text, figure, sentenceStart) || anotherClause(sentence, figure, spans[0]!, sentenceStart)
        || ofSubordinateFigure(sentence, figure, spans[0]!, figures, sentenceStart) || wholeOfPartBefore(figure, spans[0]!, figures, sentenceStart)) continue;
      spans[0]!.apply(scope);
    }
  }

  const pastEvents = [
    ...matches(sentence, PAST_EVENT, PAST_EVENT_CUE, (m) => (scope) => { scope.period ??= `in ${m[1] ?? m[2]}`; }),
    ...matches(sentence, PAST_EVENT_WHEN, PAST_EVENT_CUE, (m) => (scope) => { scope.period ??= `in ${m[1]}`; }),
  ];
  for (const found of pastEvents) {
    for (const [figure, scope] of scopes) if (figure.start - sentenceStart >= found.end) found.apply(scope);
  }
  // A place after a toll's noun is the place of the toll's own number, after it: "23 died on Monday, bringing the
  // combined toll in both countries to more than 8,500"; any other place qualifies the number before it.
  const placed = (found: Found) => {
    const next = figures.find((figure) => figure.start - sentenceStart >= found.end);
    return next !== undefined && TOLL_BEFORE_PLACE.test(sentence.slice(Math.max(0, found.start - 40), found.start))
      && linksToll(sentence.slice(found.end, next.start - sentenceStart)) ? next : preceding(found);
  };
  const places = [
    ...matches(sentence, PLACE_ALONE, /alone/i, (m) => (scope) => { scope.place ??= `${m[1]!.toLowerCase()} ${m[2]!.replace(/^The /, 'the ')}`; }),
    // "in neighboring Syria" and "in neighbouring Syria" are one place.
    ...matches(sentence, PLACES, PLACES_CUE, (m) => (scope) => { scope.place ??= m[0].toLowerCase().replace('neighboring', 'neighbouring'); }),
    // "the combined toll in the two countries", "across both countries": one label for every wording.
    ...matches(sentence, COUNTRIES, /countries/i, () => (scope) => { scope.place ??= 'across countries'; }),
  ];
  for (const found of places) found.apply(scopes.get(placed(found))!);
  const shareWhere = (m: RegExpExecArray) => (SHARE_LEAD.test(m.input.slice(Math.max(0, m.index - 60), m.index))
    ? (scope: Scope) => { scope.place ??= `in ${m[1]!.replace(/^The /, 'the ')}`; } : null);
  for (const found of matches(sentence, PLACE_WHERE, /where/, shareWhere)) {
    const next = figures.find((figure) => figure.start - sentenceStart >= found.end);
    if (next) found.apply(scopes.get(next)!);
  }
  const sites = matches(sentence, SITES, SITES_CUE, (m) => (scope) => { scope.place ??= m[0].toLowerCase(); });
  if (sites.length >= 2) for (const found of sites) found.apply(scopes.get(preceding(found))!);

  const incident = matches(sentence, INCIDENTS, INCIDENTS_CUE, (m) => (scope) => { scope.incident ??= m[1] ? `${m[1]} ${m[2]}`.toLowerCase() : 'separate incident'; });
  if (incident.length > 0) for (const scope of scopes.values()) incident[0]!.apply(scope);
  const subjects = matches(sentence, INCIDENT_SUBJECT, INCIDENTS_CUE, (m) => {
    if (INCIDENT_NOT_SUBJECT.test(m.input.slice(Math.max(0, m.index - 12), m.index)) || !INCIDENT_HARM.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 100))) return null;
    return (scope) => { scope.incident ??= `${(m[1] ?? m[2])!} ${m[3]!}`.toLowerCase(); };
  });
  const elsewhere = matches(sentence, INCIDENT_ELSEWHERE, ELSEWHERE_CUE, (m) => {
    if (INCIDENT_NOT_SUBJECT.test(m.input.slice(Math.max(0, m.index - 12), m.index)) || !INCIDENT_HARM.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 100))) return null;
    return (scope) => { scope.incident ??= `another ${m[1]!}`.toLowerCase(); };
  });
  for (const found of [...subjects, ...elsewhere]) {
    for (const [figure, scope] of scopes) if (figure.start - sentenceStart >= found.end) found.apply(scope);
  }

  for (const found of matches(sentence, DEATHS, DEATHS_CUE, (m) => (scope) => { scope.deaths ??= (m[1] ?? m[2]!).toLowerCase() as Scope['deaths']; })) {
    const figure = nearest(found);
    // "put excess mortality during the heatwave at 3,400 deaths": farther, within the clause.
    const between = sentence.slice(Math.min(found.end, figure.end - sentenceStart), Math.max(found.start, figure.start - sentenceStart));
    if (distance(figure, found, sentenceStart) <= 20 || (between.length <= 60 && !/[,;]/.test(between))) found.apply(scopes.get(figure)!);
  }

  for (const figure of figures) {
    const scope = scopes.get(figure)!;
    if (Object.keys(scope).length > 0) figure.scope = scope;
    const kind = kindOf(text, figure, sentenceStart);
    if (kind) figure.kind = kind;
    const after = text.slice(figure.end, figure.end + 80);
    const interval = /ci|ui|interval|uncertainty|range/i.test(after) ? INTERVAL.exec(after.replace(/\s+/g, ' ')) : null;
    if (interval) {
      const [low, high] = [interval[1]!, interval[2]!].map((n) => Number(n.replaceAll(',', '')));
      if (low! <= high! && Number.isSafeInteger(high)) {
        figure.interval = { low: low!, high: high! };
        figure.kind = 'estimated';
      }
    }
  }
  // "received 23 bodies, including those of four attackers": a share of a count is counted too.
  // "treated 17 people with gunshot wounds, 2 of whom later died": the dead among the wounded are some
  // of the dead, a floor (dossier round 8).
  for (const figure of figures) {
    if (figure.partOf === undefined || figure.kind !== undefined) continue;
    const whole = figures.find((other) => other.start === figure.partOf);
    if (whole?.kind === 'counted' || (figure.category === 'killed' && whole?.category === 'wounded')) figure.kind = 'counted';
  }
  for (const figure of figures) {
    if (figure.category !== 'killed' || figure.kind !== undefined) continue;
    const after = text.slice(figure.end, figure.end + 40);
    if (!OF_WHOM_DIED.test(after.replace(/\s+/g, ' '))) continue;
    if (figures.some((other) => other.category === 'wounded' && other.end <= figure.start)) figure.kind = 'counted';
  }
}

/** "five of its fighters were among those killed", "among the hostages killed": some of the dead, of a total not given — a floor. */
const AMONG_THE_DEAD = /\b(?:were|was) among (?:those|the)(?: [\p{L}-]+)? (?:killed|dead|victims)\b/iu;
/** "11 of the wounded were in a serious condition": some of the wounded, of a total not given — a floor
 * (not "6 of the dead were children", a breakdown of a known toll). */
const OF_THE_WOUNDED = /^ of (?:the|those) (?:wounded|injured|hurt)\b/i;
const AMONG_REACH = 50;
/** "had treated 17", "were treating about 40", "admitted 12": a hospital's count of the wounded in its care. */
const TREATED_BEFORE = /\b(?:treated|treating|admitted|admitting)\s+(?:about\s+|more than\s+|at least\s+|some\s+|nearly\s+)?$/i;
/** "17 people with gunshot wounds, 2 of whom later died": some of the wounded counted before, now dead (spaces collapsed). */
const OF_WHOM_DIED = /^ of (?:whom|them) (?:later |since |subsequently |have |has |had )?(?:died|succumbed)\b/i;
/** "2 of its missing sailors", "three of the missing": some of the missing, found dead (spaces collapsed). */
const OF_THE_MISSING = /^ of (?:the|those|its|their) (?:[\p{L}-]+ )?missing\b/iu;
/**
 * "41 people with severe burns were being treated there", "19 remained in critical condition", "12 were
 * admitted": the wounded a hospital has in its care, or those still in danger — counted, some of the
 * wounded (spaces collapsed).
 */
const WOUNDED_IN_CARE = /^(?: [\p{L}-]+){0,5} (?:(?:were|are|was|is|had been|have been|has been)(?: being)? (?:treated|admitted|hospitali[sz]ed)|(?:remain(?:ed|s)?|were|are|was|is) (?:still )?in (?:a )?(?:critical|serious|stable|grave) condition)\b/iu;
/** A toll's own words before its number: "raised the toll to", "updated the death toll to", "the death toll stood at". */
// "the number of monsoon deaths in the state had risen to 104 after 8 more bodies were pulled": a rise
// to the number, its toll said further back (dossier round 11).
const TOLL_BEFORE = /\b(?:toll|total|tally)\b[^,;]{0,20}$|\b(?:risen|rose|climbed|increased|jumped|reached)\s+to\s+$/i;
/** "after", "as", "when", "following": what raised a toll, after its number. */
const RAISED_BY = /\b(?:after|as|when|following)\b/i;
/** "Among the dead were 32 Brazilians, 21 Germans and nine Canadians": some of the dead, listed before a total not given. */
const AMONG_THE_DEAD_BEFORE = /\bamong (?:the|those) (?:dead|killed|victims)(?: [\p{L}-]+){0,2} (?:were|was|are|is)\b/iu;

/** Counted or estimated, from the words of the figure's own clause (a few words either side). */
function kindOf(text: string, figure: Figure, sentenceStart: number): EstimateKind | undefined {
  const from = Math.max(sentenceStart, figure.start - 30);
  // The figure's own clause: "lowered its count to 26, saying three bodies had been counted twice"
  // does not count 26's dead.
  const before = text.slice(from, figure.start);
  const after = text.slice(figure.end, figure.end + 30);
  // "3 people were confirmed dead and 54 were missing": the count of the dead before "and" is not the
  // missing's (they are missing because no one has found them).
  const own = figure.category === 'missing' && /\band\s*$/i.test(before) ? '' : before.slice(lastBreak(before));
  // "raised the toll to 13 after the bodies of the 2 missing porters were recovered": what raised the toll
  // was counted, not the toll (dossier round 9).
  const ownAfter = after.slice(0, firstBreak(after));
  const raisedBy = TOLL_BEFORE.test(own) ? RAISED_BY.exec(ownAfter) : null;
  const around = `${own} ${figure.quote} ${raisedBy ? ownAfter.slice(0, raisedBy.index) : ownAfter}`;
  if (ESTIMATED.test(around)) return 'estimated';
  if (COUNTED.test(around)) return 'counted';
  const clauseAfter = text.slice(figure.end, figure.end + 60);
  if (/been/i.test(clauseAfter) && COUNTED_AFTER.test(clauseAfter.slice(0, firstBreak(clauseAfter)).replace(/\s+/g, ' '))) return 'counted';
  if (amongTheDeadBefore(text.slice(Math.max(sentenceStart, figure.start - 120), figure.start))) return 'counted';
  const further = text.slice(figure.end, figure.end + AMONG_REACH);
  const among = AMONG_THE_DEAD.exec(further);
  if (among && !/\d/.test(further.slice(0, among.index))) return 'counted';
  // Some of those missing or wounded before, now dead: "2 of its missing sailors had been found dead" —
  // a floor, no revision of the toll.
  if (figure.category === 'killed' && OF_THE_MISSING.test(further.replace(/\s+/g, ' '))) return 'counted';
  // Only some of the wounded: "two of the wounded died" are dead, not a part of the wounded.
  if (figure.category === 'wounded' && OF_THE_WOUNDED.test(further.replace(/\s+/g, ' '))) return 'counted';
  // The wounded a hospital has in its care, or those still in danger: a count of the people it sees.
  if (figure.category === 'wounded' && /treat|admit|hospitali|condition/i.test(clauseAfter) && WOUNDED_IN_CARE.test(clauseAfter.replace(/\s+/g, ' '))) return 'counted';
  // "said it had treated 17 people with gunshot wounds", "was treating 40": the verb before the count.
  if (figure.category === 'wounded' && TREATED_BEFORE.test(own)) return 'counted';
  return undefined;
}

/** "Among the dead were 32 Brazilians, 21 Germans and …" before the figure, with no clause break since. */
function amongTheDeadBefore(before: string): boolean {
  if (!/among/i.test(before)) return false;
  const found = AMONG_THE_DEAD_BEFORE.exec(before);
  return found !== null && !/[.;]/.test(before.slice(found.index + found[0].length));
}

/** "the toll had risen to 26", "climbed to 40", "had reached 44": a running total reached, before a phrase of when others died. */
const RISEN_TO = /\b(?:(?:risen|rose|climbed|reached|increased)\s+to|reached)\s+(?:at least\s+|about\s+|more than\s+)?$/i;

/** "… and that …": a second reported clause, between a figure and a period phrase (not ";", which a headline's period spans: "in past day; one soldier killed, one wounded"). */
const ANOTHER_CLAUSE = /\band that\b/i;

function anotherClause(sentence: string, figure: Figure, found: Found, sentenceStart: number): boolean {
  const start = figure.start - sentenceStart;
  const between = found.end <= start ? sentence.slice(found.end, start) : sentence.slice(figure.end - sentenceStart, found.start);
  return ANOTHER_CLAUSE.test(between);
}

/** "after", "when", "as": a clause of how or when others were harmed, told after the figure. */
const SUBORDINATOR = /\b(?:after|when|as)\b/i;

/**
 * Where the clause that "after", "when" or "as" opens between a figure and a phrase told after it starts
 * (just past the subordinator), or -1 when none stands between them.
 */
function subordinateClause(sentence: string, figure: Figure, found: Found, sentenceStart: number): number {
  const end = figure.end - sentenceStart;
  if (found.start < end) return -1;
  const subordinator = SUBORDINATOR.exec(sentence.slice(end, found.start));
  return subordinator ? end + subordinator.index + subordinator[0].length : -1;
}

/**
 * Whether a period told after a figure belongs to another figure of a clause of its own between them:
 * "52 people had died after two of the wounded died in hospital overnight" (overnight is when the two
 * died). Not "3 killed and 12 wounded when a bus overturned overnight": no figure follows the "when".
 */
function ofSubordinateFigure(sentence: string, figure: Figure, found: Found, figures: readonly Figure[], sentenceStart: number): boolean {
  const from = subordinateClause(sentence, figure, found, sentenceStart);
  return from !== -1 && figures.some((other) => other !== figure && other.start - sentenceStart >= from && other.end - sentenceStart <= found.start);
}

function risenTo(text: string, figure: Figure, sentenceStart: number): boolean {
  return RISEN_TO.test(text.slice(Math.max(sentenceStart, figure.start - 40), figure.start));
}

/** Where a clause break (";", ", ") last starts in `text`, else 0; and where one first starts, else its length. */
function lastBreak(text: string): number {
  return Math.max(text.lastIndexOf(', ') + 2, text.lastIndexOf('; ') + 2, 0);
}

function firstBreak(text: string): number {
  const at = [text.indexOf(', '), text.indexOf('; ')].filter((i) => i >= 0);
  return at.length === 0 ? text.length : Math.min(...at);
}

function matches(sentence: string, pattern: RegExp, cue: RegExp, make: (m: RegExpExecArray) => ((scope: Scope) => void) | null): Found[] {
  const found: Found[] = [];
  if (!cue.test(sentence)) return found;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const apply = make(m);
    if (apply) found.push({ start: m.index, end: m.index + m[0].length, apply });
  }
  return found;
}

/** The found phrases, each dropped that overlaps one found before it. */
function withoutOverlaps(found: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const phrase of found) if (!kept.some((other) => phrase.start < other.end && other.start < phrase.end)) kept.push(phrase);
  return kept;
}

/** Characters between a phrase and a figure of the sentence (offsets relative to the sentence). */
function distance(figure: Figure, found: Found, sentenceStart: number): number {
  const start = figure.start - sentenceStart;
  const end = figure.end - sentenceStart;
  if (found.end <= start) return start - found.end;
  if (found.start >= end) return found.start - end;
  return 0;
}

/** The period a found phrase sets, to tell whether a sentence names one period or several. */
function labelOf(found: Found): string | undefined {
  const scope: Scope = {};
  found.apply(scope);
  return scope.period;
}

/** "march " before a year, or nothing. */
function monthOf(month: string | undefined): string {
  return month ? `${month.toLowerCase()} ` : '';
}

/** "24 hours", "3 days", "1 week": a day is 24 hours, so that "in the past day" and "in 24 hours" agree. */
function span(count: string, unit: string): string {
  const n = /^\d+$/.test(count) ? Number(count) : (SMALL_NUMBERS[count.toLowerCase()] ?? 1);
  const singular = unit.toLowerCase().replace(/s$/, '');
  if (singular === 'day' && n === 1) return '24 hours';
  if (singular === 'hour' && n === 48) return '2 days';
  if (singular === 'night') return n === 1 ? 'overnight' : `${n} nights`;
  return `${n} ${singular}${n === 1 ? '' : 's'}`;
}
