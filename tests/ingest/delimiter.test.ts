import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['id,date,text', ','],
    ['id;date;text', ';'],
    ['id\tdate\ttext', '\t'],
    ['id|date|text', '|'],
    ['"a;b;c",x,y', ','],
    ['"a,b";x;y', ';'],
    ['text', ','],
    ['a,b;c', ','],
  ])('%j -> %j', (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });
});
