// Shared vocabulary for the extraction rules: every word list lives here once, in lower case.
// Conventions follow ../shared/eval/GUIDELINE.md (qualifiers, vague quantities, categories).
import type { Category, Qualifier } from '../figure.js';

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** Multipliers after a number: "1.5 million", "eleven thousand", "3 mln", "11k", "2 lakh", "1.2 crore". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['k', 1_000], ['million', 1_000_000], ['mln', 1_000_000], ['m', 1_000_000],
  ['mn', 1_000_000], ['billion', 1_000_000_000], ['bln', 1_000_000_000], ['bn', 1_000_000_000],
  ['lakh', 100_000], ['lakhs', 100_000], ['lac', 100_000], ['lacs', 100_000], ['crore', 10_000_000], ['crores', 10_000_000],
]);
/** Scale words that may be glued to digits: "11k", "1.2m", "5bn". */
export const GLUED_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'mln', 'bn', 'bln']);

export interface VagueQuantity {
  words: readonly string[];
  low: number;
  high: number;
  qualifier: Qualifier;
  /** "several", "a few": a following scale word multiplies both ends ("a few hundred" is 200 to 500). */
  multiplier?: boolean;
}
/**
 * The guideline's fixed table. Longest phrases first so "tens of thousands" wins over "thousands".
 * "several hundred" (300/900) and "several thousand" (3,000/9,000) are "several" times the scale word.
 */
export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { words: ['hundreds', 'of', 'thousands'], low: 200_000, high: 999_999, qualifier: 'vague' },
  { words: ['tens', 'of', 'thousands'], low: 20_000, high: 99_999, qualifier: 'vague' },
  { words: ['half', 'a', 'dozen'], low: 6, high: 6, qualifier: 'exact' },
  { words: ['a', 'handful'], low: 2, high: 5, qualifier: 'vague', multiplier: true },
  { words: ['a', 'few'], low: 2, high: 5, qualifier: 'vague', multiplier: true },
  { words: ['a', 'dozen'], low: 12, high: 12, qualifier: 'exact' },
  { words: ['dozens'], low: 24, high: 99, qualifier: 'vague' },
  { words: ['scores'], low: 40, high: 99, qualifier: 'vague' },
  { words: ['hundreds'], low: 200, high: 999, qualifier: 'vague' },
  { words: ['thousands'], low: 2_000, high: 9_999, qualifier: 'vague' },
  { words: ['millions'], low: 2_000_000, high: 9_999_999, qualifier: 'vague' },
  { words: ['several'], low: 3, high: 9, qualifier: 'vague', multiplier: true },
];

export interface QualifierPhrase {
  words: readonly string[];
  qualifier: Qualifier;
}
/** Words before a number that turn it into an interval. Longest first. */
export const QUALIFIER_PHRASES: readonly QualifierPhrase[] = [
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['in', 'excess', 'of'], qualifier: 'at_least' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  { words: ['as', 'high', 'as'], qualifier: 'at_most' },
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['more', 'than'], qualifier: 'at_least' },
  { words: ['upwards', 'of'], qualifier: 'at_least' },
  { words: ['well', 'over'], qualifier: 'at_least' },
  { words: ['just', 'over'], qualifier: 'at_least' },
  { words: ['up', 'to'], qualifier: 'at_most' },
  { words: ['fewer', 'than'], qualifier: 'at_most' },
  { words: ['less', 'than'], qualifier: 'at_most' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['an', 'estimated'], qualifier: 'approx' },
  { words: ['approx', '.'], qualifier: 'approx' },
  { words: ['ca', '.'], qualifier: 'approx' },
  { words: ['c', '.'], qualifier: 'approx' },
  { words: ['close', 'to'], qualifier: 'approx' },
  { words: ['near', 'to'], qualifier: 'approx' },
  { words: ['over'], qualifier: 'at_least' },
  { words: ['above'], qualifier: 'at_least' },
  { words: ['exceeding'], qualifier: 'at_least' },
  { words: ['tops'], qualifier: 'at_least' },
  { words: ['topped'], qualifier: 'at_least' },
  { words: ['upto'], qualifier: 'at_most' },
  { words: ['about'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['approx'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['some'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx' },
  { words: ['nearly'], qualifier: 'approx' },
  { words: ['almost'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
  { words: ['~'], qualifier: 'approx' },
  { words: ['≈'], qualifier: 'approx' },
];

// ---- Category words -------------------------------------------------------------------------

/** Verbs whose object is the counted people: "killing 23 people", "abducted six students". */
export const TRANSITIVE_VERBS: ReadonlyMap<string, Category> = new Map([
  ...['kill', 'kills', 'killed', 'killing', 'murder', 'murders', 'murdered', 'murdering', 'massacred', 'massacring',
    'slaughtered', 'slaughtering', 'executed', 'executing', 'lost', 'losing'].map((w) => [w, 'killed'] as const),
  ...['wound', 'wounds', 'wounded', 'wounding', 'injure', 'injures', 'injured', 'injuring', 'hurt', 'hurts',
    'hurting', 'maimed', 'maiming'].map((w) => [w, 'wounded'] as const),
  ...['capture', 'captures', 'captured', 'capturing', 'abduct', 'abducts', 'abducted', 'abducting', 'kidnap',
    'kidnaps', 'kidnapped', 'kidnapping', 'seized', 'seizing', 'seize', 'seizes'].map((w) => [w, 'captured'] as const),
]);

/** Words after the counted people that say what happened to them: "two people were killed". */
export const PREDICATE_WORDS: ReadonlyMap<string, Category> = new Map([
  ...['killed', 'dead', 'died', 'die', 'dies', 'dying', 'perished', 'slain', 'deaths', 'death', 'fatalities',
    'bodies', 'murdered', 'executed', 'drowned', 'massacred', 'buried', 'martyred'].map((w) => [w, 'killed'] as const),
  ...['wounded', 'injured', 'hurt', 'injuries', 'wounds', 'hospitalized', 'hospitalised', 'maimed'].map(
    (w) => [w, 'wounded'] as const),
  ...['casualties'].map((w) => [w, 'casualties'] as const),
  // Plain "prisoners" are often convicts; prisoners of war are matched as a phrase.
  ...['captured', 'kidnapped', 'abducted', 'seized', 'hostages', 'hostage', 'captive', 'captives', 'pows', 'pow',
    'surrendered'].map((w) => [w, 'captured'] as const),
  ...['missing', 'unaccounted'].map((w) => [w, 'missing'] as const),
]);

/** Multi-word predicates, checked before single words. */
export const PREDICATE_PHRASES: readonly { words: readonly string[]; category: Category }[] = [
  { words: ['lost', 'their', 'lives'], category: 'killed' },
  { words: ['lost', 'his', 'life'], category: 'killed' },
  { words: ['lost', 'her', 'life'], category: 'killed' },
  { words: ['to', 'their', 'deaths'], category: 'killed' },
  { words: ['to', 'death'], category: 'killed' },
  { words: ['taken', 'prisoner'], category: 'captured' },
  { words: ['taken', 'captive'], category: 'captured' },
  { words: ['held', 'hostage'], category: 'captured' },
  { words: ['held', 'captive'], category: 'captured' },
  { words: ['holding', 'hostage'], category: 'captured' },
  { words: ['taken', 'hostage'], category: 'captured' },
  { words: ['taken', 'away'], category: 'captured' },
  { words: ['prisoners', 'of', 'war'], category: 'captured' },
  { words: ['missing', 'in', 'action'], category: 'missing' },
  { words: ['admitted', 'to', 'hospital'], category: 'wounded' },
  { words: ['suffered', 'wounds'], category: 'wounded' },
  { words: ['suffered', 'injuries'], category: 'wounded' },
  { words: ['on', 'the', 'missing', 'list'], category: 'missing' },
];

/** Verbs that only count as "to death" predicates after a way of killing: not "sentenced to death". */
export const TO_DEATH_VERBS: ReadonlySet<string> = new Set([
  'shot', 'stabbed', 'beaten', 'burned', 'burnt', 'frozen', 'hacked', 'crushed', 'trampled', 'starved',
  'bludgeoned', 'knifed', 'stoned', 'clubbed', 'choked', 'bled', 'swept', 'sweeping', 'plunged', 'fell',
]);

/** "claimed 10,000 lives", "cost the lives of 30": verbs that count deaths only with "lives" as their object. */
export const LIFE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'claimed', 'claiming', 'claims', 'claim', 'cost', 'costing', 'costs', 'took', 'taken', 'taking', 'takes',
]);

/** Words that may stand between the counted people and their predicate: "were reportedly killed". */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'who', 'that', 'which', 'all',
  'reportedly', 'reported', 'believed', 'feared', 'confirmed', 'presumed', 'proclaimed', 'declared', 'said',
  'thought', 'known', 'found', 'left', 'later', 'also', 'still', 'now', 'already', 'since', 'officially',
  'initially', 'preliminarily', 'allegedly', 'apparently', 'critically', 'seriously', 'severely', 'slightly',
  'fatally', 'mortally', 'badly', 'lightly', 'gravely', 'shot', 'to', 'listed', 'as', 'among', 'those',
  'either', 'both', 'then', 'subsequently', 'eventually', 'instantly', 'each', 'say',
  'says', 'estimated', 'likely', 'remain', 'remained', 'remains', 'suffered', 'sustained', 'taken',
]);

/** Nouns that head a count of people harmed, read before the number: "the death toll rose to 50". */
export const TOLL_NOUNS: ReadonlyMap<string, Category> = new Map([
  ['toll', 'killed'], ['tally', 'killed'],
]);

/** Nominals followed by "of NUMBER": "the deaths of 12 hostages", "the abduction of 276 girls". */
export const OF_NOMINALS: ReadonlyMap<string, Category> = new Map([
  ...['deaths', 'death', 'killing', 'killings', 'murder', 'murders', 'execution', 'executions', 'massacre',
    'bodies'].map((w) => [w, 'killed'] as const),
  ...['wounding', 'injuring'].map((w) => [w, 'wounded'] as const),
  ...['abduction', 'abductions', 'kidnapping', 'kidnappings', 'capture', 'kidnappers', 'abductors', 'captors',
  ].map((w) => [w, 'captured'] as const),
  ...['disappearance'].map((w) => [w, 'missing'] as const),
]);

/** Words that link a toll noun to its number: "rose to", "stood at", "is", "tops". */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'to', 'at', 'is', 'was', 'of', 'from', 'range', 'ranges', 'ranging', 'stands', 'stood', 'reached', 'reaches', 'hit', 'hits', 'includes', 'included',
  'including', ':', 'be', 'stand', 'put', 'placed', 'puts', 'between', 'are', 'were',
]);

/** Modals and verbs that make what follows hypothetical, future or denied. */
export const IRREALIS_WORDS: ReadonlySet<string> = new Set([
  'could', 'would', 'might', 'may', 'will', 'shall', 'should', "won't", "wouldn't", "couldn't", 'threatened',
  'threatening', 'threatens', 'threaten', 'denied', 'denies', 'deny', 'denying', 'plan', 'plans', 'planned',
  'planning', 'intend', 'intends', 'vowed', 'vows', 'not', 'never', "n't", 'nor', 'if', 'unless', 'avoid', 'prevent',
  'prevented', 'risk', 'risks', 'fear', 'fears', 'feared', 'expected', 'expects', 'expect', 'want', 'wants',
  'wanted', 'try', 'tried', 'trying', 'attempt', 'attempted', 'ready',
]);

/** Head nouns that are not people: a count of these is never a casualty figure. */
export const NON_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'heights', 'height', 'houses', 'house', 'homes', 'home', 'buildings', 'building', 'structures', 'tanks', 'tank',
  'vehicles', 'vehicle', 'cars', 'car', 'trucks', 'truck', 'aircraft', 'planes', 'plane', 'jets', 'helicopters',
  'hectares', 'acres', 'villages', 'village', 'towns', 'bombs', 'bomb', 'rockets', 'missiles', 'shells', 'drones',
  'positions', 'brigades', 'brigade', 'battalions', 'divisions', 'units', 'kilometres', 'kilometers', 'km', 'miles',
  'mile', 'metres', 'meters', 'feet', 'dollars', 'dlrs', 'euros', 'pounds', 'tonnes', 'tons', 'cattle', 'cows', 'cow',
  'livestock', 'animals', 'sheep', 'horses', 'dogs', 'birds', 'chickens', 'pigs', 'trees', 'crops', 'licenses',
  'licences', 'stores', 'shares', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours',
  'hour', 'minutes', 'seconds', 'points', 'percent', 'votes', 'seats', 'goals', 'runs', 'cases', 'attacks',
  'strikes', 'incidents', 'explosions', 'blasts', 'weapons', 'guns', 'rifles', 'boats', 'ships', 'vessels',
  'hospitals', 'schools', 'bridges', 'roads', 'flights', 'times', 'mph', 'kph', 'degrees', 'games', 'matches',
  'wickets', 'companies', 'firms', 'banks', 'jobs', 'barrels', 'settlements', 'districts', 'regions', 'provinces',
  'counties', 'countries', 'states', 'cities', 'areas', 'sites', 'targets', 'artillery', 'mines', 'contracts',
  'deals', 'agreements', 'orders', 'elections', 'races', 'battles', 'lives',
]);

/** Words after a number that mark a measure, not a head count. */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  '%', 'percent', 'per', 'pct', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'local', 'bst', 'est', 'edt', 'mph', 'kph', 'km',
  'miles', 'metres', 'meters', 'ft', 'kg', 'dlrs', 'dollars', 'euros', 'yuan', 'yen', 'rupees', 'pounds', 'barrels',
  'tonnes', 'tons', 'hectares', 'acres', 'degrees', 'magnitude', 'years', 'year', 'days', 'hours', 'minutes',
  'months', 'weeks', 'bpd', 'cents', 'stg', 'marks', 'francs', 'lire',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', '₴', '₽']);

/** Verbs of saying: "X said", "according to X", "X told Y". */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'estimated', 'estimates', 'estimate', 'announced',
  'announces', 'confirmed', 'confirms', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'claimed', 'claims',
  'wrote', 'writes', 'alleged', 'alleges', 'indicated', 'believe', 'believes', 'put', 'puts', 'placed', 'counted',
  'recorded', 'tallied', 'complained', 'insisted', 'acknowledged', 'announce', 'explained',
  'informed', 'warned', 'disclosed', 'revealed', 'quoted', 'gave', 'give', 'updates', 'updated', 'update', 'clarified',
]);

/** Pronouns and bare role nouns that refer back to the last named claimant of the report. */
export const ANAPHORS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'the agency', 'the ministry', 'the newspaper', 'the paper', 'the statement',
  'the report', 'the official', 'the spokesman', 'the spokeswoman', 'the spokesperson', 'the military',
  'the army', 'the police', 'the radio', 'the group', 'the government', 'the source',
]);

/** Wire services recognised in datelines: "(Reuters)", "AFP -", "/TASS/". */
export const DATELINE_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'upi', 'tass', 'itar-tass', 'ians', 'pti', 'xinhua', 'dpa', 'ansa', 'efe', 'yonhap', 'kyodo',
  'anadolu', 'interfax', 'ria', 'bernama', 'cp', 'aap', 'wafa', 'irna', 'sana', 'apa', 'cna', 'menafn', 'ukrinform',
]);
