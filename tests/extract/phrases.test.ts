// Who was counted: the noun phrase after the number (phrases.ts), and the words that end it.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const actors = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.actor}`);

describe('the people a figure counts', () => {
  it.each([
    // Intentions and expectations end the phrase (INTENT_WORDS): "men wanted", "climbers expected" are not who.
    ['Five men wanted by police were shot dead on Monday.', ['killed 5 men']],
    ['Two climbers expected back on Sunday are missing.', ['missing 2 climbers']],
    ['Police said 30 people ready to flee were killed.', ['killed 30 people']],
    // A weekday ends it too (WEEKDAYS): wire copy puts the day straight after the object.
    ['Troops killed 12 militants Friday near the border.', ['killed 12 militants']],
    ['Gunmen kidnapped 14 travellers Saturday night on the highway.', ['captured 14 travellers']],
    ['Rescuers found 9 bodies Sunday.', ['killed 9 bodies']],
    // A verb of seeming ends the people: "people seem certain to have perished".
    ['Almost 200 people seem certain to have perished.', ['killed 200 people']],
    ['Three villagers appear to have drowned.', ['killed 3 villagers']],
    // A place of nearness ends it (NEARNESS_WORDS before "to" or "by"); a close relative is still who.
    ['Plane crash kills 10 close to the speedway.', ['killed 10 people']],
    ['Car bomb kills 7 next to a busy market.', ['killed 7 people']],
    ['Fire kills 4 close by the station.', ['killed 4 people']],
    ['The blast killed 12 close relatives of the groom.', ['killed 12 close relatives of the groom']],
    // As an object, a second noun of people joined by "and" is counted too, when the clause or a place follows.
    ['The strike killed 30 women and children.', ['killed 30 women and children']],
    ['The raid killed at least 12 patients and staff in the hospital.', ['killed 12 patients and staff']],
    ['Gunmen killed 3 policemen and a civilian.', ['killed 3 policemen']],
    ['The storm killed 4 people and injured 9.', ['killed 4 people', 'wounded 9 people']],
    // Negatives: words that are neither keep the whole name.
    ['Six Red Cross workers were killed in the shelling.', ['killed 6 Red Cross workers']],
    ['Nine border guards were wounded in the clash.', ['wounded 9 border guards']],
  ])('%s', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});
