// The extraction pipeline as data, in the spirit of chrono-node's configuration: which rules run,
// and in what order. To add a phrase family, write a rule in rules/, give it a name in rules/rule.ts
// (RULE), and place it here. The words the rules read live in vocabulary.ts.
import { inheritBreakdowns } from './refiners/breakdown.js';
import { inheritAcrossCoordination } from './refiners/coordination.js';
import { inheritIntervals } from './refiners/interval.js';
import { alongWith } from './rules/along-with.js';
import { amongTheHarmed } from './rules/among-the-harmed.js';
import { heldCaptive } from './rules/held-captive.js';
import { captivesTaken } from './rules/captives-taken.js';
import { label } from './rules/label.js';
import { namedDead } from './rules/named-dead.js';
import { objectOfVerb } from './rules/object-of-verb.js';
import { ofNominal } from './rules/of-nominal.js';
import type { CategoryRule, Refiner } from './rules/rule.js';
import { subjectPredicate } from './rules/subject-predicate.js';
import { shotFatally } from './rules/shot-fatally.js';
import { toll } from './rules/toll.js';
import { wayOfKilling } from './rules/way-of-killing.js';
import { findZeroCounts } from './rules/zero.js';

/** Rules that govern one number mention, in priority order: the first that answers wins. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  // "shot two men dead", "stabbing to death eight children": before the plain verb, which would
  // not know that "shot" here kills.
  wayOfKilling,
  // "Eight people were shot, two of them fatally": the whole is casualties, the share killed (round 20).
  shotFatally,
  // A harm verb right before the number governs it: "captured two wounded soldiers" is captured.
  objectOfVerb,
  // A harm noun with "of": "the deaths of 12 hostages" is killed, though hostages alone are captured.
  ofNominal,
  // "Fatalities: 3": a label is as close as a verb, and nothing after it can outweigh it.
  label,
  // The predicate after its people: "two people were killed", "16,000 deaths".
  subjectPredicate,
  // A toll noun earlier in the clause: "the death toll rose to 50".
  toll,
  // The harmed named first, then some of them counted: "Among the dead were 4 children".
  amongTheHarmed,
  // Last, the harm of the clause's subject: "the pilot was killed along with three passengers".
  alongWith,
  // Round 23: in a hostage crisis or siege, a plain verb of holding or freeing counts captives:
  // "still hold 11", "Of the 176 guests held, 126 were freed" (after every harm word has had its say).
  heldCaptive,
  // Round 27: the dead counted by name, after every other rule: "the names of 412 victims",
  // "612 burials of servicemen", "contains 1,061 names" in a sentence of the dead.
  namedDead,
  // Round 27: "Two were taken by the rebels", "5,000 Taliban prisoners released under a swap".
  captivesTaken,
];

/** Run after the rules, in order, over each sentence: they fill in mentions no rule claimed. */
export const REFINERS: readonly Refiner[] = [
  // "killing 35 children and seven adults", "40 of them", "bringing the total to 56,000".
  inheritAcrossCoordination,
  // "killing 23, including 9 children": the parts of a total take its harm (after coordination,
  // which gives the total its own).
  inheritBreakdowns,
  // "162,000 (95% CI 119,000–205,000) excess deaths": the estimate before the interval takes the harm after it.
  inheritIntervals,
];

/** Figures with no number token at all: "no one was killed", "without casualties". */
export const ZERO_COUNTS = findZeroCounts;
