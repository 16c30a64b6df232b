// Round 10 phrase families of 19th- and early 20th-century newspapers, despatches and returns:
// "Among the slain were General X and three of his aides" (a person named before the count), "some
// 1,500 of the French fell upon the field" (a people named with "of the"), "placed 4,000 Turks hors de
// combat" (casualties), "the total losses of the Confederates … at 2,912" (a side in the plural), and
// an agent's name that stops before the figure it gives ("reported by General X at 2,912").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('round 10: archival English', () => {
  cases([
    ['Among the slain were Colonel Brandt and four of his staff.', ['killed 4-4 exact']],
    ['Among the dead were the mayor and 6 councillors.', []],
    ['In all some 900 of the Austrians fell upon the heights.', ['killed 900-900 approx']],
    ['Our guns put nearly 2,000 Prussians hors de combat before noon.', ['casualties 2000-2000 approx']],
    ['The losses of the Federals at Mill Creek were given by General Dane at 1,410.', ['casualties 1410-1410 exact']],
    // Not people falling in battle, nor people merely named.
    ['Three of the Pirates fell to the Cubs.', []],
    ['Two of the Rangers fell 3 points in the standings.', []],
    ['Among the guests were President Obi and 40 diplomats.', []],
    ['Net losses of the companies were 12,000.', []],
  ]);
  it('stops the agent before its figure', () => {
    expect(figuresOf('The losses of the Federals were reported by General Dane at 1,410.')[0]?.source).toBe('General Dane');
  });
});
