// What is counted is the head before an "of" complement: "12 positions of the militants" counts
// positions (no figure), "18 military personnel of the Armed Forces" counts personnel (killed, as the
// military verbs read fighters only). The complement stays in the actor.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('the head before an "of" complement decides what is counted', () => {
  cases([
    ['The ministry said its artillery destroyed 18 military personnel of the Armed Forces of Ukraine.', ['killed 18-18 exact']],
    ['Aerospace forces eliminated up to 90 militants of the Foreign Legion near the village.', ['killed ?-90 at_most']],
    ['Air strikes wiped out 25 fighters of the armed group, the army said.', ['killed 25-25 exact']],
    ['Gunmen killed 12 members of a family in the raid.', ['killed 12-12 exact']],
    ['Six members of the family were killed.', ['killed 6-6 exact']],
    // Negatives: the head is a thing of the fighters, not the fighters.
    ['Ukrainian forces destroyed 12 positions of the militants overnight.', []],
    ['The brigade destroyed 7 depots of the insurgents in the hills.', []],
    ['The army eliminated 30 hideouts of the bandits in the forest.', []],
  ]);
});
