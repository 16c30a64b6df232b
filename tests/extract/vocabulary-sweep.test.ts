// Families found by a sweep of common casualty wording (about 160 invented sentences, one per wording,
// run through toll): the dead counted by their bodies ("corpses", "cadavers": one list, DEAD_BODIES,
// wherever "bodies" was special), and the hurt who needed or received hospital treatment.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('the dead counted as bodies, corpses or cadavers', () => {
  cases([
    ['Rescuers pulled 71 corpses from the flooded mine.', ['killed 71-71 exact']],
    ['Eighteen corpses were recovered from the river on Sunday.', ['killed 18-18 exact']],
    ['The corpses of 12 migrants washed up on the beach.', ['killed 12-12 exact']],
    ['At least 30 cadavers were found in the collapsed wing of the hospital.', ['killed 30-? at_least']],
    ['Corpses recovered: 9', ['killed 9-9 exact']],
    ['Police said 14 more bodies were found near the dam.', ['killed 14-14 exact']],
    // Negatives: no count, and "corpse" as a flower's name.
    ['The corpses were taken to the district morgue.', []],
    ['The botanical garden now grows 3 corpse flowers.', []],
  ]);
});

describe('the hurt who needed or received hospital treatment', () => {
  cases([
    ['Police said 102 people needed hospital treatment after the stands collapsed.', ['wounded 102-102 exact']],
    ['Nine fans required hospital treatment after the crush.', ['wounded 9-9 exact']],
    ['Some 40 residents received hospital treatment for burns.', ['wounded 40-40 approx']],
    ['Four passengers were treated for their injuries at the scene.', ['wounded 4-4 exact']],
    ['Three climbers were treated for cuts and bruises after the rockfall.', ['wounded 3-3 exact']],
    ['Two pupils were given treatment for fractures.', ['wounded 2-2 exact']],
    ['Eleven people were treated for lacerations, the ambulance service said.', ['wounded 11-11 exact']],
    // Negatives: treatment with no count, and a count of places or beds.
    ['The firm announced 40 job cuts after the merger.', []],
    ['Five patients were treated for their symptoms at home.', []],
    ['Dozens of patients are waiting for hospital treatment across the region.', []],
    ['The region has 12 hospitals offering treatment to refugees.', []],
  ]);
});

describe('lives lost are the dead', () => {
  cases([
    ['Forty-six lives were lost in the warehouse fire.', ['killed 46-46 exact']],
    ['46 lives lost as ferry sinks off the coast', ['killed 46-46 exact']],
    ['Some 300 lives have been lost since the fighting began, officials said.', ['killed 300-300 approx']],
    ['Dozens of lives were lost in the floods.', ['killed 24-99 vague']],
    // Negatives: lives that could be lost, and lives in a game.
    ['Thousands of lives could be lost if the dam fails.', []],
    ['The player lost 3 lives on the final level.', []],
  ]);
});

describe('two-word verbs of military statements kill fighters, not things', () => {
  cases([
    ['Government troops wiped out 14 bandits near the border, a spokesman said.', ['killed 14-14 exact']],
    ['The army said it wiped out 23 terrorists in the forest.', ['killed 23-23 exact']],
    ['Air strikes wipe out 60 militants in mountain hideouts', ['killed 60-60 exact']],
    // Negatives: what is wiped out is not people.
    ['Floods wiped out 12 farms along the river.', []],
    ['The crash wiped out 40 percent of the fund.', []],
  ]);
});
