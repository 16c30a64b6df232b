// The dead counted by their bodies: "bodies", and the same with "corpses" and "cadavers" (one list,
// DEAD_BODIES, wherever "bodies" was special: the subject, "of" nominals, a found participle, a label).
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
