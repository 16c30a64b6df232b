import { describe } from 'vitest';
import { cases } from './helpers.js';

// The harmed named first, then a copula or "include" and the count: the count takes their harm.
describe('among the harmed', () => {
  cases([
    ['Among the dead were 6 nurses and a doctor.', ['killed 6-6 exact']],
    ['Among those wounded were 14 schoolchildren, 3 teachers and one driver.', ['wounded 14-14 exact', 'wounded 3-3 exact', 'wounded 1-1 exact']],
    ['The dead included 9 soldiers and 2 interpreters.', ['killed 9-9 exact', 'killed 2-2 exact']],
    ['Those killed in the ambush near the ford include two reporters.', ['killed 2-2 exact']],
    ['Among those abducted was one priest.', ['captured 1-1 exact']],
    ['Those hurt were 12 fans of the visiting side.', ['wounded 12-12 exact']],
    ['The dead man was 45.', []],
    ['Among the guests were 40 diplomats.', []],
    ['The dead included 3 horses and a mule.', []],
    ['Those killed could include 20 children, officials feared.', []],
  ]);
});
