import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

function claims(text: string, source: string | null = null) {
  return figuresOf(text, source).map((f) => [f.low ?? f.high, f.source, f.outlet]);
}

describe('who states the figure', () => {
  it.each([
    ['Twelve people were killed in the blast, police said.', 'police'],
    ['Twelve people were killed in the blast, the regional governor said on Monday.', 'the regional governor'],
    ['The interior ministry said 12 people were killed.', 'The interior ministry'],
    ['Officials say at least 12 people have died.', 'Officials'],
    ['According to the Red Crescent, 12 people were killed.', 'the Red Crescent'],
    ['Twelve people were killed, according to local medics.', 'local medics'],
    ['Twelve people were killed, said Amina Yusuf, a district nurse.', 'Amina Yusuf'],
    ['The coast guard estimates that about 12 migrants drowned.', 'The coast guard'],
    ['Twelve people died, the provincial office told reporters.', 'the provincial office'],
    ['The toll was put at 12 dead by the harbour authority, which reported the fire.', null],
    ['Twelve villagers were killed, the army confirmed, raising the toll.', 'the army'],
    ['Police said, adding that 30 were injured, that the blast was deliberate.', 'Police'],
    ['The fighting has claimed more than 10,000 lives, the UN says.', 'the UN'],
    ['Rebels claimed to have killed 50 soldiers in the raid.', 'Rebels'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });

  it('takes the nearest attribution that covers each figure', () => {
    expect(claims('While police put the toll at 22 dead, hospitals received 31 bodies, said Omar Said, a doctor.')).toEqual([
      [22, 'police', null], [31, 'Omar Said', null],
    ]);
    expect(claims('Kabul says 3 soldiers died, while rebel commanders say 40 soldiers were killed.')).toEqual([
      [3, 'Kabul', null], [40, 'rebel commanders', null],
    ]);
  });

  it('does not attribute a figure to a speaker whose words come later in another clause', () => {
    expect(claims('A blast killed 9 people on Friday, while officials said they were looking for the bombers.')).toEqual([[9, null, null]]);
  });

  it('keeps the claimant and the outlet apart', () => {
    expect(claims('The spy agency told lawmakers that 300 soldiers were killed, Yonhap reported.')).toEqual([[300, 'The spy agency', 'Yonhap']]);
    expect(claims('The agency said 300 soldiers were killed. Source: Daily Courier')).toEqual([[300, 'The agency', 'Daily Courier']]);
  });

  it('resolves pronouns and role nouns to the last named claimant', () => {
    expect(claims('The Health Ministry gave new figures on Friday. It said 40 people were killed.')).toEqual([[40, 'The Health Ministry', null]]);
    expect(claims('Governor Ana Ruiz spoke to reporters. "We have lost 14 people," she said.')).toEqual([[14, 'Governor Ana Ruiz', null]]);
    expect(claims('Minister Lee Min said 9 died. He said another 30 people were wounded.')).toEqual([
      [9, 'Minister Lee Min', null], [30, 'Minister Lee Min', null],
    ]);
    expect(claims('The Gaza health ministry issued a bulletin. Some 60 people died overnight, the ministry added.')).toEqual([
      [60, 'the ministry', null],
    ]);
    expect(claims('The Tigray health ministry said 12 died. Another 60 people died overnight, the ministry added.')).toEqual([
      [12, 'The Tigray health ministry', null], [60, 'The Tigray health ministry', null],
    ]);
  });

  it('gives a quotation the attribution that closes it', () => {
    expect(claims('"Four men were killed at dawn. Two more are missing," the mayor said.')).toEqual([
      [4, 'the mayor', null], [2, 'the mayor', null],
    ]);
  });

  it('uses a dateline agency only when nobody else is named', () => {
    expect(claims('HARARE (Reuters) - Floods killed 30 people on Sunday.')).toEqual([[30, 'Reuters', null]]);
    expect(claims('HARARE (Reuters) - Floods killed 30 people on Sunday, police said.')).toEqual([[30, 'police', 'Reuters']]);
  });

  it('gives a headline the claimant of the body', () => {
    expect(claims('Floods kill 30 in Harare. Floods killed 30 people on Sunday, police said.')).toEqual([
      [30, 'police', null], [30, 'police', null],
    ]);
  });

  it('reads a headline credit after a colon or dash', () => {
    expect(claims('Around 300 soldiers killed in border fighting: Seoul spy agency')).toEqual([[300, 'Seoul spy agency', null]]);
  });

  it('falls back to the source column', () => {
    expect(claims('Floods killed 30 people on Sunday.', 'Harare Herald')).toEqual([[30, 'Harare Herald', null]]);
  });
});
