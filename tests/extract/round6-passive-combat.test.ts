// Round 6 phrase family from military statements (Nigerian, Sahel, Russian, Ukrainian): the
// statement's killing verbs in the passive, with fighters as the subject ("Two bandits were
// neutralised", "40 terrorists have been eliminated"); never equipment, never sport. And, from the
// same register translated, the headline forms: "About 60 invaders liquidated", "Over 250 servicemen
// lost in the eastern direction", "destroyed four warehouses, almost 90 invaders".
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('fighters neutralised or eliminated: killed', () => {
  cases([
    ['Three bandits were neutralised by troops during a clearance patrol near Zamfara.', ['killed 3-3 exact']],
    ['Seven terrorists have been eliminated in the operation, the army said.', ['killed 7-7 exact']],
    ['Forty militants were reportedly neutralized in overnight air strikes.', ['killed 40-40 exact']],
    ['Troops neutralised two bandits at a checkpoint.', ['killed 2-2 exact']],
  ]);
});

describe('translated defence-ministry headlines (lead, stop 27)', () => {
  cases([
    // "destroyed" of fighters, in the passive or a headline's bare participle.
    ['More than 200 occupiers were destroyed near the bridge, the governor said.', ['killed 200-? at_least']],
    ['About 60 invaders liquidated in Sumy region', ['killed 60-60 approx']],
    ['Ninety occupiers eliminated overnight', ['killed 90-90 exact']],
    // "military" as the people: servicemen.
    ['Artillery destroyed up to 35 enemy military near the river in a day', ['killed ?-35 at_most']],
    ['Two military were killed in the shelling.', ['killed 2-2 exact']],
    // The people after a list of things destroyed.
    ['Gunners destroyed four warehouses, almost 90 invaders and a helicopter', ['killed 90-90 approx']],
    ['Drones destroyed two ammunition depots and 40 occupiers', ['killed 40-40 exact']],
    // Fighters lost in a battle or on a front; in a day's tally, dead and wounded together.
    ['Over 250 servicemen lost in the eastern direction in 24 hours - defence ministry', ['casualties 250-? at_least']],
    ['Some 40 soldiers lost in the fighting near the river', ['killed 40-40 approx']],
  ]);
});

describe('not fighters killed, translated headlines (lead, stop 27)', () => {
  cases([
    ['Two gunmen eliminated the guard.', []],
    ['12 players eliminated in the first round', []],
    ['The strike destroyed 12 military vehicles.', []],
    ['The ministry deployed 3,000 military to the border.', []],
    ['12 soldiers lost in the desert were found alive.', []],
    ['Three hikers lost in the mountains were rescued.', []],
    ['Three brigades were destroyed in the assault.', []],
  ]);
});

describe('not fighters killed', () => {
  cases([
    ['Two targets were destroyed and 3 threats were neutralised.', []],
    ['Two soldiers were eliminated from the competition in the first round.', []],
    ['Four bandits were arrested by police on Sunday.', []],
    ['If 20 fighters were neutralised, the town would fall.', []],
    ['Five candidates were eliminated in the second ballot.', []],
  ]);
});
