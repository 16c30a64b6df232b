// Round 10 phrase families of casualty returns, report tables and rights reports: a comma or a dash
// between an entry's harm and its number ("Officers killed, 4; wounded, 17.", "civilians killed –
// 1,043;"), the disappeared counted as missing ("6 disappeared", "were forcibly disappeared"), and a
// speaker after a year ("Between 2017 and 2019 our researchers recorded …").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('round 10: entries of a casualty return', () => {
  cases([
    ['Return of the 3rd Brigade. Officers killed, 2; wounded, 9. Other ranks killed, 61; wounded, 240; missing, 18.',
      ['killed 2-2 exact', 'wounded 9-9 exact', 'killed 61-61 exact', 'wounded 240-240 exact', 'missing 18-18 exact']],
    ['Annex 2 (to 31 May): children killed – 212; children injured – 530; persons missing – 44.',
      ['killed 212-212 exact', 'wounded 530-530 exact', 'missing 44-44 exact']],
    // A clause with its own verb, then a bare number, is no entry; nor a count before the harm.
    ['Three people were killed, 12.', ['killed 3-3 exact']],
    ['Police said 5 died, 3.', ['killed 5-5 exact']],
    ['Profits fell, 12; revenue rose, 40.', []],
  ]);
  it('names the people of the entry', () => {
    expect(figuresOf('Officers killed, 2; wounded, 9.').map((f) => f.actor)).toEqual(['Officers', 'Officers']);
    expect(figuresOf('Annex 2: civilians killed – 212.')[0]?.actor).toBe('civilians');
  });
});

describe('round 10: the disappeared are missing', () => {
  cases([
    ['So far the rains leave 9 deceased, 4 disappeared and 300 homes damaged.', ['killed 9-9 exact', 'missing 4-4 exact']],
    ['The commission recorded 85 men who were forcibly disappeared by the security forces.', ['missing 85-85 exact']],
    ['43 students disappeared after police stopped their buses.', ['missing 43-43 exact']],
    // Things vanish too, and a bare count with no other harm beside it may count anything.
    ['Two planes disappeared from radar.', []],
    ['One disappeared and we now have only two left.', []],
  ]);
});

describe('round 10: a speaker after a year', () => {
  it.each([
    ['Between 2015 and 2018 the monitors documented 140 killings of journalists.', 'the monitors'],
    ['In 2021 police reported 33 deaths on the road.', 'police'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
