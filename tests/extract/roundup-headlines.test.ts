// Wire headlines of a day's roundup: people joined by a comma, the second noun with a word describing
// it, a hedge before the predicate ("2 soldiers, army medic killed", "5 troops, civilian reported
// killed"), and people placed by a name and its kind of place ("in Donetsk republic", "Kharkiv region").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('people joined by a comma in a headline', () => {
  cases([
    ['Two soldiers, army medic killed in ambush near border', ['killed 2-2 exact']],
    ['Five troops, civilian reported killed in roadside blast', ['killed 5-5 exact']],
    ['3 policemen, local guide feared dead after avalanche', ['killed 3-3 exact']],
    ['Two soldiers, one civilian killed in ambush', ['killed 2-2 exact', 'killed 1-1 exact']],
    // Negatives: a comma before something that is not people, and a list of things.
    ['Two ministers, army chief resign after deadly blast', []],
    ['Three tanks, armoured truck destroyed in strike', []],
  ]);
});

describe('people placed by a name and its kind of place', () => {
  cases([
    ['Two civilians in Donetsk republic killed by shelling', ['killed 2-2 exact']],
    ['Three people in Kharkiv region wounded in overnight strikes', ['wounded 3-3 exact']],
    ['Four residents of Zaporizhzhia oblast were injured, the governor said.', ['wounded 4-4 exact']],
    ['Six villagers from Borno state were abducted by gunmen.', ['captured 6-6 exact']],
    // Negatives: the place's kind with no harm, and a count of places.
    ['Two towns in Kherson region lost power after the strike.', []],
    ['Five villages in Sumy oblast were shelled overnight.', []],
  ]);
});

describe('a comma before a second count is no join', () => {
  cases([
    ['Shelling kills one civilian, leaves nine wounded', ['killed 1-1 exact', 'wounded 9-9 exact']],
    ['Blast kills three soldiers, leaves two injured in east', ['killed 3-3 exact', 'wounded 2-2 exact']],
  ]);
});

describe("a war's sides credited at a headline's end", () => {
  const sourcesOf = (text: string) => figuresOf(text).map((figure) => figure.source);
  it('reads insurgents, separatists and activists after a colon or a spaced dash', () => {
    expect(sourcesOf('3 rebels, 2 civilians killed in assault on the town: insurgents')).toEqual(['insurgents', 'insurgents']);
    expect(sourcesOf('Five soldiers killed near the airport - separatists')).toEqual(['separatists']);
    expect(sourcesOf('Security forces kill 14 protesters – activists')).toEqual(['activists']);
  });
  it('leaves them as the counted people elsewhere', () => {
    expect(sourcesOf('Twelve separatists were killed near the airport.')).toEqual([null]);
  });
});

describe("a ceasefire's count of breaches beside the harmed", () => {
  cases([
    ['Army reports 26 truce breaches, one serviceman killed', ['killed 1-1 exact']],
    ['Militants made 40 ceasefire violations, two soldiers wounded - spokesman', ['wounded 2-2 exact']],
    ['Observers log 112 shellings, three civilians injured', ['wounded 3-3 exact']],
  ]);
});
