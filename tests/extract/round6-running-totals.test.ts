// Round 6 phrase families from epidemic and heat bulletins: a running total whose noun carries a
// scope ("bringing the total for the season to 87"), and a toll's earlier number after a day named
// between the links ("rose to 58 on Wednesday from 41"), also where a harm noun is the subject.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('running totals with a scope: the figure before', () => {
  cases([
    ['The district recorded 4 new deaths from dengue this week, bringing the total for the season to 87.', ['killed 4-4 exact', 'killed 87-87 exact']],
    ['Officials confirmed 12 more deaths on Friday, bringing the tally since January to 412.', ['killed 12-12 exact', 'killed 412-412 exact']],
    ['Another 30 people were injured, taking the total so far to 210.', ['wounded 30-30 exact', 'wounded 210-210 exact']],
  ]);
});

describe('a day between chained toll numbers', () => {
  cases([
    ['Heat-related deaths rose to 58 on Wednesday from 41 a day earlier.', ['killed 58-58 exact', 'killed 41-41 exact']],
    ['The death toll climbed to 87 overnight from 80.', ['killed 87-87 exact', 'killed 80-80 exact']],
    ['Injuries reached 230 on Sunday from 190.', ['wounded 230-230 exact', 'wounded 190-190 exact']],
  ]);
});

describe('not a running total, not a chain', () => {
  cases([
    ['Police arrested 4 suspects, bringing the number of arrests in the case to 12.', []],
    ['The bank opened 3 branches, bringing the total for the quarter to 12.', []],
    ['The death toll rose to 30 on Monday in 3 separate attacks.', ['killed 30-30 exact']],
    ['Revenue rose to 58 million on Wednesday from 41 million.', []],
  ]);
});
