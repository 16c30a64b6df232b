// Phrase families fixed in dossier round 9 (tests/cli/dossier-round9.test.ts), each with invented
// positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);

describe('deaths put down to another cause are set apart from the toll', () => {
  it.each([
    ['The health ministry corrected its toll to 29, saying 2 deaths previously attributed to the syrups had been caused by other illnesses.', '2'],
    ['The coroner said 3 of the deaths were due to natural causes.', '3'],
    ['Officials said 4 deaths first counted in the flood toll were attributed to other causes.', '4'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)).toBeUndefined();
  });

  it('keeps the toll beside them, and deaths caused by the event', () => {
    expect(at('The health ministry corrected its toll to 29, saying 2 deaths previously attributed to the syrups had been caused by other illnesses.', '29')?.category).toBe('killed');
    expect(at('The inquiry said 12 deaths were caused by the contaminated syrup.', '12')?.category).toBe('killed');
    expect(at('The coroner said 40 people had died and that 3 others were due to natural causes.', '40')?.category).toBe('killed');
  });
});

describe('people found alive are no count of the missing or the dead', () => {
  it.each([
    ['The agency revised the number of missing down to 12 after 23 people who had been reported missing were found alive in evacuation centres.', '23'],
    ['Rescuers said 5 climbers were found safe in a hut below the pass.', '5'],
    ['Four fishermen reported missing on Monday have been rescued unharmed.', 'Four'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)).toBeUndefined();
  });

  it('keeps the missing beside them, and the rescued with injuries', () => {
    expect(at('The agency revised the number of missing down to 12 after 23 people who had been reported missing were found alive in evacuation centres.', '12')?.category).toBe('missing');
    expect(at('Rescuers said 12 people were missing and 3 were found alive.', '12')?.category).toBe('missing');
    expect(at('Fourteen others were rescued alive with injuries.', 'Fourteen')?.category).toBe('wounded');
  });
});

describe('what raised a toll is a part of it, and its counting words are not the toll\'s', () => {
  const raised = 'The tourism department raised the toll to 13 after the bodies of the 2 missing porters were recovered.';

  it('files the bodies under the toll they raised', () => {
    const toll = at(raised, '13')!;
    expect(toll.kind).toBeUndefined();
    expect(at(raised, '2')?.partOf).toBe(toll.start);
    const updated = 'The agency updated the death toll to 36 after rescuers recovered 5 more bodies from the mud.';
    expect(at(updated, '36')?.kind).toBeUndefined();
    expect(at(updated, '5')?.kind).toBe('counted');
  });

  it('still counts a toll said with its own counting words', () => {
    expect(at('Rescuers recovered 12 bodies after the avalanche.', '12')?.kind).toBe('counted');
  });

  it('reads the victims identified one by one as counted dead, before or after the verb', () => {
    const after = at('The commission said 48 of the victims had been identified by DNA analysis.', '48');
    expect([after?.category, after?.kind]).toEqual(['killed', 'counted']);
    expect(at('Police said 3 of the victims of the fraud had been identified.', '3')).toBeUndefined();
  });
});

describe('a figure called wrong is the denial of who calls it so', () => {
  it('credits the denier, not the owner of the figure', () => {
    const figure = at('Orvex Pharma denied that its syrups had caused any deaths and said the ministry\'s figure of 18 deaths was baseless.', '18');
    expect([figure?.source, figure?.revision]).toEqual(['Orvex Pharma', 'denied']);
    expect(at('The army said the rebels\' tally of 40 dead was exaggerated.', '40')?.source).toBe('The army');
  });

  it('keeps the owner of a figure restated or confirmed', () => {
    expect(at('The ministry\'s figure of 18 deaths was confirmed by WHO.', '18')?.source).toBe('The ministry');
  });
});

describe('"and said" after a denial goes on with the denier', () => {
  it('reads the subject of the denial past what was denied', () => {
    expect(at('Police denied that officers had fired and said 18 people had died.', '18')?.source).toBe('Police');
    expect(at('A veterans\' group of the former Black Eagles militia denied that its fighters had killed civilians at Orlovac and said 30 of its own men had died.', '30')?.source)
      .toBe('A veterans\' group of the former Black Eagles militia');
  });

  it('reads no denier past a number or of no body', () => {
    expect(at('Police denied that 3 officers had fired and said 18 people had died.', '18')?.source ?? null).toBeNull();
  });
});

describe('what a speaker has done, set off before its verb of saying, is its count', () => {
  it.each([
    ['The Association of Orlovac Mothers, which has compiled the names of 212 missing men and boys, said it expected more graves to be found.', '212', 'The Association of Orlovac Mothers'],
    ['The rights group, which has documented 40 deaths, said the toll was higher.', '40', 'The rights group'],
    ['The army, which has lost 40 soldiers, said 12 rebels were killed.', '12', 'The army'],
  ])('%s', (text, quote, source) => {
    expect(at(text, quote)?.source).toBe(source);
  });

  it('reads no speaker from a place, nor from a clause that is no perfect', () => {
    expect(at('The town, where 12 people were killed, said nothing.', '12')?.source ?? null).toBeNull();
    expect(at('The village, which was shelled and lost 12 people, said nothing.', '12')?.source ?? null).toBeNull();
  });
});

describe('the number of victims is of the dead where they were identified or a death raised it', () => {
  it('reads the dead', () => {
    const identified = at('The commission said the number of victims identified had risen to 143.', '143');
    expect([identified?.category, identified?.kind]).toEqual(['killed', 'counted']);
    expect(at('The police department raised the number of victims to 10 after a woman wounded in the food court died in hospital.', '10')?.category).toBe('killed');
  });

  it('leaves victims of no death alone (they may be the wounded too)', () => {
    expect(at('The number of victims rose to 40.', '40')).toBeUndefined();
    expect(at('The number of victims rose to 40 after the hospital admitted more patients.', '40')).toBeUndefined();
  });
});
