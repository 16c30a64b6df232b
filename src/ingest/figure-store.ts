// Figures read back from a figure stream, held compactly. A reconciliation holds every figure until
// its output is written, and a million figures as plain objects (16 fields, a boxed confidence, a
// scope object each) fill some 250 MB of heap. Here a figure is a small object, its doc and its row,
// and its other fields are getters over columns: whole numbers in typed arrays, strings as indexes
// into one table of the distinct texts, and two shared records: where the figure was read and who
// stated it (file, claimant, outlet, date: the same for a report's figures), and the fields that are
// rarely set, with the confidence, which takes few values.
import { CATEGORIES, QUALIFIERS, type Category, type Figure, type Qualifier } from '../figure.js';

/** Marks a row whose value is kept in the column's map instead: null, a fraction, -0 or a large number. */
const ODD = -0x80000000;
const FIRST_ROWS = 1024;

/** Whole numbers that fit in 32 bits, in an Int32Array; the rare other values in a Map beside it. */
class NumberColumn<T extends number | null> {
  values = new Int32Array(FIRST_ROWS);
  private readonly odd = new Map<number, T>();

  set(row: number, value: T): void {
    if (value !== null && (value | 0) === value && value !== ODD && !Object.is(value, -0)) {
      this.values[row] = value;
    } else {
      this.values[row] = ODD;
      this.odd.set(row, value);
    }
  }

  get(row: number): T {
    const value = this.values[row]!;
    return value === ODD ? this.odd.get(row)! : (value as T);
  }
}

/** The fields a figure stream rarely sets, and its confidence: shared by every figure with the same values. */
export type FigureExtras = Pick<Figure, 'confidence' | 'revision' | 'scope' | 'partOf' | 'kind' | 'interval' | 'event'>;

/** Where a figure was read and who stated it: repeated by every figure of a report. */
type FigureContext = Pick<Figure, 'file' | 'source' | 'outlet' | 'date'>;

/** What a figure line holds besides its doc, as readFigures checked it. */
export type FigureFields = Omit<Figure, 'doc' | 'sourceVia'>;

/**
 * Distinct values, each given a number once: `limit` bounds the lookup table, not the values, so
 * that values which never repeat cannot fill it (it starts again when full; a value seen again
 * after that gets a second number).
 */
class Interned<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(private readonly limit: number) {}

  numberOf(key: string, value: T): number {
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    if (this.numbers.size >= this.limit) this.numbers.clear();
    this.values.push(value);
    this.numbers.set(key, this.values.length - 1);
    return this.values.length - 1;
  }
}

/** The texts of one run: file names, claimants, outlets, actors, dates, quotes and sentences. */
class Texts {
  private readonly short = new Interned<string | null>(MAX_SHARED_STRINGS);
  /** Sentences are many and longer: their own table, with room for more of them. */
  private readonly sentences = new Interned<string>(MAX_SHARED_SENTENCES);

  numberOf(text: string | null): number {
    return text === null ? NULL_TEXT : this.short.numberOf(text, text);
  }

  sentenceNumberOf(text: string): number {
    return this.sentences.numberOf(text, text);
  }

  /** The copy of `text` seen first. */
  share(text: string | null): string | null {
    return this.text(this.numberOf(text));
  }

  text(number: number): string | null {
    return number === NULL_TEXT ? null : this.short.values[number]!;
  }

  sentence(number: number): string {
    return this.sentences.values[number]!;
  }
}

const NULL_TEXT = 0xffffffff;
const MAX_SHARED_STRINGS = 100_000;
const MAX_SHARED_SENTENCES = 1_000_000;

/** Every figure of one run, in columns; `add` gives back the figure's object. */
export class FigureStore {
  private rows = 0;
  private capacity = FIRST_ROWS;
  private readonly texts = new Texts();
  private readonly extras = new Interned<FigureExtras>(MAX_SHARED_STRINGS);
  private readonly contexts = new Interned<FigureContext>(MAX_SHARED_STRINGS);
  private readonly low = new NumberColumn<number | null>();
  private readonly high = new NumberColumn<number | null>();
  private readonly start = new NumberColumn<number>();
  private readonly end = new NumberColumn<number>();
  private readonly line = new NumberColumn<number>();
  private context = new Uint32Array(FIRST_ROWS);
  private actor = new Uint32Array(FIRST_ROWS);
  private quote = new Uint32Array(FIRST_ROWS);
  private sentence = new Uint32Array(FIRST_ROWS);
  private extra = new Uint32Array(FIRST_ROWS);
  /** Category in the low 4 bits, qualifier in the high 4. */
  private kinds = new Uint8Array(FIRST_ROWS);
  private readonly Stored: new (doc: string, row: number) => Figure;

  constructor() {
    const store = this;
    const texts = this.texts;
    // One class per store, so that a figure needs no field pointing at its store.
    this.Stored = class StoredFigure implements Figure {
      constructor(readonly doc: string, private readonly row: number) {}
      get file() { return store.contextOf(this.row).file; }
      get line() { return store.line.get(this.row); }
      get category() { return CATEGORIES[store.kinds[this.row]! & 0xf]!; }
      get qualifier() { return QUALIFIERS[store.kinds[this.row]! >> 4]!; }
      get low() { return store.low.get(this.row); }
      get high() { return store.high.get(this.row); }
      get actor() { return texts.text(store.actor[this.row]!); }
      get source() { return store.contextOf(this.row).source; }
      get outlet() { return store.contextOf(this.row).outlet; }
      get quote() { return texts.text(store.quote[this.row]!)!; }
      get start() { return store.start.get(this.row); }
      get end() { return store.end.get(this.row); }
      get sentence() { return texts.sentence(store.sentence[this.row]!); }
      get date() { return store.contextOf(this.row).date; }
      get confidence() { return store.extrasOf(this.row).confidence; }
      get revision() { return store.extrasOf(this.row).revision; }
      get scope() { return store.extrasOf(this.row).scope; }
      get partOf() { return store.extrasOf(this.row).partOf; }
      get kind() { return store.extrasOf(this.row).kind; }
      get interval() { return store.extrasOf(this.row).interval; }
      get event() { return store.extrasOf(this.row).event; }
    };
  }

  add(doc: string, fields: FigureFields): Figure {
    if (this.rows === this.capacity) this.grow();
    const row = this.rows++;
    this.line.set(row, fields.line);
    this.kinds[row] = CATEGORY_NUMBERS.get(fields.category)! | (QUALIFIER_NUMBERS.get(fields.qualifier)! << 4);
    this.low.set(row, fields.low);
    this.high.set(row, fields.high);
    this.actor[row] = this.texts.numberOf(fields.actor);
    this.quote[row] = this.texts.numberOf(fields.quote);
    this.start.set(row, fields.start);
    this.end.set(row, fields.end);
    this.sentence[row] = this.texts.sentenceNumberOf(fields.sentence);
    const { file, source, outlet, date } = fields;
    const context = { file: this.texts.share(file)!, source: this.texts.share(source), outlet: this.texts.share(outlet), date: this.texts.share(date) };
    this.context[row] = this.contexts.numberOf(JSON.stringify([file, source, outlet, date]), context);
    const { confidence, revision, scope, partOf, kind, interval, event } = fields;
    const extras: FigureExtras = { confidence, revision, scope, partOf, kind, interval, event };
    this.extra[row] = this.extras.numberOf(JSON.stringify([confidence, revision, scope, partOf, kind, interval, event]), extras);
    return new this.Stored(doc, row);
  }

  private contextOf(row: number): FigureContext {
    return this.contexts.values[this.context[row]!]!;
  }

  private extrasOf(row: number): FigureExtras {
    return this.extras.values[this.extra[row]!]!;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const column of [this.low, this.high, this.start, this.end, this.line]) column.values = larger(column.values, this.capacity);
    this.context = larger(this.context, this.capacity);
    this.actor = larger(this.actor, this.capacity);
    this.quote = larger(this.quote, this.capacity);
    this.sentence = larger(this.sentence, this.capacity);
    this.extra = larger(this.extra, this.capacity);
    this.kinds = larger(this.kinds, this.capacity);
  }
}

function larger<T extends Int32Array | Uint32Array | Uint8Array>(column: T, capacity: number): T {
  const grown = new (column.constructor as new (length: number) => T)(capacity);
  grown.set(column);
  return grown;
}

const CATEGORY_NUMBERS = new Map<Category, number>(CATEGORIES.map((name, i) => [name, i]));
const QUALIFIER_NUMBERS = new Map<Qualifier, number>(QUALIFIERS.map((name, i) => [name, i]));
