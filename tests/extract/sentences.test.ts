import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/extract/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence boundaries', () => {
  it('splits on terminal punctuation before a capital', () => {
    expect(sentences('Ten died. Five were hurt! Was it a bomb? Nobody knows.')).toEqual(
      ['Ten died.', 'Five were hurt!', 'Was it a bomb?', 'Nobody knows.']);
  });

  it('opens a sentence at a wire ticker name in angle brackets', () => {
    expect(sentences('MINE FIRE KILLS ONE. <Norvale Mining> said one miner died.')).toEqual(
      ['MINE FIRE KILLS ONE.', '<Norvale Mining> said one miner died.']);
  });

  it('ends an item of an export\'s list at a semicolon glued to both neighbours', () => {
    expect(sentences('Four soldiers killed in shelling - army;Nine civilians die in strike on market;2 wounded near border')).toEqual(
      ['Four soldiers killed in shelling - army', 'Nine civilians die in strike on market', '2 wounded near border']);
    // Prose keeps its semicolons; an undecoded entity and a garbled number are no list.
    expect(sentences('Two died; Three were hurt.')).toEqual(['Two died; Three were hurt.']);
    expect(sentences('A group calling itself quot;The Army of Iraq quot; said it killed 3.')).toHaveLength(1);
    expect(sentences('Net profit 330,;575 vs 1,4;73,100')).toHaveLength(1);
  });

  it('ends a story at a digest separator', () => {
    expect(sentences('The army said it repelled the attack, killing 40. - - - - KESTREL - Sikh militants killed five people.')).toEqual(
      ['The army said it repelled the attack, killing 40.', 'KESTREL - Sikh militants killed five people.']);
    expect(sentences('A hyphen - or a dash - stays inside.')).toEqual(['A hyphen - or a dash - stays inside.']);
  });

  it('survives abbreviations and initials', () => {
    expect(sentences('U.S. troops said Gen. Smith and S. Korean forces met on Sept. 17 in the city. It was calm.')).toEqual(
      ['U.S. troops said Gen. Smith and S. Korean forces met on Sept. 17 in the city.', 'It was calm.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"We lost twelve men." The commander wept.')).toEqual(['"We lost twelve men."', 'The commander wept.']);
  });

  it('breaks at newlines and datelines', () => {
    expect(sentences('Blast kills 4 (AP). AP - A bomb went off.\nA second line')).toEqual(
      ['Blast kills 4 (AP).', 'AP - A bomb went off.', 'A second line']);
  });

  it('cuts a run-on text into bounded windows at spaces', () => {
    const text = 'word '.repeat(2000) + 'end';
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(4);
    expect(spans.every((s) => s.end - s.start <= MAX_SENTENCE)).toBe(true);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('keeps footnote markers after a full stop with their sentence (round 9, reference works)', () => {
    expect(sentences('The town lost 300.[7] Newspapers put the toll higher.[note 2][b] It was rebuilt.')).toEqual(
      ['The town lost 300.[7]', 'Newspapers put the toll higher.[note 2][b]', 'It was rebuilt.']);
    expect(sentences('Ten died.[citation needed] Five were hurt.')).toEqual(['Ten died.[citation needed]', 'Five were hurt.']);
  });

  it('reads no footnote in a bracket that never closes or runs long', () => {
    expect(sentences('Ten died.[see the long note about the counting of the dead] Five were hurt.')).toEqual(
      ['Ten died.[see the long note about the counting of the dead] Five were hurt.']);
  });

  it('does not break before lower case', () => {
    expect(sentences('It cost 3 mln dlrs. and more')).toEqual(['It cost 3 mln dlrs. and more']);
  });
});

describe('claimants, pass 2: a numbered list item after a full stop opens a sentence', () => {
  it('splits "… missing. - 18 June: …" and "… as follows. - 8 pct bonds …", not a trailing credit', () => {
    const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(split('The army says 19 insurgents killed, 2 soldiers missing. - 18 June: 3 fishermen kidnapped off the coast.')).toHaveLength(2);
    expect(split('Nine killed in blast. - Reuters')).toHaveLength(1);
  });
});
