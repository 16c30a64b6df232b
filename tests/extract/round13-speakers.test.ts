// Round 13, who said it in digests, bulletins and statements of both sides: a bullet ends its item's
// speaker; a body's bulletin or count as the subject that revises or passes a toll (past an aside with
// an hour in it); ", while X said …" runs to the end of the sentence.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => `${f.low ?? '?'} ${f.source}`);

describe('a bullet ends the speaker of the item before it', () => {
  it.each([
    ['This week: • Town A: shelling killed 12 people, per the local council; • Town B: clashes left dozens dead.', ['12 the local council', '24 null']],
    ['Digest • North: 4 soldiers killed, the army said • South: 3 fishermen kidnapped', ['4 the army', '3 null']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe("a body's bulletin or count revises or passes a toll", () => {
  it.each([
    ["The health ministry's bulletin revised the toll to 40 from 38.", ["40 The health ministry's bulletin", "38 The health ministry's bulletin"]],
    ["The state police's bulletin, updated at 8am, revised the death toll down to 39 from 42.", ["39 The state police's bulletin", "42 The state police's bulletin"]],
    ["The health ministry's count passed 40,000 dead in August.", ['40000 The health ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('names no event as the owner of a count', () => {
    expect(sources("The storm's toll passed 100.")).toEqual(['100 null']);
  });
});

describe(', while X said … runs to the end of the sentence', () => {
  it.each([
    ['The army said its troops had killed about 20 militants, while the health ministry said 12 civilians were killed, at least four of them children, and more than 100 wounded.',
      ['20 The army', '12 the health ministry', '4 the health ministry', '100 the health ministry']],
    ['Rebels claimed 30 soldiers died, while the army said 5 were killed, two of them officers, and 9 hurt.',
      ['30 Rebels', '5 the army', '2 the army', '9 the army']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('still ends at the comma when "while" opens the sentence', () => {
    expect(sources('While he said it was too early to know, at least 70,000 people were feared dead.')).toEqual(['70000 null']);
  });
});
