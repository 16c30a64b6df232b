// Shared vocabulary for the extraction rules: every word list lives here once, in lower case.
// Conventions follow ../shared/eval/GUIDELINE.md (qualifiers, vague quantities, categories).
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../calendar.js';
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
  // British and reference-work estimates: "in the region of 4,000", "of the order of 10,000".
  { words: ['in', 'the', 'region', 'of'], qualifier: 'approx' },
  { words: ['in', 'the', 'order', 'of'], qualifier: 'approx' },
  { words: ['of', 'the', 'order', 'of'], qualifier: 'approx' },
  { words: ['on', 'the', 'order', 'of'], qualifier: 'approx' },
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  // Round 10, judgments and indictments: "not less than 450", "not fewer than twenty".
  { words: ['not', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['in', 'excess', 'of'], qualifier: 'at_least' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['not', 'more', 'than'], qualifier: 'at_most' },
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  { words: ['as', 'high', 'as'], qualifier: 'at_most' },
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['more', 'than'], qualifier: 'at_least' },
  { words: ['upwards', 'of'], qualifier: 'at_least' },
  // Round 15: "upward of 30 were hurt".
  { words: ['upward', 'of'], qualifier: 'at_least' },
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
  { words: ['closer', 'to'], qualifier: 'approx' },
  { words: ['near', 'to'], qualifier: 'approx' },
  { words: ['over'], qualifier: 'at_least' },
  // "says that least 300 died": "at" lost in the writing; "least" never stands before a count otherwise.
  { words: ['least'], qualifier: 'at_least' },
  { words: ['above'], qualifier: 'at_least' },
  { words: ['exceeding'], qualifier: 'at_least' },
  { words: ['tops'], qualifier: 'at_least' },
  { words: ['topped'], qualifier: 'at_least' },
  // Round 11, reference works: "later research suggests the toll may have exceeded 5,000".
  { words: ['exceeded'], qualifier: 'at_least' },
  { words: ['surpassed'], qualifier: 'at_least' },
  { words: ['surpassing'], qualifier: 'at_least' },
  // Round 13 and dossier round 4, running counts: "the count passed 40,000 dead", "the toll crossed 100",
  // "the combined death toll passes 1,000".
  { words: ['passed'], qualifier: 'at_least' },
  { words: ['passes'], qualifier: 'at_least' },
  { words: ['crossed'], qualifier: 'at_least' },
  // Running counts said with a motion past the number: "the death toll climbed past 500", "rose past 1,000".
  ...['rose', 'rises', 'climbed', 'climbs', 'went', 'goes', 'crept', 'creeps', 'pushed', 'moved', 'surged', 'soared', 'jumped', 'edged']
    .map((verb) => ({ words: [verb, 'past'], qualifier: 'at_least' as const })),
  { words: ['upto'], qualifier: 'at_most' },
  { words: ['about'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['approx'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['some'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx' },
  // Round 15, abstracts in the present: "we estimate 1,187 excess deaths".
  { words: ['estimate'], qualifier: 'approx' },
  { words: ['nearly'], qualifier: 'approx' },
  { words: ['almost'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
  // Round 27, testimony: "I could see perhaps 30 bodies", "maybe 40 were hurt" (a witness's guess).
  { words: ['perhaps'], qualifier: 'approx' },
  { words: ['maybe'], qualifier: 'approx' },
  { words: ['~'], qualifier: 'approx' },
  { words: ['≈'], qualifier: 'approx' },
];

// ---- Harm words, by category ----------------------------------------------------------------
// Every word a rule starts from is listed here once, under the category it gives. The maps the
// rules read (TRANSITIVE_VERBS, PREDICATE_WORDS, ...) and the sentence prefilter are derived from
// this table, so a word added here is found by every rule and never filtered out before them.

export interface HarmWords {
  /** Verbs whose object is the counted people: "killing 23 people", "abducted six students". */
  verbs: readonly string[];
  /** Two-word verbs before the counted people: "gunned down 30 protesters". */
  phrasalVerbs: readonly string[];
  /** Words after the counted people that say what happened to them: "two people were killed", "12 dead". */
  predicates: readonly string[];
  /** Multi-word predicates, checked before single words: "lost their lives", "held hostage". */
  predicatePhrases: readonly string[];
  /**
   * Nominals followed by "of NUMBER": "the deaths of 12 hostages", "the abduction of 276 girls". Up
   * to three words, where one alone is too common a word: "the remains of", "with the loss of".
   */
  ofNominals: readonly string[];
}

const NONE: readonly string[] = [];
/** "lost 3,000 men": a killing verb only with people as its object, and weaker than a harm after them. */
export const LOSING_VERBS: readonly string[] = ['lose', 'loses', 'lost', 'losing'];

export const HARM_WORDS: Readonly<Record<Category, HarmWords>> = {
  killed: {
    verbs: [
      'kill', 'kills', 'killed', 'killing', 'murder', 'murders', 'murdered', 'murdering', 'massacre', 'massacres',
      'massacred', 'massacring', 'slaughter', 'slaughters', 'slaughtered', 'slaughtering', 'execute', 'executes',
      // Not "lynch": far more often the name (Merrill Lynch) than the verb.
      'executed', 'executing', 'behead', 'beheads', 'beheaded', 'beheading', 'lynched', 'lynching',
      'assassinate', 'assassinated', 'assassinating', 'slay', 'slays', 'slew', 'slaying', 'drown', 'drowned',
      'drowning', ...LOSING_VERBS,
      // Round 17, mass graves: "the foundation has exhumed 565 people from pits" (only the dead are exhumed).
      'exhume', 'exhumes', 'exhumed', 'exhuming',
    ],
    phrasalVerbs: [
      'shot dead', 'gunned down', 'mowed down', 'mown down', 'burned alive', 'burnt alive', 'burning alive',
      // Round 10, Latin American English ("resultaron muertos 7 agentes"): "in the clash resulted dead 7 agents".
      'resulted dead', 'resulting dead', 'result dead',
      // Round 20, US police statements: "fatally shot two men" (as "shot dead").
      'fatally shot', 'fatally shooting', 'fatally stabbed', 'fatally stabbing',
    ],
    predicates: [
      'killed', 'dead', 'died', 'die', 'dies', 'dying', 'perished', 'slain', 'deaths', 'death', 'fatalities',
      'fatality', 'bodies', 'corpses', 'cadavers', 'skeletons', 'murdered', 'executed', 'drowned', 'massacred', 'slaughtered', 'beheaded', 'lynched',
      'assassinated', 'buried', 'martyred', 'martyrs', 'martyr', 'suffocated', 'asphyxiated', 'electrocuted', 'succumbed',
      // Round 6, South Asian English: "the families of the 11 deceased".
      'deceased',
      // Military shorthand: "two KIA, three WIA", in the plural "3 KIAs", "2 WIA's".
      'kia', 'kias', "kia's",
      // Killings named as events, one death each: "two beheadings", "tens of thousands of murders".
      'beheadings', 'killings', 'murders',
      // Round 10, rights reports and translated crime statistics: "1,872 homicides were registered".
      'homicides',
      // Round 17, historians on purges and terror: "the NKVD's records list 681,692 executions".
      'executions',
      // Round 14, survivors' accounts and headlines: "we watched 11 of our brothers drown", "27 migrants drown off Lampedusa".
      'drown', 'drowns',
      // Round 26, headlines in the present: "Toll rises to 98 as 12 more succumb".
      'succumb', 'succumbs',
    ],
    predicatePhrases: [
      'lost their lives', 'lost his life', 'lost her life', 'losing their lives', 'losing his life', 'losing her life', 'to their deaths', 'to death', 'shot dead',
      // Round 10, translated French and Spanish ("ont perdu la vie", "perdieron la vida"): "17 soldiers lost the life".
      'lost the life', 'lost the lives', 'losing the life', 'lose the life',
      // Round 13, military statements: "two servicemen sacrificing their lives", "laid down their lives".
      'sacrificed their lives', 'sacrificing their lives', 'sacrificed his life', 'sacrificed her life',
      'laid down their lives', 'laying down their lives', 'laid down his life',
      'gunned down', 'mowed down', 'mown down', 'burned alive', 'burnt alive',
      // "Of the 38 casualties, 11 were fatal": the injuries that killed.
      'were fatal', 'was fatal', 'proved fatal',
      // Round 9, reference works and military statements: "the garrison was put to the sword" (only
      // after "put"), "six personnel paid the supreme price" (idioms of dying in battle).
      'to the sword', 'paid the supreme price', 'paid the ultimate price', 'made the supreme sacrifice', 'made the ultimate sacrifice',
      // Round 12, Pakistani military and police statements: "two soldiers embraced shahadat", "were sent to hell".
      'embraced shahadat', 'embraced shahadah', 'embraced martyrdom', 'embrace shahadat', 'embrace martyrdom', 'sent to hell',
      // Round 12, accident reports and police blotters: "two passengers were fatally injured", "one was pronounced dead".
      'fatally injured', 'fatally wounded', 'fatally hurt', 'mortally wounded', 'pronounced dead', 'declared dead',
      // Round 17, US police press releases: "Two adult males were pronounced deceased at the scene".
      'pronounced deceased', 'declared deceased',
      // Round 20: "Two people were fatally shot", "a man was fatally stabbed".
      'fatally shot', 'fatally stabbed',
      // Funerals: "the 15 victims were laid to rest on Sunday" (as "were buried").
      'laid to rest',
      // Round 19, aid workers' diaries and hospital reports: "Eleven did not survive", "87 people had been brought in dead".
      'did not survive', "didn't survive", 'failed to survive', 'brought in dead',
      // Suicide attackers: "the last two blew themselves up".
      ...['blew', 'blow', 'blown'].flatMap((verb) => ['themselves', 'himself', 'herself'].map((self) => `${verb} ${self} up`)),
    ],
    ofNominals: [
      'deaths', 'death', 'killing', 'killings', 'murder', 'murders', 'execution', 'executions', 'massacre',
      'bodies', 'corpses', 'beheading', 'beheadings', 'lynching', 'slaughter', 'the remains', 'killer', 'killers', 'murderer',
      // Round 16, wire copy of massacres: "cut the throats of nine villagers" (with "the": not "sore throats of 40 children").
      'the throats',
      // Round 17, exhumations: "exhumed the skeletons of 87 men", "the skeletal remains of 40 people".
      'skeletons', 'skeletal remains',
    ],
  },
  wounded: {
    verbs: [
      'wound', 'wounds', 'wounded', 'wounding', 'injure', 'injures', 'injured', 'injuring', 'hurt', 'hurts',
      'hurting', 'maim', 'maims', 'maimed', 'maiming',
    ],
    // Round 10, Latin American English: "resulted injured 4 agents".
    phrasalVerbs: ['resulted injured', 'resulted wounded', 'resulting injured', 'resulting wounded'],
    predicates: [
      'wounded', 'injured', 'hurt', 'injuries', 'injury', 'wounds', 'hospitalized', 'hospitalised', 'maimed', 'wia', 'wias', "wia's",
      // Round 11, medical aid reports: "MSF teams treated 860 war-wounded".
      'war-wounded', 'war-injured',
      // Round 15, ICRC appeals: "treated 1,300 weapon-wounded patients".
      'weapon-wounded', 'weapon-injured',
    ],
    predicatePhrases: [
      'admitted to hospital', 'taken to hospital', 'rushed to hospital', 'suffered wounds', 'suffered injuries',
      'sustained wounds', 'sustained injuries', 'suffering wounds', 'suffering injuries', 'sustaining wounds', 'sustaining injuries',
      // Round 6: the hurt carried to hospital by air or road, "two men were airlifted to hospital".
      'airlifted to hospital', 'flown to hospital', 'brought to hospital', 'ferried to hospital', 'carried to hospital',
      // "102 people needed hospital treatment", "nine required hospital treatment".
      ...['needed', 'needing', 'required', 'requiring', 'received', 'receiving'].map((verb) => `${verb} hospital treatment`),
      // Round 6, East and West African English: "17 are nursing injuries", "nursing gunshot wounds".
      'nursing injuries', 'nursing wounds',
      // Round 7, fires and blasts in local news: "seven people sustained burns", "suffered severe burns".
      'sustained burns', 'suffered burns', 'suffering burns', 'sustaining burns', 'nursing burns',
      // Round 12, hospital statements: "six others remain in critical condition" (after a blast, a crash).
      'in critical condition', 'in serious condition', 'in a critical condition', 'in a serious condition',
      // Round 19, eruption reports: "26 survivors remain in burns units" (burns: injuries, where intensive care may be illness).
      'in burns units', 'in burns unit', 'in a burns unit', 'in the burns unit', 'in burn units', 'in the burn unit',
      // Round 18, South Asian vernacular press in translation: "7 died while 3 got badly burnt" (burnt with how
      // badly: a plain "burnt" is as often a house's, and "burnt alive", "to death" are deaths).
      ...['badly', 'severely', 'seriously', 'critically', 'grievously'].flatMap((degree) => [`${degree} burnt`, `${degree} burned`]),
    ],
    ofNominals: ['wounding', 'injuring', 'maiming', 'maimings', 'injury', 'injuries'],
  },
  casualties: {
    verbs: NONE,
    phrasalVerbs: NONE,
    predicates: ['casualties', 'casualty'],
    // Round 10, archival English: "placed some 4,000 Turks hors de combat" (out of the fight: killed, wounded or taken).
    predicatePhrases: ['hors de combat'],
    // "with the loss of 700 troops": dead and captured alike. Not "a loss of", the accountants' word.
    ofNominals: ['with the loss'],
  },
  captured: {
    verbs: [
      'capture', 'captures', 'captured', 'capturing', 'abduct', 'abducts', 'abducted', 'abducting', 'kidnap',
      'kidnaps', 'kidnapped', 'kidnapping', 'seize', 'seizes', 'seized', 'seizing',
    ],
    // "holding hostage three aid workers": the idiom before its people, as "holding three aid workers hostage" after.
    phrasalVerbs: [
      'took away', 'take away', 'taking away', 'carried off', 'holding hostage', 'held hostage', 'hold hostage', 'took hostage', 'taking hostage', 'taken hostage',
      // Round 14, peasant patrols and mobs: "whipped and held captive 12 mining employees".
      'held captive', 'holding captive', 'hold captive', 'took captive', 'taking captive',
      // Round 19, kidnap-for-ransom bulletins: "bandits stormed the town and carried away 56 residents".
      'carried away', 'carry away', 'carrying away', 'carries away', 'carry off', 'carrying off',
    ],
    // Plain "prisoners" are often convicts; prisoners of war are matched as a phrase.
    predicates: [
      'captured', 'kidnapped', 'abducted', 'seized', 'hostages', 'hostage', 'captive', 'captives', 'pows', 'pow',
      'surrendered',
      // Round 9, Nigerian police statements: "rescued 9 abductees" (captives, as hostages are).
      'abductees',
      // Round 27, protection monitoring: "212 killings, 96 abductions" (one captive each, as "killings" one death).
      'abductions', 'kidnappings',
    ],
    predicatePhrases: [
      'taken prisoner', 'taken captive', 'held hostage', 'held captive', 'holding hostage', 'taken hostage',
      'taken away', 'prisoners of war', 'taken into captivity', 'held in captivity',
      // Round 22, battle histories: "only 17 Japanese soldiers were taken alive", "300 men were made prisoner".
      'taken alive', 'made prisoner', 'made prisoners',
    ],
    ofNominals: [
      'abduction', 'abductions', 'kidnapping', 'kidnappings', 'capture', 'kidnappers', 'abductors', 'captors',
    ],
  },
  missing: {
    verbs: NONE,
    // Round 26, advocacy groups' reports: "Pakistani forces … forcibly disappeared 412 people" (the state's act: who was taken is missing).
    phrasalVerbs: ['forcibly disappeared', 'forcibly disappearing'],
    predicates: [
      'missing', 'unaccounted', 'mia', 'mias', "mia's",
      // Round 10, rights reports and Latin American English ("desaparecidos"): "6 disappeared", "were forcibly disappeared".
      'disappeared',
      // Round 12, South Asian English: "130 people are still untraced".
      'untraced',
    ],
    predicatePhrases: [
      'missing in action', 'on the missing list',
      // "eight remained buried", "20 feared trapped": not found yet, so missing rather than dead.
      ...['feared', 'believed', 'still', 'remain', 'remains', 'remained'].flatMap((lead) => [`${lead} trapped`, `${lead} buried`]),
      // Round 22, landslides in translation: "38 people are still under the mud", "nine remain beneath the rubble" (not found
      // yet; a lead of still or remaining, never "the bodies under the rubble").
      ...['still', 'remain', 'remains', 'remained'].flatMap((lead) => ['under', 'beneath'].flatMap((under) =>
        ['rubble', 'debris', 'mud', 'snow', 'earth', 'wreckage'].map((what) => `${lead} ${under} the ${what}`))),
      // Round 18, South Asian and Indonesian news in translation: "14 fishermen still could not be traced",
      // "3 people are still in search" (sought still: not "in search of work", nor a study's "58 could not be
      // traced", lost to follow-up).
      'still could not be traced', 'still cannot be traced', 'still not traced', 'yet to be traced', 'not yet been traced',
      'still in search', 'still being searched', 'still being sought',
      // Round 21, disaster and rescue reports: "eight people were never found", "two climbers have never been
      // recovered" (the unfound dead are the missing; not "the cause was never found": a person must be counted).
      'never found', 'never been found', 'never recovered', 'never been recovered',
    ],
    ofNominals: ['disappearance', 'disappearances', 'whereabouts'],
  },
};

const CATEGORY_ORDER = Object.keys(HARM_WORDS) as Category[];

function byWord(role: keyof HarmWords): Map<string, Category> {
  return new Map(CATEGORY_ORDER.flatMap((category) => HARM_WORDS[category][role].map((w) => [w, category] as const)));
}

function phrasesOf(role: 'phrasalVerbs' | 'predicatePhrases'): { words: readonly string[]; category: Category }[] {
  return CATEGORY_ORDER.flatMap((category) => HARM_WORDS[category][role].map((p) => ({ words: p.split(' '), category })));
}

/** Verbs whose object is the counted people: "killing 23 people", "abducted six students". */
export const TRANSITIVE_VERBS: ReadonlyMap<string, Category> = byWord('verbs');

/** Two-word verbs before the counted people: "gunned down 30", "took away two staff". */
export const PHRASAL_VERBS: readonly { words: readonly string[]; category: Category }[] = phrasesOf('phrasalVerbs');

/** Words after the counted people that say what happened to them: "two people were killed". */
export const PREDICATE_WORDS: ReadonlyMap<string, Category> = byWord('predicates');

/** Multi-word predicates, checked before single words. */
export const PREDICATE_PHRASES: readonly { words: readonly string[]; category: Category }[] = phrasesOf('predicatePhrases');

/** Nominals followed by "of NUMBER", keyed by their words joined with spaces: "deaths", "the remains". */
export const OF_NOMINALS: ReadonlyMap<string, Category> = byWord('ofNominals');

/**
 * "destroyed up to 85 military personnel", "eliminated 40 Russians": the words of military
 * statements. They kill only where their object names fighters (COMBATANT_NOUNS) or a people.
 */
export const COMBAT_VERBS: ReadonlyMap<string, Category> = new Map([
  'destroy', 'destroys', 'destroyed', 'destroying', 'eliminate', 'eliminates', 'eliminated', 'eliminating',
  'neutralized', 'neutralised', 'neutralizing', 'neutralising', 'liquidated', 'liquidating',
  // Round 11, headlines in the present: "Troops neutralise 14 insurgents".
  'neutralise', 'neutralize', 'neutralises', 'neutralizes', 'liquidate', 'liquidates',
  // Round 15, Ukrainian units' posts: "Minus 12 occupiers" (the enemy's dead, written as a subtraction).
  'minus',
].map((w) => [w, 'killed'] as const));
/** The same register's two-word verbs, under the same condition: "wiped out 40 fighters", not "wiped out 12 farms". */
export const COMBAT_PHRASAL_VERBS: ReadonlyMap<string, Category> = new Map([
  'wiped out', 'wipe out', 'wipes out', 'wiping out',
].map((w) => [w, 'killed'] as const));
export const COMBATANT_NOUNS: ReadonlySet<string> = new Set([
  'soldiers', 'servicemen', 'servicemembers', 'personnel', 'troops', 'fighters', 'militants', 'militiamen',
  'insurgents', 'terrorists', 'nationalists', 'mercenaries', 'rebels', 'gunmen', 'attackers', 'occupiers',
  'invaders', 'combatants', 'marines', 'paratroopers', 'commandos', 'jihadists', 'extremists', 'saboteurs',
  // Round 6, Nigerian and Sahel military statements: "troops neutralised two bandits".
  'bandits',
  // Round 9, police statements in the same register: "neutralised 2 suspected kidnappers", "three armed robbers".
  'kidnappers', 'robbers', 'cultists',
  // Round 19, peacekeeping missions' statements: "repelled an attack on the base, neutralising 12 assailants";
  // "the mission has lost five peacekeepers" (a force counting its own dead).
  'assailants', 'peacekeepers',
  // Translated defence-ministry statements: "destroyed up to 35 Ukrainian military" (servicemen).
  'military',
]);

/**
 * Round 21, Arab military statements in English: "18 takfiri elements were eliminated", "killed 12 terrorist elements":
 * "elements" are fighters only with one of these words before them (not "three elements of the plan", "rare-earth elements").
 */
export const HOSTILE_ELEMENT_WORDS: ReadonlySet<string> = new Set([
  'takfiri', 'terrorist', 'hostile', 'criminal', 'extremist', 'armed', 'militant', 'enemy', 'outlaw', 'subversive',
  'insurgent', 'separatist', 'rebel', 'jihadist', 'houthi', 'isis', 'daesh', 'infiltrating', 'infiltrator',
]);

/**
 * Round 14, police operations in Latin America: armed groups whose members the military verbs kill, "had
 * 'neutralized' three members of the Barrio 18 gang", "eliminated 12 members of a drug cartel".
 */
export const ARMED_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'gang', 'gangs', 'cartel', 'cartels', 'militia', 'militias', 'faction', 'cell', 'syndicate', 'mafia', 'mara', 'maras',
]);

/**
 * "the gunmen took more than 80 students": a plain verb of taking or holding captures people only when captors
 * did it (CAPTOR_NOUNS just before it) and what was taken is people (TAKEN_PEOPLE after the number).
 */
export const TAKING_VERBS: ReadonlySet<string> = new Set([
  'took', 'take', 'takes', 'taking', 'taken', 'snatched', 'snatch', 'snatches', 'snatching',
  // "militants holding three foreign aid workers", "the gang held 12 passengers for a week".
  'holding', 'hold', 'holds', 'held',
]);
export const CAPTOR_NOUNS: ReadonlySet<string> = new Set([
  'gunmen', 'kidnappers', 'abductors', 'captors', 'bandits', 'pirates', 'militants', 'insurgents', 'rebels',
  'jihadists', 'assailants', 'attackers', 'raiders', 'gang', 'gangs', 'militia', 'militiamen',
  // Round 20, Colombian and Mexican news: "a dissident FARC faction is holding 3 police officers", "guerrillas took".
  'faction', 'guerrillas', 'dissidents', 'cartel',
]);
/** Captors named by two words (takenByCaptors reads them so): "armed men snatched two engineers". */
const CAPTOR_PHRASES: readonly string[] = ['armed men'];
export const TAKEN_PEOPLE: ReadonlySet<string> = new Set([
  'people', 'persons', 'students', 'pupils', 'schoolchildren', 'schoolgirls', 'schoolboys', 'children', 'girls',
  'boys', 'women', 'men', 'villagers', 'residents', 'passengers', 'travellers', 'travelers', 'worshippers',
  'worshipers', 'farmers', 'workers', 'foreigners', 'tourists', 'civilians', 'hostages', 'crew', 'sailors',
  'teachers', 'staff', 'employees', 'engineers', 'journalists', 'priests', 'nuns', 'missionaries', 'pilgrims',
  'soldiers', 'policemen', 'officers', 'guards', 'fishermen', 'herders', 'miners', 'patients', 'nurses', 'doctors',
  // Round 20, press unions and monitors: "we have buried 98 colleagues", "abducted three reporters".
  'colleagues', 'comrades', 'reporters', 'relatives',
]);

/** Round 27, testimony: the homes a passive "taken" took people from ("about 40 people were taken from the village"). */
export const TAKEN_FROM_PLACES: ReadonlySet<string> = new Set(['village', 'villages', 'homes', 'home', 'house', 'houses', 'hamlet', 'compound']);
/** Round 27, factboxes: prisoners traded are captives ("5,000 Taliban prisoners released under a swap"). */
export const PRISONER_NOUNS: ReadonlySet<string> = new Set(['prisoners', 'prisoner', 'detainees', 'pows']);
export const SWAP_WORDS: ReadonlySet<string> = new Set(['swap', 'swaps', 'swapped', 'exchange', 'exchanges', 'exchanged']);

/** "the fate of 40 sailors is unknown", "the location of 137 students is still unknown": missing. */
export const FATE_NOUNS: ReadonlySet<string> = new Set(['fate', 'location']);
export const FATE_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'remained']);
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set(['unknown', 'unclear']);

/** Ordinal words: "the sixth confirmed death" is one of a tally. (Digits with a suffix, "6th", are read by pattern.) */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'latest', 'only',
]);

/** Shorthand that is a harm word only in capitals: "two KIA", but "the ship Mia". */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(['kia', 'wia', 'mia', 'kias', 'wias', 'mias', "kia's", "wia's", "mia's"]);

/** Base forms after an infinitive "to": "threatened to kill", "to die". */
export const BASE_FORMS: ReadonlySet<string> = new Set(
  [...TRANSITIVE_VERBS.keys(), 'die'].filter((w) => !/(?:ed|ing|s)$/.test(w)),
);

/**
 * Ways of killing: "hacked to death", "shot two men dead", "stabbing to death eight children". Only
 * after one of these is "to death" a death: not "sentenced to death".
 */
export const TO_DEATH_VERBS: ReadonlySet<string> = new Set([
  'shot', 'shooting', 'stabbed', 'stabbing', 'beaten', 'beat', 'beating', 'burned', 'burnt', 'burning', 'frozen',
  'hacked', 'hacking', 'crushed', 'crushing', 'trampled', 'trampling', 'starved', 'starving', 'bludgeoned',
  'bludgeoning', 'knifed', 'stoned', 'stoning', 'clubbed', 'clubbing', 'choked', 'choking', 'bled', 'swept',
  'sweeping', 'plunged', 'fell', 'gored', 'mauled', 'strangled', 'strangling', 'battered', 'kicked', 'tortured',
  'torturing', 'electrocuted', 'put', 'shelled', 'bombed', 'hanged', 'lashed', 'flogged',
  // Round 7, South Asian and African local news: "three villagers were butchered to death".
  'butchered', 'axed',
  // Round 16, cold-wave reports: "four herders froze to death", "a man freezing to death on the street".
  'froze', 'freezing',
]);
/**
 * Round 7: participles that are ways of dying only right before "to death" ("four persons were
 * charred to death", "mauled or bitten to death"); elsewhere they describe ("25 charred bodies").
 */
/** Round 20, gun-violence reports: "were shot, two of them fatally" (the shot: dead and wounded alike). */
export const SHOT_FORMS: ReadonlySet<string> = new Set(['shot']);
/** The share of the shot who died, and the prefilter's word for the rule ("shot" alone would let through every shot at goal). */
export const FATAL_SHARE: readonly string[] = ['fatally'];
/**
 * Round 25, outbreak news: "14 cases of Sudan virus disease, four of them fatal": the prefilter's words for a share of
 * cases that killed (FATAL_WHOLES), which the subject-predicate rule reads; no harm word need stand elsewhere.
 */
export const FATAL_CASE_SHARES: readonly string[] = ['of them fatal', 'of whom fatal'];
export const TO_DEATH_PARTICIPLES: ReadonlySet<string> = new Set(['charred', 'roasted', 'bitten', 'smothered', 'scalded']);

/**
 * Round 16, sea rescues and heat reports: ways of dying that end a second, joined predicate of the
 * people ("7 people went overboard during the night and drowned", "three workers collapsed and died").
 */
export const JOINED_DYING_VERBS: ReadonlySet<string> = new Set(['died', 'drowned', 'perished', 'succumbed', 'suffocated']);
/** Round 16: the first of those joined predicates, when it is no regular past: "went overboard", "fell into the sea". */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['went', 'fell', 'got', 'ran', 'swam', 'became', 'slipped', 'jumped', 'lay']);

/**
 * Round 16, coast-guard releases: craft whose name follows them ("the crew of the cargo ship Jin Tian
 * confirmed dead", "passengers of the ferry KM Sinar Bangun were missing"): the name is no predicate.
 */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'ferry', 'boat', 'trawler', 'dredger', 'tanker', 'freighter', 'yacht', 'tug', 'barge', 'dhow', 'banca', 'carrier', 'frigate',
]);

/** "sent 17 people to hospital", "put three officers in hospital": verbs that send the hurt to hospital. */
export const SENDING_VERBS: ReadonlySet<string> = new Set([
  'sent', 'send', 'sends', 'sending', 'put', 'puts', 'putting', 'landed', 'lands', 'landing',
]);
/**
 * Round 17, crowd crushes: "killing four and leaving 23 in hospital", "killed 4 and left 23 in hospital": the hurt
 * a disaster left behind, only after "and" or a comma that joins the harm before (not "the surgeons left 12 patients").
 */
export const LEAVING_VERBS: ReadonlySet<string> = new Set(['leaving', 'left', 'leaves', 'leave']);
/** Where the sent are hurt: "to hospital", "in the hospital", "to local hospitals". */
export const HOSPITALS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'hospitalisation', 'hospitalization']);

/** Round 9: "put to the sword" (the garrison killed), only after a form of "put". */
export const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/**
 * Round 9, reference works: "71 officers and 1,830 other ranks fell on the first day": "fell" kills
 * only fighters (these or COMBATANT_NOUNS), and never before a word of falling in place or state
 * ("fell from the roof", "fell ill", "fell back", "fell into enemy hands").
 */
export const FALLING_VERBS: ReadonlySet<string> = new Set(['fell', 'fallen']);
export const FALLEN_PEOPLE: ReadonlySet<string> = new Set(['officers', 'men', 'ranks', 'defenders', 'sailors', 'airmen', 'volunteers', 'knights']);
export const NOT_FALLEN: ReadonlySet<string> = new Set([
  'from', 'off', 'into', 'onto', 'ill', 'sick', 'asleep', 'back', 'behind', 'silent', 'short', 'victim', 'victims', 'to',
  'down', 'out', 'apart', 'under', 'over', 'through', 'for', 'prey', 'foul', 'overboard', 'unconscious', 'pregnant',
]);

/**
 * Round 9, survivors quoted in conflict news: "We buried 23 people yesterday", "villagers buried 40
 * bodies": the dead, when those who bury are mourners (never "the landslide buried 30 people", who may be alive).
 */
export const BURYING_VERBS: ReadonlySet<string> = new Set(['buried', 'bury', 'burying', 'buries']);
export const MOURNERS: ReadonlySet<string> = new Set([
  'we', 'they', 'villagers', 'residents', 'relatives', 'families', 'mourners', 'locals', 'volunteers', 'survivors', 'neighbours', 'neighbors',
  // Round 19, aid workers' diaries: "When we reached the village the men had already buried 31 people".
  'men', 'women',
  // Round 27, testimony: "he personally buried 26 people", "I buried 9 of them myself" (one mourner as many).
  'he', 'she', 'i',
]);

/** "burned 11 people alive": burning, by which "alive" after the people means they died. */
export const BURNING_VERBS: ReadonlySet<string> = new Set(['burned', 'burnt', 'burning', 'burn', 'burns']);

/**
 * "will release seven hostages", "agreed to swap 95 POWs": captives stay captives whatever is
 * planned for them, so a modal before these verbs does not make the count hypothetical.
 */
export const RELEASE_VERBS: ReadonlySet<string> = new Set([
  'release', 'releases', 'released', 'releasing', 'free', 'frees', 'freed', 'freeing', 'swap', 'swaps', 'swapped',
  'swapping', 'exchange', 'exchanges', 'exchanged', 'exchanging', 'return', 'returned', 'returning',
]);

/**
 * Round 23, hostage crises and sieges: words that set a passage in a captivity, so that a plain verb of
 * holding or freeing counts captives ("inmates released another 6 guards but still hold 11", "Of the 176
 * guests held, 126 were freed"). Read in the sentence and the few before it (rules/held-captive.ts).
 */
export const CAPTIVITY_CUES: ReadonlySet<string> = new Set([
  'hostage', 'hostages', 'captive', 'captives', 'captivity', 'captor', 'captors', 'kidnappers', 'kidnapped', 'kidnapping',
  'abductors', 'abducted', 'abduction', 'hijackers', 'ransom', 'siege', 'standoff',
]);
/** Verbs of holding people, before or after their count: "still hold 11", "176 guests held". */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['holding', 'hold', 'holds', 'held']);

/** People held, named before "the remaining four" are released: "hostages", "captives", "abductees". */
export const CAPTIVE_NOUNS: ReadonlySet<string> = new Set(['hostages', 'captives', 'abductees', 'pows', 'detainees', 'kidnapped', 'abducted']);

/** "claimed 10,000 lives", "cost the lives of 30": verbs that count deaths only with "lives" as their object. */
export const LIFE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'claimed', 'claiming', 'claims', 'claim', 'cost', 'costing', 'costs', 'took', 'taken', 'taking', 'takes',
]);
/** The object of a life-taking verb: "claimed 40 lives". Not "life": life insurance outnumbers it. */
export const LIVES: ReadonlySet<string> = new Set(['lives']);
/** A zero of deaths as a loss: "there was no loss of life", "ended without loss of life". */
export const LOSS_OF_LIFE: readonly string[] = ['loss of life', 'loss of lives', 'losses of life'];

/**
 * Round 23, household surveys and mortality studies: an age band after the people, "children under five",
 * "adults aged over 65", is part of their name, not a count (numbers.ts, phrases.ts).
 */
export const AGE_BAND_EDGES: ReadonlySet<string> = new Set(['under', 'over', 'below', 'above']);
export const AGE_GROUPS: ReadonlySet<string> = new Set(['children', 'infants', 'babies', 'kids', 'toddlers', 'child', 'adults']);

/** Nouns that name the harm, not the people: "16,000 deaths", "no casualties". */
export const HARM_NOUNS: ReadonlySet<string> = new Set(['deaths', 'casualties', 'injuries', 'fatalities', 'wounds']);

/** The dead counted by their bodies: "12 bodies were recovered", "71 corpses were pulled out". */
export const DEAD_BODIES: ReadonlySet<string> = new Set(['bodies', 'corpses', 'cadavers', 'skeletons']);

/** Harm words that are also the counted people: "12 hostages", "10 more bodies", "two captives". */
export const ACTOR_NOUNS_THAT_ARE_PREDICATES: ReadonlySet<string> = new Set([
  ...DEAD_BODIES, 'hostages', 'hostage', 'prisoners', 'captives', 'pows', 'pow', 'martyrs', 'martyr', 'abductees',
]);

/**
 * Round 9: "rescued 9 kidnap victims", "12 abduction victims were freed": victims of a captivity
 * are captives (guideline: hostages count as captured also where their release is reported).
 */
export const CAPTIVITY_NOUNS: ReadonlySet<string> = new Set(['kidnap', 'kidnapping', 'abduction']);
export const VICTIMS: ReadonlySet<string> = new Set(['victims', 'victim']);
/** Round 27, projects that count the dead by name: "the names of 412 victims", "contains 1,061 names". */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['names']);
/** Round 27: "612 burials of servicemen" (only the dead are buried; "buried" itself is a verb of its own family). */
export const BURIAL_NOUNS: ReadonlySet<string> = new Set(['burials', 'interments']);
/** Round 27: kin who report their own missing to a name list ("200 more people whose families have reported them missing"). */
export const KIN_REPORTERS: ReadonlySet<string> = new Set(['families', 'family', 'relatives', 'parents', 'kin']);
/** Round 27: victims counted one by one, so the dead: "the total of verified victims rose to 8,372" (as "identified 61 of the victims"). */
export const COUNTED_VICTIM_MODIFIERS: ReadonlySet<string> = new Set(['verified', 'identified', 'named', 'documented']);
/** Round 27: words that make a sentence's count of names one of the dead ("the list of prisoners who died … contains 1,061 names"). */
export const DEATH_WORDS_OF_A_LIST: ReadonlySet<string> = new Set(['died', 'dead', 'killed', 'deaths', 'perished', 'executed', 'victims', 'massacre', 'genocide']);
/** Round 20, crime statistics: "3,029 homicide victims", "45 murder victims" (the killing names what befell them, as "kidnap victims"). */
export const KILLING_NOUNS: ReadonlySet<string> = new Set(['homicide', 'murder', 'femicide', 'feminicide', 'massacre', 'lynching']);
/**
 * Round 16, mine-action monitors: what the "victims of" were hurt or killed by, so that they count both
 * ("119 victims of antipersonnel mines", "victims of explosive remnants of war"; not "victims of fraud").
 */
export const EXPLOSIVE_HAZARDS: ReadonlySet<string> = new Set([
  'mines', 'mine', 'landmines', 'landmine', 'ordnance', 'uxo', 'ieds', 'ied', 'submunitions', 'bomblets', 'remnants', 'explosive', 'explosives',
]);
/**
 * Wrongs whose victims live: "identified 12 of the victims of the fraud", "named 3 of the 40 victims of the scam" count
 * no dead, as "identified 61 of the victims" of a blast does.
 */
export const NONLETHAL_WRONGS: ReadonlySet<string> = new Set([
  'fraud', 'frauds', 'scam', 'scams', 'swindle', 'theft', 'thefts', 'burglary', 'burglaries', 'robbery', 'robberies', 'phishing',
  'hacking', 'hack', 'cyberattack', 'identity', 'data', 'breach', 'extortion', 'forgery', 'embezzlement', 'discrimination', 'bullying',
  'harassment', 'misconduct', 'mis-selling', 'pyramid', 'ponzi', 'cybercrime',
]);
/** Dossier round 3: "identified 61 of the victims", "has named 30 of the victims": the dead, identified one by one. */
export const IDENTIFYING_VERBS: ReadonlySet<string> = new Set(['identified', 'identifies', 'named', 'names']);

/**
 * Round 11: words that say whose or what harm a zero counts: "no civilian deaths", "no army or
 * civilian deaths reported", "no new injuries". (Also any capitalised word, "no Israeli casualties",
 * and adjectives of a people or a kind in -ian, -al, -ary.) Never a degree: "no serious injuries"
 * leaves the minor ones uncounted.
 */
export const HARM_MODIFIERS: ReadonlySet<string> = new Set([
  'army', 'police', 'security', 'government', 'rebel', 'new', 'further', 'immediate', 'confirmed', 'reported',
  'known', 'direct', 'additional', 'fresh', 'human', 'recorded',
]);

/** "the dead", "no injured": harm words that name the people harmed. */
export const HARMED_PEOPLE: ReadonlySet<string> = new Set(['dead', 'injured', 'wounded', 'missing', 'victims']);
/** Verbs in -s a toll takes after its harm word: "the number of dead has climbed", "rises to 40" (no people named). */
export const TOLL_VERBS_IN_S: ReadonlySet<string> = new Set([
  'has', 'was', 'is', 'does', 'rises', 'stands', 'remains', 'reaches', 'climbs', 'jumps', 'increases', 'tops', 'hits',
  'exceeds', 'nears', 'passes', 'grows', 'totals', 'includes', 'rests',
]);

/**
 * "Among the dead were 4 children", "those injured included 12 women": harm words that name the
 * people harmed after "the" or "those", and the verbs that then count some of them.
 */
export const HARMED_GROUP_WORDS: ReadonlySet<string> = new Set([
  'dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'abducted', 'kidnapped', 'casualties', 'fatalities',
  // Round 10, archival English: "Among the slain were …".
  'slain',
  // Round 13, epidemic bulletins: "Of the deaths, 40 occurred in hospitals".
  'deaths',
]);
export const INCLUDE_VERBS: ReadonlySet<string> = new Set(['included', 'include', 'includes']);

/** "suffered minor injuries", "sustained gunshot wounds": how bad, between the verb and the harm noun. */
export const INJURY_ADJECTIVES: ReadonlySet<string> = new Set([
  'minor', 'serious', 'critical', 'severe', 'light', 'slight', 'grave', 'life-threatening', 'non-life-threatening',
  'gunshot', 'bullet', 'shrapnel', 'stab', 'burn', 'head', 'multiple', 'various', 'fatal', 'mortal', 'superficial',
  // Round 9, Indian and Nigerian English: "sustained grievous injuries", "sustained varying degrees of injuries".
  'grievous', 'varying', 'different',
  // Round 14, accident briefs: "received moderate injuries", and joined in one word, "minor-to-serious injuries".
  'moderate',
  // Round 17, crowd crushes: "34 people were treated for crush injuries".
  'crush',
  // Where on the body and how: "25 people were treated for bone fractures", "suffered spinal injuries", "internal injuries".
  'bone', 'leg', 'arm', 'hand', 'foot', 'back', 'neck', 'chest', 'spinal', 'facial', 'internal', 'eye', 'skull', 'limb',
  'abdominal', 'brain', 'spine', 'pelvic', 'blast', 'knife', 'blunt', 'penetrating', 'traumatic', 'orthopaedic', 'orthopedic',
]);
/** Round 14: the small words that join two severities in one hyphenated word, "minor-to-serious", "serious-but-stable". */
export const SEVERITY_JOINERS: ReadonlySet<string> = new Set(['to', 'and', 'or', 'but']);

/** Round 8: participles not in -ed of what was done to people found hurt: "were taken out with injuries". */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['taken', 'brought', 'found', 'dug', 'left', 'flown', 'driven']);
/** Words between such a participle and "with" its injuries: "rescued alive with injuries", "pulled out with". */
export const RESCUE_PARTICLES: ReadonlySet<string> = new Set(['alive', 'out', 'safely', 'free', 'away', 'ashore']);
/** What a treatment is for, when it says people were hurt: "treated for gunshot wounds", "with burn injuries". */
export const INJURY_NOUNS: ReadonlySet<string> = new Set([
  'injuries', 'injury', 'wounds', 'burns', 'burn',
  // What first-aid reports name: "treated for cuts and bruises", "given treatment for fractures".
  'cuts', 'bruises', 'bruising', 'fractures', 'lacerations',
]);
/**
 * Round 26, hooch and food-poisoning outbreaks: words that say a sentence's harm was swallowed ("methanol
 * poisoning", "spurious liquor", "botulism", "after eating a midday meal"). There "hospitalised", "admitted to
 * hospital" and "in serious condition" count the sick, who are no wounded (the guideline's wounded are hurt); a
 * sentence that also names injuries, burns or an event that hurts (HARMFUL_EVENTS) keeps them.
 */
export const INGESTED_HARMS: ReadonlySet<string> = new Set([
  'poisoning', 'poisoned', 'methanol', 'hooch', 'liquor', 'arrack', 'moonshine', 'bootleg', 'spurious', 'adulterated',
  'botulism', 'salmonella', 'contaminated', 'sickened', 'eating', 'ate', 'drinking', 'drank',
]);
/**
 * What befell a count that is no harm, the word right after it (or a link or two on: "30 taken ill"), or the verb
 * before it: "11 dead, 30 taken ill", "31 shot dead and 400 arrested", "8 deaths and 64 hospitalisations" (round 26);
 * "1 dead, 7,000 left homeless", "displaced an estimated 7,000 refugees, and three children drowned" (round 27: the
 * displaced and the homeless are no casualties). Such a count borrows no harm from the count beside it.
 */
export const NON_HARM_FATES: ReadonlySet<string> = new Set([
  'ill', 'sick', 'sickened', 'arrested', 'detained', 'hospitalisations', 'hospitalizations', 'evacuated', 'displaced',
  'homeless', 'relocated', 'affected', 'uprooted',
]);/**
 * Round 26, corrections: words that say a count is the right one, opening the sentence after a figure: "The correct
 * figure … is 13", "The provincial government's official count … is 73", "The actual number was 9".
 */
export const CORRECTING_WORDS: ReadonlySet<string> = new Set(['correct', 'corrected', 'official', 'actual', 'true', 'revised', 'accurate', 'right', 'final']);
/**
 * How sure a share of a count is, as bulletins label it without a colon: "validated 31", "for validation 17" (round 25,
 * refiners/breakdown.ts); round 26: no people either, "of which 7 laboratory-confirmed" counts the people before.
 */
export const VERIFICATION_STATES: ReadonlySet<string> = new Set([
  'validated', 'validation', 'verified', 'verification', 'unverified', 'confirmed', 'unconfirmed', 'probable', 'suspected', 'pending',
]);
/** What says people were treated, before what they were treated for: a trigger of the prefilter. */
export const TREATMENT_PHRASES: readonly string[] = ['treated for', 'treatment for'];

/** What a place's name is, after it in lower case: "12 people in Donetsk republic", "in Kharkiv region". */
export const PLACE_KINDS: ReadonlySet<string> = new Set([
  'region', 'republic', 'province', 'district', 'oblast', 'county', 'state', 'governorate', 'city', 'town',
  'village', 'area', 'municipality', 'department', 'prefecture', 'territory', 'township', 'camp',
]);

/** Nouns that head a count of people harmed, read before the number: "the toll rose to 50". */
export const TOLL_NOUNS: ReadonlyMap<string, Category> = new Map([
  ['toll', 'killed'], ['losses', 'casualties'],
  // Round 17, demographers on famines: "most demographers put excess mortality at between 3.5 and 3.9 million".
  ['mortality', 'killed'],
]);
/** What a bare "toll" may count that is not people: "S&L failures raise 1987 toll to 10". */
export const TOLLED_THINGS: ReadonlySet<string> = new Set([
  'failures', 'closures', 'bankruptcies', 'layoffs', 'foreclosures', 'acquisition', 'acquisitions',
]);
/** Nouns that count something, a toll when a harm word says what: "the number of dead", "the list of missing". */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  ...TOLL_NOUNS.keys(), 'tally', 'number', 'total', 'count', 'figure', 'figures', 'list',
  // Reference works: "estimates of the civilian dead range from 12,000 to 19,500", "casualty estimates vary".
  'estimate', 'estimates',
]);
/**
 * Round 15, academic abstracts: the labels of an interval in brackets after an estimate, "(95% CI
 * 119,000–205,000)", "(95% UI 640–1,730)", "(95% uncertainty interval …)".
 */
export const INTERVAL_LABELS: readonly (readonly string[])[] = [
  ['ci'], ['ui'], ['cri'], ['confidence', 'interval'], ['uncertainty', 'interval'], ['credible', 'interval'],
];
/** Round 15, running revisions: what marks a count as the one it replaces, "correcting an earlier figure of six". */
export const EARLIER_WORDS: ReadonlySet<string> = new Set(['earlier', 'previous', 'initial', 'original', 'preliminary']);
/** Words between "the" and a running total's noun: "bringing the cumulative total for the season to 167". */
export const TOTAL_MODIFIERS: ReadonlySet<string> = new Set([
  'cumulative', 'overall', 'official', 'national', 'confirmed', 'revised', 'new',
  // Round 14, fact-checks: "the agency's latest count is 412 dead", "the ministry's provisional tally".
  'latest', 'updated', 'provisional', 'preliminary', 'final',
]);
/** Verbs by which a coder sets a label's value: "Fatality count coded as 10", "deaths recorded as 2". */
export const CODING_VERBS: ReadonlySet<string> = new Set(['coded', 'recorded', 'logged', 'entered', 'listed']);
/** What opens the outcome of incidents a body counted: "verified 1,520 attacks, resulting in 128 deaths", ", killing 12". */
export const OUTCOME_LEADS: ReadonlySet<string> = new Set(['resulting', 'killing', 'leaving', 'causing', 'injuring', 'wounding']);
/** Modifiers that make a count noun a toll: "casualty count", "injury tally". */
/** What people died of, named before "deaths": "502 confirmed heat deaths", "40 cholera deaths" (the people are unnamed). */
export const CAUSE_MODIFIERS: ReadonlySet<string> = new Set([
  'heat', 'heat-related', 'cold', 'flood', 'storm', 'quake', 'earthquake', 'cholera', 'measles', 'malaria', 'covid', 'covid-19',
  'ebola', 'dengue', 'hunger', 'famine', 'drought', 'road', 'traffic', 'overdose', 'drowning', 'gun', 'firearm',
]);
export const COUNT_MODIFIERS: ReadonlyMap<string, Category> = new Map([
  ['death', 'killed'], ['casualty', 'casualties'], ['injury', 'wounded'], ['fatality', 'killed'],
]);

/** How badly people were hurt, before the harm: "seriously injured", "critically wounded", "killed or badly hurt". */
export const DEGREE_ADVERBS: readonly string[] = ['critically', 'seriously', 'severely', 'slightly', 'badly', 'lightly', 'gravely', 'fatally', 'mortally'];

/** A headline's hedge between its people and their predicate: "2 soldiers, medic reported killed". */
export const HEADLINE_HEDGES: ReadonlySet<string> = new Set(['reported', 'reportedly', 'feared', 'confirmed', 'believed']);

/** The auxiliaries between a count and its own predicate: "40 were wounded", "3 have been hurt", "2 got injured". */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'got']);

/** Words that may stand between the counted people and their predicate: "were reportedly killed". */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'who', 'that', 'which', 'all',
  'reportedly', 'reported', 'believed', 'feared', 'confirmed', 'presumed', 'proclaimed', 'declared', 'said',
  'thought', 'known', 'found', 'left', 'later', 'also', 'still', 'now', 'already', 'since', 'officially',
  'initially', 'preliminarily', 'allegedly', 'apparently', ...DEGREE_ADVERBS, 'shot', 'to', 'listed', 'as', 'among', 'those',
  'either', 'both', 'then', 'subsequently', 'eventually', 'instantly', 'each', 'say',
  'says', 'estimated', 'likely', 'remain', 'remained', 'remains', 'suffered', 'sustained', 'suffering', 'sustaining', 'taken',
  'recently', 'previously', 'resulted', 'forcibly', 'brutally', 'tragically', 'accidentally', 'mistakenly', 'possibly', 'probably',
  'ultimately', 'summarily', 'publicly',
  // Round 27, testimony: "five or six other people were lying injured", "bodies were lying dead in the yard" (a posture before the harm).
  'lying',
  // Round 17, inquest conclusions: "the 41 victims of the crush were unlawfully killed".
  'unlawfully', 'lawfully',
  // Round 18, South Asian English: "3 got badly burnt", "two labourers got injured".
  'got',
]);

/** Words that link a toll noun to its number: "rose to", "stood at", "is", "tops". */
/**
 * "the dead" counted as a toll, only where a verb puts a number on them: "officials put the dead at
 * 4,100", "the dead numbered at least 40" (not "the dead man was 45").
 */
export const ESTIMATING_VERBS: ReadonlySet<string> = new Set([
  'put', 'puts', 'putting', 'placed', 'places', 'placing',
  // Round 9, reference works: "consular reports estimated the dead at 5,000 to 6,000".
  'estimated', 'estimates', 'estimate', 'estimating',
]);
export const NUMBERED: ReadonlySet<string> = new Set(['numbered', 'number', 'numbers', 'totalled', 'totaled', 'total', 'totals', 'totalling', 'totaling']);

export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'to', 'at', 'is', 'was', 'of', 'from', 'range', 'ranges', 'ranging', 'ranged', 'vary', 'varies', 'varied', 'varying', 'stands', 'stood', 'reached', 'reaches', 'hit', 'hits', 'includes', 'included',
  'including', ':', 'be', 'been', 'stand', 'put', 'placed', 'puts', 'between', 'are', 'were', ...NUMBERED,
]);

// ---- Hypothetical, future and denied ---------------------------------------------------------

/** Modal verbs: "could kill thousands". "May" the month is told apart by the rules (isModalAt). */
export const MODALS: ReadonlySet<string> = new Set([
  'could', 'would', 'might', 'may', 'will', 'shall', 'should', "won't", "wouldn't", "couldn't",
]);
/** Words before a harm that make it threatened, denied, averted or negated, not reported. */
/** Round 27, testimony: "I could see 30 bodies", "we could count 12 dead": "could" before a verb of seeing tells what was seen. */
export const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['see', 'count', 'hear', 'smell', 'recognise', 'recognize', 'identify']);
export const IRREALIS_WORDS: ReadonlySet<string> = new Set([
  ...MODALS, 'threatened', 'threatening', 'threatens', 'threaten', 'denied', 'denies', 'deny', 'denying', 'vowed',
  'vows', 'not', 'never', "n't", 'if', 'unless', 'planned', 'planning', 'plans', 'intends', 'intended', 'prevent',
  'prevented', 'prevents', 'preventing', 'averted', 'avert', 'averting', 'avoided', 'avoid',
]);
/**
 * Round 21, debates over long-term tolls: verbs that make a count of deaths a forecast when they follow it in its
 * own clause: "the 30,000 to 60,000 excess deaths the report projected", "9,000 deaths are predicted" (not
 * "3,000 deaths were recorded").
 */
export const PROJECTING_VERBS: ReadonlySet<string> = new Set([
  'projected', 'projects', 'predicted', 'predicts', 'forecast', 'forecasts', 'forecasted', 'foresaw', 'foresees',
  'anticipated', 'anticipates',
  // Not "modelled": "the 162,000 excess deaths modelled by researchers" estimates deaths that happened.
]);
/** Verbs of coming about after a modal: "some 93,000 cancer deaths would result", "… will occur". */
export const ENSUING_VERBS: ReadonlySet<string> = new Set(['result', 'occur', 'follow', 'ensue', 'arise', 'resulted', 'occurred', 'followed', 'ensued', 'arisen']);
/** Verbs of searching before "for": "searching for 16 people buried under the debris", "still searching for 9 others". */
export const SEARCH_VERBS: ReadonlySet<string> = new Set(['search', 'searching', 'searched', 'searches', 'looking', 'hunting', 'digging', 'dug']);
/**
 * Round 21, rescue reports: "still searching for 9 others" reads the sought as missing; these are sought and never
 * lost (suspects on the run, witnesses wanted), so not missing.
 */
export const SOUGHT_NOT_LOST: ReadonlySet<string> = new Set([
  'suspects', 'suspect', 'culprits', 'perpetrators', 'fugitives', 'escapees', 'inmates', 'prisoners', 'convicts',
  'killers', 'witnesses', 'volunteers', 'donors', 'buyers', 'investors', 'candidates', 'sponsors', 'men',
]);
/** Intentions and fears: they end a phrase of people ("two men trying"), but do not make a figure unreal. */
export const INTENT_WORDS: ReadonlySet<string> = new Set([
  'plan', 'intend', 'nor', 'risk', 'risks', 'fear', 'fears', 'feared', 'expected', 'expects', 'expect', 'want',
  'wants', 'wanted', 'try', 'tried', 'trying', 'attempt', 'attempted', 'ready',
]);

// ---- Things that are not people, measures, calendar ------------------------------------------

/**
 * People counted as unharmed: "brought out 340 survivors and 52 bodies", "12 bodies and 40 people
 * alive". Never borrow a harm from a neighbouring count.
 */
export const UNHARMED_PEOPLE: ReadonlySet<string> = new Set([
  'survivors', 'survivor', 'alive', 'unhurt', 'unharmed', 'uninjured', 'unscathed',
  // Round 16, coast-guard tallies: "4 confirmed dead, 5 rescued, 13 unaccounted for": the saved are no dead.
  'rescued', 'saved',
  // Round 25, outbreak news: "15 deaths and 51 recoveries": the recovered are no dead.
  'recoveries', 'cured',
]);

/**
 * Harm a subject got away from, before a harm noun: "four climbers narrowly escaped death", "12 crew escaped
 * serious injury", "cheated death", "were spared injury". The noun names what did not happen (but "escaped
 * with minor injuries" reads the injuries: "with" stands between).
 */
export const ESCAPE_VERBS: ReadonlySet<string> = new Set([
  'escape', 'escapes', 'escaped', 'escaping', 'cheat', 'cheats', 'cheated', 'cheating', 'avoid', 'avoids', 'avoided',
  'avoiding', 'evade', 'evades', 'evaded', 'evading', 'dodge', 'dodged', 'dodging', 'spare', 'spared',
]);

/**
 * What an image is taken with or on: "captured on CCTV", "were captured on camera", "captured 12 soldiers on
 * film", "captured by security cameras". A capture recorded on these takes no one captive.
 */
export const RECORDING_MEDIA: ReadonlySet<string> = new Set([
  'camera', 'cameras', 'cctv', 'film', 'video', 'videotape', 'tape', 'footage', 'photograph', 'photographs', 'photo',
  'photos', 'bodycam', 'dashcam', 'webcam', 'phone', 'phones', 'cellphone', 'smartphone',
]);

/** "handed over 2 bodies", "turned over 12 suspects": after these verbs "over" is the verb's particle, not "more than". */
export const VERBS_TAKING_OVER: ReadonlySet<string> = new Set(['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning']);

/** Round 13: people counted as cases, some of whom died: "10 human infections, six of them fatal". */
export const FATAL_WHOLES: ReadonlySet<string> = new Set(['cases', 'infections', 'patients']);

/**
 * Round 13: what people are taken as, after them: "took 60 soldiers prisoner", "taken 12 guards hostage".
 * Singular only: in "holding two French hostages" the plural is the people themselves.
 */
export const CAPTIVE_STATES: ReadonlySet<string> = new Set(['prisoner', 'captive', 'hostage']);

/**
 * Where people go when they are lost without harm: "lost 40 workers to a rival firm", "lost 12 MPs to
 * the breakaway party", "lost 200 nurses to emigration". (Not "lost 40 workers to cholera".)
 */
export const LOSS_DESTINATIONS: ReadonlySet<string> = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'firm', 'firms', 'company', 'companies', 'club', 'clubs',
  'party', 'parties', 'sector', 'industry', 'emigration', 'retirement', 'attrition', 'defection', 'defections',
  'poaching', 'opposition', 'breakaway', 'employers', 'abroad',
]);

/** Round 13: arms a defence ministry lists beside the soldiers in its tally of enemy losses ("230 servicemen, one tank and three armoured vehicles"). */
export const TALLIED_ARMS: ReadonlySet<string> = new Set([
  'tank', 'tanks', 'vehicle', 'vehicles', 'howitzer', 'howitzers', 'gun', 'guns', 'mortar', 'mortars', 'drone', 'drones',
  'uavs', 'apcs', 'artillery', 'launchers', 'radars', 'depots',
  // Round 22, translated military tallies: weapon systems by their acronyms and kinds, "destroyed two HIMARS
  // MLRS and more than 50 soldiers", "three BMPs", "two air defence systems", "four batteries".
  'himars', 'mlrs', 'mrls', 'bmp', 'bmps', 'btr', 'btrs', 'ifv', 'ifvs', 'apc', 'uav', 'manpads', 'atgm', 'atgms',
  'systems', 'batteries', 'complexes',
]);

/** Where fighters are lost in war: "servicemen lost in the Donetsk direction", "40 soldiers lost in the battle". */
export const BATTLE_WORDS: ReadonlySet<string> = new Set([
  'battle', 'battles', 'fighting', 'combat', 'clashes', 'assault', 'offensive', 'attack', 'attacks', 'direction',
  'war', 'ambush', 'counteroffensive', 'operation', 'front',
]);

/** Head nouns that are not people: a count of these is never a casualty figure. */
export const NON_PERSON_NOUNS: ReadonlySet<string> = new Set([
  // Places taken in war, and things seized or settled: "captured several defence posts", "seizing two
  // Web servers", "settled 22 lawsuits related to deaths".
  'posts', 'outposts', 'fortifications', 'forts', 'bases', 'hills', 'checkpoints', 'bunkers', 'trenches',
  'servers', 'computers', 'programs', 'programmes', 'copies', 'documents', 'files', 'shipments', 'consignments',
  'lawsuits', 'suits', 'lawsuit', 'suit', 'agreements', 'rigs', 'wells',
  // "the death of a thousand cuts", "3,000 job cuts".
  'cuts',
  'heights', 'height', 'houses', 'house', 'huts', 'hut', 'homes', 'home', 'buildings', 'building', 'structures', 'tanks', 'tank',
  'vehicles', 'vehicle', 'cars', 'car', 'trucks', 'truck', 'aircraft', 'planes', 'plane', 'jets', 'helicopters',
  'hectares', 'acres', 'villages', 'village', 'towns', 'bombs', 'bomb', 'rockets', 'missiles', 'shells', 'drones',
  // Arms counted beside the dead in a tally of enemy losses: "destroyed 40 soldiers, four howitzers and six dozen pieces of equipment".
  ...TALLIED_ARMS, 'cannons', 'carriers', 'pieces', 'crossings', 'ferries',
  // Lost or destroyed in a list before the soldiers: "army loses plane, three tanks, 80 troops".
  'helicopter', 'jet', 'warship', 'warships', 'warehouse', 'warehouses', 'depot',
  'positions', 'brigades', 'brigade', 'battalions', 'divisions', 'units', 'kilometres', 'kilometers', 'km', 'miles',
  'mile', 'metres', 'meters', 'feet', 'dollars', 'dlrs', 'euros', 'pounds', 'tonnes', 'tons', 'cattle', 'cows', 'cow',
  'livestock', 'animals', 'sheep', 'horses', 'dogs', 'birds', 'chickens', 'pigs', 'goats', 'camels', 'donkeys', 'mules', 'buffaloes', 'poultry', 'trees', 'crops', 'licenses',
  // Animals killed by poachers, floods and epidemics are no casualty figure: "poachers killed 30 elephants".
  'elephants', 'rhinos', 'rhinoceroses', 'deer', 'whales', 'dolphins', 'seals', 'lions', 'tigers', 'leopards', 'wolves',
  'bears', 'monkeys', 'gorillas', 'cats', 'rats', 'mice', 'pets', 'herds', 'hens', 'ducks', 'geese', 'turkeys', 'oxen',
  'bulls', 'calves', 'lambs', 'hogs', 'fowl', 'wildlife', 'crocodiles', 'snakes', 'bees', 'cranes', 'flamingos', 'turtles',
  'licences', 'stores', 'shares', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours',
  'hour', 'minutes', 'seconds', 'points', 'percent', 'votes', 'seats', 'goals', 'runs', 'cases', 'attacks',
  'strikes', 'incidents', 'explosions', 'blasts', 'accidents', 'crashes', 'collisions', 'shootings', 'bombings', 'weapons', 'guns', 'rifles', 'boats', 'ships', 'vessels',
  'hospitals', 'schools', 'bridges', 'roads', 'flights', 'times', 'mph', 'kph', 'degrees', 'games', 'matches',
  'wickets', 'companies', 'firms', 'banks', 'jobs', 'barrels', 'settlements', 'districts', 'regions', 'provinces',
  'counties', 'countries', 'states', 'cities', 'areas', 'sites', 'targets', 'artillery', 'mines', 'contracts',
  'deals', 'agreements', 'orders', 'elections', 'races', 'battles', 'lives', 'germs', 'bacteria', 'insects',
  'pests', 'fish', 'bills', 'proposals', 'projects', 'sets', 'rounds', 'holes', 'innings', 'titles', 'medals',
  'customers', 'subscribers', 'users', 'accounts', 'branches', 'plants', 'factories', 'mills', 'stations',
  // "8,700 head of cattle"
  'head', 'tonne', 'teams', 'team', 'clubs',
  // A ceasefire's daily count: "26 truce breaches, one serviceman killed".
  'breaches', 'violations', 'shellings', 'provocations',
  // Measures of what was seized: "seized 400 litres of spirit", "12 kilograms of explosives".
  // Round 17, exhumations: "exhumed 23 graves", "opened 40 pits".
  'graves', 'pits',
  'litres', 'liters', 'gallons', 'kilograms', 'kg', 'kilos', 'grams', 'bottles', 'cartons', 'bags', 'sacks', 'crates',
  // Round 23, household surveys: what a survey samples, not people harmed: "a survey of 2,000 households",
  // "44 clusters", "a capture-recapture analysis of three lists".
  'households', 'household', 'clusters', 'cluster', 'lists', 'questionnaires', 'interviews',
]);

/**
 * Round 14, drills and re-enactments: "a drill in which 150 volunteers played casualties", "40 students posed
 * as injured passengers", "actors playing dead": people acting a part, not harmed.
 */
export const ROLE_PLAYING_VERBS: ReadonlySet<string> = new Set([
  'played', 'playing', 'plays', 'play', 'posed', 'posing', 'poses', 'acted', 'acting', 'portrayed', 'portraying', 'simulated',
  'simulating', 'feigned', 'feigning', 'pretended', 'pretending', 'impersonated', 'impersonating',
]);

/** "one family", "12 households": a count of groups, not of people (but "members of the family" are people). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'household', 'households', 'clan', 'clans']);

/** Words after a number that mark a measure, not a head count. */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  '%', 'percent', 'per', 'pct', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'local', 'bst', 'est', 'edt', 'mph', 'kph', 'km',
  'miles', 'metres', 'meters', 'ft', 'kg', 'dlrs', 'dollars', 'euros', 'yuan', 'yen', 'rupees', 'pounds', 'barrels',
  'tonnes', 'tons', 'hectares', 'acres', 'degrees', 'magnitude', 'years', 'year', 'days', 'hours', 'minutes',
  'months', 'weeks', 'bpd', 'cents', 'stg', 'marks', 'francs', 'lire', 'deadweight', 'dwt',
]);

export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
export { WEEKDAYS };

export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', '₴', '₽']);

// ---- Who said it ------------------------------------------------------------------------------

/** Verbs of saying: "X said", "according to X", "X told Y". */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'report', 'estimated', 'estimates', 'estimate', 'announced',
  'announces', 'confirmed', 'confirms', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'claimed', 'claims',
  'wrote', 'writes', 'alleged', 'alleges', 'indicated', 'believe', 'believes', 'put', 'puts', 'placed', 'counted',
  'recorded', 'tallied', 'complained', 'insisted', 'acknowledged', 'announce', 'explained',
  'informed', 'informs', 'warned', 'disclosed', 'revealed', 'quoted', 'gave', 'give', 'updates', 'updated', 'update', 'clarified',
  // Round 12, health bulletins: "The Department of Health logged 4,100 dengue cases, with 27 deaths" (as "recorded").
  'logged', 'logs',
  // Round 17, rival counts after elections: "the government acknowledges 19 deaths"; historians' sources in the
  // plural: "The NKVD's own records list 681,692 executions", "military reports count 1,749", "the data imply 16.5 million".
  'acknowledges', 'acknowledge', 'list', 'count', 'imply', 'implies', 'implied',
  // Round 22, military-history magazines: "…, Martin Middlebrook calculates.", "…, one historian reckons." (not
  // "reckoned", as often "a force to be reckoned with").
  'calculates', 'reckons', 'computes',
  // Round 19, analytic briefs: "while the Pakistan Institute for Conflict and Security Studies counts 243".
  'counts',
  // Round 25, OSINT threads: rival claims in the plural present: "Local channels claim 11 dead", "villagers allege 6".
  'claim', 'allege',
  // Round 14, explainers and history: "the ministry lists 1,250 deaths", "the administration admitted 8,400
  // deaths", "historians have argued that …", "she recalled a night when 'we lost 28'".
  'lists', 'listed', 'admitted', 'admits', 'argued', 'argues', 'argue', 'recalled', 'recalls',
  // Round 17, historians' rival estimates: "the historian Marc Delorme suggests 15,000 to 20,000".
  'suggests', 'suggested', 'suggest',
  // Round 15, live updates: "Security sources tell us 19 hostages …", "The ministry now gives the toll as 60";
  // Security Council records: "the representative countered that …".
  'tell', 'gives', 'countered', 'counters', 'retorted',
  // Police and fire-service releases: "Police can now confirm the bodies of three people …" (only after "can").
  'confirm',
]);

/** People who speak for a body: "a spokeswoman for the Red Crescent", "the ministry's spokesman", "health officials". */
/**
 * Dossier round 8: what befell people before the count, not who they are — "2 of its missing sailors
 * had been found dead", "three wounded soldiers died" count sailors and soldiers (a word of these
 * before the head of who was counted is left out of the actor; "the wounded" alone stays).
 */
export const STATES_OF_PEOPLE: ReadonlySet<string> = new Set(['missing', 'wounded', 'injured', 'trapped']);

export const SPEAKER_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'head', 'chief', 'director',
  'minister', 'secretary', 'representative', 'representatives', 'source', 'sources', 'commander', 'coordinator',
  'chairman', 'chairwoman', 'administrator', 'governor', 'mayor', 'officer', 'adviser', 'advisor',
  // Round 18, South Asian police: "said Bhanga police station OC Mohammad Rahman" (officer-in-charge, station house officer).
  'oc', 'sho',
  // Claimants, pass 3: "cited by the African Union's mediator, Olusegun Obasanjo".
  'mediator', 'envoy',
  // Dossier round 8, hospitals and police: "The hospital's medical superintendent, Dr Sunil Mehta, said".
  'superintendent',
]);

/**
 * Round 12, transcripts and parliamentary records: the titles that open a speaker's turn, "Dr Jane Roe:
 * In 2023, four …", "Brigadier Haines: The total was …" (a title, a name, a colon).
 */
export const TURN_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'hon', 'sir', 'dame', 'lord', 'lady', 'baroness', 'senator', 'sen',
  'commissioner', 'brigadier', 'brig', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'inspector',
  'superintendent', 'minister', 'secretary', 'judge', 'justice', 'shri', 'smt', 'chief', 'director', 'deputy', 'rep',
  // Round 15, Security Council records: "Under-Secretary-General Tom Fletcher (via videoconference): …".
  'ambassador', 'under-secretary-general', 'assistant-secretary-general', 'secretary-general',
  // Round 16, officials' posts: "Gov. Jane Roe on X: …", "Mayor Jan Roe: …".
  'gov', 'governor', 'mayor',
]);

/**
 * Round 12, accident investigation reports: the severities of an injury table, "Injuries: Crew 1 Fatal;
 * Passengers 4 Fatal, 1 Serious, 2 Minor" (the severity after the number names the harm).
 */
export const INJURY_SEVERITIES: ReadonlyMap<string, Category> = new Map([
  ['fatal', 'killed'], ['serious', 'wounded'], ['minor', 'wounded'],
  // Round 18: "mortal injuries", as "fatal injuries" (harmWordCategory).
  ['mortal', 'killed'],
]);

/**
 * Round 12, hospital statements: events whose victims a hospital admits, "23 patients from the bus crash
 * had been admitted" (admitted alone, with no hospital named, is wounded only after one of these).
 */
export const HARMFUL_EVENTS: ReadonlySet<string> = new Set([
  'crash', 'collision', 'blast', 'explosion', 'attack', 'bombing', 'shooting', 'fire', 'stampede', 'accident', 'derailment',
  'collapse', 'riot', 'clashes', 'shelling', 'strike', 'airstrike',
]);

/** The prefilter's words for HARMFUL_EVENTS' admitted victims: "… from the bus crash were admitted". */
export const ADMITTED_PASSIVES: readonly string[] = ['were admitted', 'was admitted', 'been admitted', 'being admitted'];

/**
 * Round 14: whom a speaker tells with an article before it, "the prime minister told a press briefing",
 * "told a news conference", "told a local radio station" (not "told a story": no statement follows).
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'briefing', 'conference', 'meeting', 'rally', 'gathering', 'hearing', 'session', 'committee', 'reporter', 'journalist',
  'station', 'broadcaster', 'newspaper', 'crowd', 'audience', 'parliament', 'senate', 'forum', 'podcast', 'programme', 'program',
]);

/**
 * Round 14: what an investigating body's header names before its colon, "AAIB bulletin: …", "NTSB Highway
 * Accident Brief: …": the body's acronym then credits the report.
 */
export const HEADER_DOCUMENTS: ReadonlySet<string> = new Set([
  'bulletin', 'brief', 'briefing', 'report', 'update', 'statement', 'release', 'summary', 'notice', 'advisory', 'digest', 'synopsis',
  // Round 15: "NDRRMC SitRep No. 14 re: …", a numbered situation report.
  'sitrep',
  // Round 19, maritime security centres: "MDAT-GoG Incident 031/2024: Bulk carrier boarded …".
  'incident',
  // Round 21, maritime trade warnings: "UKMTO WARNING 045/2024. …".
  'warning',
]);

/**
 * Round 12: what a numbered name may be, "The Inquiry's Phase 2 report concludes", "the Stage 3 review found". Round 17,
 * stadium disasters: a finding that closes its sentence, "…, the official inquiry later found."
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'review', 'study', 'survey', 'findings', 'assessment', 'inquiry', 'inquest', 'investigation']);

/** Round 12: "the toll stands at 293, revised from the 288 announced earlier": a toll corrected from an earlier one. */
export const REVISING_PARTICIPLES: readonly string[] = ['revised', 'corrected', 'amended', 'adjusted', 'lowered', 'raised', 'downgraded', 'upgraded'];

/** Round 12: words in capitals before a colon that label a post, not a speaker's turn ("WATCH: …", "NOTE: …"). */
export const CAPITALISED_LABELS: ReadonlySet<string> = new Set([
  'note', 'nb', 'ps', 'alert', 'flash', 'watch', 'live', 'video', 'photo', 'photos', 'file', 'icymi', 'read', 'more', 'faq',
  // Round 15: "PRESS RELEASE: The Command wishes to inform …" is a label, no body called PRESS.
  'press', 'news',
]);

/** Words after which "the" opens a phrase of the same name, not a relative clause: "the head of the army". */
export const RELATIVE_BREAKERS: ReadonlySet<string> = new Set([
  'of', 'for', 'from', 'at', 'in', 'on', 'by', 'with', 'to', 'into', 'and', 'or', 'but', 'that', 'as', 'than', 'near', 'over', 'under',
  'after', 'before', 'during', 'across', 'against', 'among', 'between', 'via', 'per', 'said', 'says', 'told', 'including', 'like', 'about',
]);

/** Possessives that make a thing the speaker's own: "said its teams", "said their hospitals". */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

/** Pronouns and bare role nouns that refer back to the last named claimant of the report. */
export const ANAPHORS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'the agency', 'the ministry', 'the newspaper', 'the paper', 'the statement',
  'the report', 'the official', 'the spokesman', 'the spokeswoman', 'the spokesperson', 'the military',
  'the army', 'the police', 'the radio', 'the group', 'the government', 'the source',
]);

/** Small words inside a proper name: "Department of Health", "the Coordinator for Disaster Reduction". */
export const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'the', '&']);

/** What follows the digits of an ordinal: "the 6th death", "the 3rd Brigade". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Round 10, war diaries: abbreviated ranks without an inner full stop, "1 Offr. wounded", "3 Ptes. killed". */
export const ABBREVIATED_PEOPLE: ReadonlySet<string> = new Set(['offr', 'offrs', 'sgt', 'cpl', 'pte', 'ptes', 'lt', 'capt', 'maj', 'col', 'gen']);

/** Round 10, live updates: participles of finding the dead right after "bodies" ("2 bodies recovered", "30 bodies laid out"). */
export const FOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  'recovered', 'found', 'retrieved', 'pulled', 'laid', 'washed', 'exhumed', 'discovered', 'unearthed', 'dug', 'brought', 'collected', 'identified',
]);

/** Round 22: harms named as nouns after "blamed … for the": "the deaths of", "the killing of", "the abduction of". */
export const ACCUSED_HARMS: ReadonlySet<string> = new Set([
  'deaths', 'death', 'killing', 'killings', 'murder', 'murders', 'abduction', 'abductions', 'kidnapping', 'kidnappings',
]);

/**
 * Round 22, incident digests and use-of-force reports: the verbs of a report's closing credit line,
 * "Compiled by the NGO Safety Program from partner reports.", "Prepared by the Internal Affairs Bureau.".
 */
export const COMPILING_VERBS: ReadonlySet<string> = new Set(['compiled', 'prepared', 'produced', 'collated', 'assembled']);

/**
 * Round 22: the last word of a body's name in brackets closing a headline, "… by IED in Helmand (HALO Trust)": with
 * BODY_WORDS, the kinds of body that credit it (never a place, "(Afghanistan)", nor an update, "(UPDATE 2)").
 */
export const BRACKETED_BODY_HEADS: ReadonlySet<string> = new Set([
  'trust', 'foundation', 'network', 'project', 'programme', 'program', 'society', 'federation', 'association', 'union', 'watch',
]);

/** Round 10, live updates: bodies a bare "per" credits after a count ("toll now 1,340 per civil protection agency"). */
export const CREDIT_BODIES: ReadonlySet<string> = new Set(['agency', 'ministry', 'police', 'authorities', 'office', 'department', 'service', 'media', 'army', 'military']);

/** Round 10, live updates: channels a speaker posts on, "Governor X on Telegram: 6 killed". */
export const SOCIAL_CHANNELS: ReadonlySet<string> = new Set(['telegram', 'twitter', 'x', 'facebook', 'instagram', 'whatsapp', 'tv', 'radio']);

/** Wire services recognised in datelines: "(Reuters)", "AFP -", "/TASS/". */
export const DATELINE_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'upi', 'tass', 'itar-tass', 'ians', 'pti', 'xinhua', 'dpa', 'ansa', 'efe', 'yonhap', 'kyodo',
  'anadolu', 'interfax', 'ria', 'bernama', 'cp', 'aap', 'wafa', 'irna', 'sana', 'apa', 'cna', 'menafn', 'ukrinform',
]);

// ---- The sentence prefilter -------------------------------------------------------------------

/**
 * Every word and phrase a rule starts from: a sentence with none of them cannot hold a figure.
 * Derived from the lists above, never written by hand.
 */
export const TRIGGER_WORDS: readonly string[] = [...new Set([
  ...CATEGORY_ORDER.flatMap((category) => Object.values(HARM_WORDS[category]).flat() as string[]),
  ...COMBAT_VERBS.keys(), ...COMBAT_PHRASAL_VERBS.keys(), ...FALLING_VERBS, ...BURYING_VERBS, ...BURNING_VERBS, ...HOSPITALS, ...TOLL_NOUNS.keys(), ...COUNT_MODIFIERS.keys(), ...LIVES, ...LOSS_OF_LIFE, ...HARMED_PEOPLE, ...CAPTOR_NOUNS, ...CAPTOR_PHRASES, ...CAPTIVITY_CUES, ...ADMITTED_PASSIVES, ...TREATMENT_PHRASES, ...FATAL_SHARE, ...FATAL_CASE_SHARES, ...KILLING_NOUNS, ...BURIAL_NOUNS,
  // Round 27: prisoners traded ("released under a swap") and people taken from their homes (captives-taken.ts).
  'swapped', 'exchanged', ...[...PRISONER_NOUNS].flatMap((p) => [`${p} released`, `${p} were released`, `${p} freed`, `${p} were freed`]),
  ...[...TAKEN_FROM_PLACES].flatMap((place) => ['the', 'their', 'his', 'her'].map((d) => `taken from ${d} ${place}`)),
  ...[...FATE_NOUNS].map((noun) => `${noun} of`),
  // Round 21: "rescuers are still searching for 9 others" (the sought are missing; no harm word needed).
  ...[...SEARCH_VERBS].map((verb) => `still ${verb} for`),
  // Round 27: "the search for two more continues".
  'the search for',
  // Round 17: "the number of remains recovered", the toll rule's reading of an "of" nominal written with "the".
  ...CATEGORY_ORDER.flatMap((category) => HARM_WORDS[category].ofNominals).filter((n) => n.startsWith('the ')).map((n) => `number of ${n.slice(4)}`),
])];

/**
 * One alternation over sorted words, factored by shared prefixes so the engine dispatches on one letter.
 * Written out by recursion over runs of the sorted list that share a prefix, into one array of pieces:
 * this runs cold at every start-up, where a tree of Maps and a string per branch cost 10-20 ms.
 */
function prefixTree(sorted: readonly string[]): string {
  const pieces: string[] = [];
  // sorted[lo..hi) share their first `depth` characters; a word that ends there sorts first.
  const emit = (lo: number, hi: number, depth: number): void => {
    let next = lo;
    const end = sorted[next].length === depth;
    if (end) next++;
    if (next === hi) return;
    const group = end || sorted[next].charCodeAt(depth) !== sorted[hi - 1].charCodeAt(depth);
    if (group) pieces.push('(?:');
    for (let first = true; next < hi; first = false) {
      const code = sorted[next].charCodeAt(depth);
      let last = next + 1;
      while (last < hi && sorted[last].charCodeAt(depth) === code) last++;
      if (!first) pieces.push('|');
      const ch = sorted[next][depth];
      pieces.push(ch === ' ' ? '\\s+' : ch === '-' || ch === "'" || ch === '.' ? `\\${ch}` : ch);
      emit(next, last, depth + 1);
      next = last;
    }
    if (end) pieces.push('|');
    if (group) pieces.push(')');
  };
  emit(0, sorted.length, 0);
  return pieces.join('');
}

/** The prefilter: any trigger word, as a whole word, in any case. Global: callers reset lastIndex. */
export const TRIGGER_PATTERN = new RegExp(`\\b${prefixTree([...TRIGGER_WORDS].sort())}\\b`, 'gi');
