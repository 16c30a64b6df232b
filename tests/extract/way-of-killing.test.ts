import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a way of killing with "dead" or "to death" around the people', () => {
  cases([
    ['Gunmen shot two farmers dead near the river.', ['killed 2-2 exact']],
    ['Police shot three youths to death during the riot.', ['killed 3-3 exact']],
    ['A mob hacked five villagers to death.', ['killed 5-5 exact']],
    ['The attacker was convicted of stabbing to death six patients.', ['killed 6-6 exact']],
    ['Soldiers burned 12 villagers to death in their homes.', ['killed 12-12 exact']],
    ['Guards beat to death two inmates, the report said.', ['killed 2-2 exact']],
    // A word or two the people's phrase does not read still stands before "to death".
    ['An intruder stabbed eight sleeping students to death before fleeing.', ['killed 8-8 exact']],
    ['He beat two elderly neighbours to death.', ['killed 2-2 exact']],
    ['Gunmen shot four men in the legs and left them for dead.', []],
    // Without "dead" or "to death" the verb alone says nothing of death.
    ['Police shot three youths during the riot.', []],
    ['A court sentenced four men to death.', []],
    ['The gang threatened to beat two witnesses to death.', []],
  ]);

  it('reads who was counted between the verb and "dead"', () => {
    expect(figuresOf('Gunmen shot two farmers dead near the river.')[0].actor).toBe('farmers');
  });
});

describe('burned alive', () => {
  cases([
    ['Soldiers burned 14 villagers alive in a barn.', ['killed 14-14 exact']],
    ['The mob burnt two suspected thieves alive.', ['killed 2-2 exact']],
    ['Attackers burnt alive six worshippers inside the church.', ['killed 6-6 exact']],
    ['Nine travellers were burned alive when the bus was set on fire.', ['killed 9-9 exact']],
    // Alive and unharmed, or burning things, not people.
    ['Rioters burned 40 shops, but the 12 owners got out alive.', []],
    ['Rescuers found 5 people alive in the burning house.', []],
    ['The blaze burned 300 hectares.', []],
    ['Crews burned 20 piles of brush while the villagers watched, alive to the risk.', []],
  ]);

  it('reads who was counted before "alive"', () => {
    expect(figuresOf('Soldiers burned 14 villagers alive in a barn.')[0].actor).toBe('villagers');
  });
});
