// Two families of the people after a count: a participle that describes them ("four visiting fans",
// "3,000 retreating soldiers") and injuries suffered in the participle ("suffering stab wounds");
// and "lost N": a loss of life only when people are lost, never shares, seats, jobs or rigs.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a participle right after the count describes the people', () => {
  cases([
    ['Four visiting fans suffered injuries outside the ground.', ['wounded 4-4 exact']],
    ['Some 3,000 retreating soldiers were captured at the river.', ['captured 3000-3000 approx']],
    ['Twelve fleeing civilians were killed when the convoy was shelled.', ['killed 12-12 exact']],
    ['The clashes left 40 striking miners injured.', ['wounded 40-40 exact']],
  ]);

  it('names them with the participle', () => {
    expect(figuresOf('Four visiting fans suffered injuries.').map((f) => f.actor)).toEqual(['visiting fans']);
  });
});

describe('participles that are no description of people', () => {
  cases([
    ['Forty people, including children, were killed.', ['killed 40-40 exact']],
    ['The fire destroyed 12 adjoining houses.', []],
    ['Twelve people suffering from smoke inhalation were treated.', []],
    ['The team, suffering 3 defeats in a row, sacked its coach.', []],
  ]);
});

describe('injuries suffered or sustained, in the participle too', () => {
  cases([
    ['On a night that saw four visiting fans suffering stab wounds, police made arrests.', ['wounded 4-4 exact']],
    ['Four miners sustaining serious injuries were airlifted to Perth.', ['wounded 4-4 exact']],
    // Round 7: burns suffered are injuries (the guideline's "injured"); this case expected nothing before.
    ['Two firefighters suffered burns.', ['wounded 2-2 exact']],
  ]);
});

describe('"lost N": people lost are killed', () => {
  cases([
    ['The regiment lost 300 men in the first hour.', ['killed 300-300 exact']],
    ['The squadron lost 12 pilots over the Channel.', ['killed 12-12 exact']],
    ['The family lost three children in the fire.', ['killed 3-3 exact']],
    ['The rebels lost at least 40 fighters in the assault.', ['killed 40-? at_least']],
    ['The mine lost 40 workers to the cholera outbreak.', ['killed 40-40 exact']],
    ['The battalion lost 12 soldiers to sniper fire, the colonel said.', ['killed 12-12 exact']],
  ]);
});

describe('"lost N" things is no loss of life', () => {
  cases([
    ['Texas lost 23 working rigs, Oklahoma dropped by 13.', []],
    // People who went elsewhere.
    ['The plant lost 40 workers to a rival firm last year.', []],
    ['The union lost 300 members to the breakaway federation.', []],
    ['The ruling bloc lost 12 members to the opposition in the vote.', []],
    ['Hospitals lost 200 nurses to emigration in 2022.', []],
    ['The company lost 10 cts per share in 1985.', []],
    ['The Social Democrats lost six of its previous 47 seats.', []],
    ['The dollar lost more than two pfennigs against the mark.', []],
    ['The tech sector lost 403,300 jobs between March and April.', []],
  ]);
});
