// Round 22 (probe-genres-22: storm surveys, custody and use-of-force statistics, aid-security digests,
// motorsport and air-show accidents, landslides in translation, battle histories): invented phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sourcesOf = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.source}`);

describe('a report signed by its closing credit line', () => {
  it('credits every figure no one else claims to a closing dash or double hyphen and a name', () => {
    expect(sourcesOf('Storm survey of an EF-2 tornado near Hollis. Fatalities: 4. Injuries: 21. -- NWS Norman')).toEqual([
      'killed 4 NWS Norman', 'wounded 21 NWS Norman',
    ]);
    expect(sourcesOf('Straight-line winds near Dover. Deaths: 2. Injured: 9. — Kent County Emergency Management')).toEqual([
      'killed 2 Kent County Emergency Management', 'wounded 9 Kent County Emergency Management',
    ]);
  });
  it('credits a closing name in brackets, standing as its own line', () => {
    expect(sourcesOf('Quarterly use of force. Subjects injured: 41. Subject fatalities: 1. (Harbor City Police Department, Professional Standards Unit)')).toEqual([
      'wounded 41 Harbor City Police Department, Professional Standards Unit', 'killed 1 Harbor City Police Department, Professional Standards Unit',
    ]);
  });
  it('credits a body a closing "Compiled by" line names', () => {
    expect(sourcesOf('Digest, Q1. Aid staff: 2 killed, 4 injured. Compiled by the Field Security Forum from member reports.')).toEqual([
      'killed 2 the Field Security Forum', 'wounded 4 the Field Security Forum',
    ]);
    expect(sourcesOf('Weekly digest. Staff abducted: 3. Prepared by Regional Safety Office.')).toEqual(['captured 3 Regional Safety Office']);
  });
  it('credits a body in brackets closing a headline', () => {
    expect(sourcesOf('3 deminers killed by mine near Kandahar (Mine Clearance Trust)')).toEqual(['killed 3 Mine Clearance Trust']);
    expect(sourcesOf('Two aid workers hurt in ambush (Relief Workers Association)')).toEqual(['wounded 2 Relief Workers Association']);
  });
  it('leaves the named speakers their own figures', () => {
    expect(sourcesOf('Fatalities: 3, police said. Injuries: 8. -- NWS Tulsa')).toEqual(['killed 3 police', 'wounded 8 NWS Tulsa']);
  });
  it('reads no credit from a place, an update or lower-case words in brackets, or a clause after a dash', () => {
    expect(sourcesOf('Two killed in shelling near Kherson (Ukraine)')).toEqual(['killed 2 null']);
    expect(sourcesOf('Bus crash kills 12 on mountain road (UPDATE 2)')).toEqual(['killed 12 null']);
    expect(sourcesOf('Flood kills 6 in the valley (photos)')).toEqual(['killed 6 null']);
    expect(sourcesOf('Three died in the surge. Two were hurt. — and the roads are closed')).toEqual(['killed 3 null', 'wounded 2 null']);
  });
});

describe("a watchdog's header with its acronym in brackets", () => {
  it('credits the body before its acronym and a document word', () => {
    expect(sourcesOf('Police Conduct Authority (PCA) statement: The Authority has received reports of 6 deaths after police contact.')[0]).toBe(
      'killed 6 Police Conduct Authority',
    );
    expect(sourcesOf('Independent Prisons Commission (IPC) bulletin: 4 inmates died in custody in May.')).toEqual([
      'killed 4 Independent Prisons Commission',
    ]);
  });
  it('needs a document word after a body that is no credit body alone', () => {
    expect(sourcesOf('Northern Transit Authority (NTA) trains: 3 people were hurt at a crossing.')).toEqual(['wounded 3 null']);
  });
});
