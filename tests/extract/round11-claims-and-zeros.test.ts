// Round 11, conflict news with claims of both sides and coder notes: "lost only two fighters",
// "killed just three" (an adverb before the count), people placed "along the front", military verbs
// in the present ("Troops neutralise 14 insurgents"), zeros with words describing the harm ("no
// civilian deaths", "no reports of civilian casualties"), "Best estimate 14" (no speaker), the idiom
// "died a thousand deaths", and an unclosed aside whose own harm noun is no shared predicate.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('an adverb between the verb and its count', () => {
  cases([
    ['The resistance group said it had lost only two fighters.', ['killed 2-2 exact']],
    ['The army said it killed just three militants in the raid.', ['killed 3-3 exact']],
    ['Rebels abducted only four of the 30 passengers.', ['captured 4-4 exact']],
  ]);
});

describe('adverbs before counts of no one', () => {
  cases([
    ['The champions lost only two games all season.', []],
    ['The regiment lost just three tanks.', []],
  ]);
});

describe('people placed along a front or off a coast', () => {
  cases([
    ["The ministry said it had 'eliminated' up to 340 Ukrainian servicemen along the Kupiansk axis.", ['killed ?-340 at_most']],
    ['Pirates seized 12 fishermen off the coast on Friday.', ['captured 12-12 exact']],
    ['Troops killed 9 militants behind the front line.', ['killed 9-9 exact']],
  ]);
});

describe('military verbs in the present', () => {
  cases([
    ['Troops neutralise 14 insurgents on Lake Chad islands', ['killed 14-14 exact']],
    ['Air force neutralizes 30 terrorists in Borno', ['killed 30-30 exact']],
    ['Army vows to neutralise 40 bandits.', []],
    ['Engineers neutralise 14 mines near the road.', []],
  ]);
});

describe('zeros with words that describe the harm', () => {
  cases([
    ['No civilian deaths were reported.', ['killed 0-0 exact']],
    ['Best estimate 14; no army or civilian deaths reported.', ['killed 0-0 exact']],
    ['The military said it had no reports of civilian casualties.', ['casualties 0-0 exact']],
    ['There were no immediate reports of injuries.', ['wounded 0-0 exact']],
    ['There were no Israeli casualties, the army said.', ['casualties 0-0 exact']],
    ['No heat-related deaths were recorded this summer.', ['killed 0-0 exact']],
  ]);
});

describe('no zero of a harm', () => {
  cases([
    ['We want no more deaths.', []],
    ['There were no serious injuries.', []],
    ['No critical injuries were reported.', []],
    ['Police said there was no evidence the deaths were linked.', []],
    ['There is no such thing as acceptable casualties.', []],
  ]);
});

describe('a coded estimate is no speaker', () => {
  it.each([
    ['Best estimate 14; no army or civilian deaths reported.', null],
    ['High estimate 20 killed.', null],
    ['Oxfam estimates 40 people died.', 'Oxfam'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('dying a thousand deaths', () => {
  cases([
    ["The coach said his side 'died a thousand deaths' in the second half.", []],
    ['Cowards die a thousand deaths.', []],
    ['Officials confirmed 40 deaths.', ['killed 40-40 exact']],
    ['Many died: 40 deaths in all.', ['killed 40-40 exact']],
  ]);
});

describe('an unclosed aside with a harm noun of its own', () => {
  cases([
    ['The cumulative number of cholera cases stands at 23,418, including 412 associated deaths.', ['killed 412-412 exact']],
    ['A total of 500 cases including 12 deaths were reported.', ['killed 12-12 exact']],
    ['Forty people, including 33 children were wounded.', ['wounded 40-40 exact', 'wounded 33-33 exact']],
  ]);
});
