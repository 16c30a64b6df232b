// A figure that names no one takes who was counted from the report's other statement of the same
// count: headlines and their bodies ("Raid Kills 5. … five other villagers were killed").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const actors = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.actor}`);

describe('who was counted, from the same count elsewhere in the report', () => {
  it('names a headline figure from its body', () => {
    expect(actors('Raid Kills 5 in Border Town. At least five other villagers were killed in the blast.'))
      .toEqual(['killed 5 villagers', 'killed 5 villagers']);
  });

  it('leaves it alone when the other statements name different groups, or another count', () => {
    expect(actors('Blast Kills 4. Four soldiers were killed at the gate. Four police officers were killed nearby.'))
      .toEqual(['killed 4 people', 'killed 4 soldiers', 'killed 4 police officers']);
    expect(actors('Blast Kills 4. Six soldiers were killed at the gate.')).toEqual(['killed 4 people', 'killed 6 soldiers']);
  });

  it('never renames people a sentence names itself', () => {
    expect(actors('Nine Miners Dead in Pit Fire. The fire killed nine people, officials said.'))
      .toEqual(['killed 9 Miners', 'killed 9 people']);
  });

  it('never carries "others", which names people only beside the ones before them', () => {
    expect(actors('Checkpoint Attack Wounds 2. Guards shot three men and wounded 2 others.'))
      .toEqual(['wounded 2 people', 'wounded 2 others']);
  });
});
