// Round 6 phrase family from military statements (Nigerian, Sahel, Russian, Ukrainian): the
// statement's killing verbs in the passive, with fighters as the subject ("Two bandits were
// neutralised", "40 terrorists have been eliminated"); never equipment, never sport.
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

describe('not fighters killed', () => {
  cases([
    ['Two targets were destroyed and 3 threats were neutralised.', []],
    ['Two soldiers were eliminated from the competition in the first round.', []],
    ['Four bandits were arrested by police on Sunday.', []],
    ['If 20 fighters were neutralised, the town would fall.', []],
    ['Five candidates were eliminated in the second ballot.', []],
  ]);
});
