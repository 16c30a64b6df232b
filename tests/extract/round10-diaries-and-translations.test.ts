// Round 10 phrase families of war diaries and translated English: the full stop of an abbreviated
// rank before the predicate ("2 O.R. killed", "1 Offr. wounded"), and a label's count whose people
// and predicate follow ("Casualties: 2 soldiers killed" is killed, not casualties); Latin American
// and francophone English: "resulted dead 7 agents", "4 agents resulted injured", "17 soldiers lost
// the life" (the idiom's "the life" is no person before "and 8 others"), "1,872 homicides".
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('round 10: war diaries', () => {
  cases([
    ['12.3.18. Heavy shelling on the left sector. Casualties: 3 O.R. killed, 11 O.R. wounded, 2 O.R. missing.',
      ['killed 3-3 exact', 'wounded 11-11 exact', 'missing 2-2 exact']],
    ['Casualties: 1 Offr. wounded, 4 O.R. killed.', ['wounded 1-1 exact', 'killed 4-4 exact']],
    ['Casualties: 2 soldiers killed, 9 wounded.', ['killed 2-2 exact', 'wounded 9-9 exact']],
    // A label alone, or with its own harm after the number, reads as before.
    ['Casualties: 12', ['casualties 12-12 exact']],
    ['Casualties: 3,000 dead', ['killed 3000-3000 exact']],
    // An abbreviation that ends a sentence is no abbreviated rank.
    ['The convoy reached the H.Q. Two men were killed later.', ['killed 2-2 exact']],
  ]);
});

describe('round 10: translated English', () => {
  cases([
    ['In the clash resulted dead 5 members of the gang and 1 police agent, while other 3 agents resulted injured.',
      ['killed 5-5 exact', 'killed 1-1 exact', 'wounded 3-3 exact']],
    ['The balance is heavy: 11 soldiers lost the life and 6 others were wounded, of whom 2 gravely.',
      ['killed 11-11 exact', 'wounded 6-6 exact', 'wounded 2-2 exact']],
    ['Last year were registered 2,310 homicides in the province.', ['killed 2310-2310 exact']],
    // Rates and results that are no harm.
    ['Homicides rose 12% last year.', []],
    ['The 12 incidents resulted in losses for the insurers.', []],
  ]);
});
