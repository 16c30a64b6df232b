import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('zero counts stated as such', () => {
  it.each([
    ['No one was killed in the blast.', ['killed 0-0 exact']],
    ['Nobody was hurt, police said.', ['wounded 0-0 exact']],
    ['The tremor caused no injuries.', ['wounded 0-0 exact']],
    ['No deaths were reported after the storm.', ['killed 0-0 exact']],
    ['There were no casualties among the crew.', ['casualties 0-0 exact']],
    ['No Americans were killed.', ['killed 0-0 exact']],
    ['No foreign tourists were hurt in the blast.', ['wounded 0-0 exact']],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('counts the people named after "none of those killed were": no civilians were killed, not no one', () => {
    expect(figuresOf('Officials said none of those killed were civilians.').map((f) => [f.category, f.low, f.actor])).toEqual([['killed', 0, 'civilians']]);
    expect(figuresOf('None of the injured were children.').map((f) => f.actor)).toEqual(['children']);
    expect(figuresOf('None of those killed were identified.').map((f) => f.actor)).toEqual(['people']);
  });

  it('is not fooled by other "no" phrases', () => {
    expect(summarise('There is no doubt the attack was planned to kill.')).toEqual([]);
    expect(summarise('No survivors were found in the wreckage, but no bodies either.')).toEqual([]);
  });
});

// One zero for two harms is a zero of casualties, as "killed or wounded 500" is.
describe('zero for joined harms', () => {
  cases([
    ['No injuries or fatalities were reported after the blast.', ['casualties 0-0 exact']],
    ['Nobody was killed or hurt when the roof fell in.', ['casualties 0-0 exact']],
    ['There were no deaths or injuries among the crew.', ['casualties 0-0 exact']],
    ['The tremor caused no injuries or damage.', ['wounded 0-0 exact']],
    ['No one was killed and no one was injured.', ['killed 0-0 exact', 'wounded 0-0 exact']],
  ]);
});
