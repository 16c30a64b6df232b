// Plain text: each non-blank line is a report, or with `paragraphs` each blank-line separated block.

import type { Report } from '../figure.js';
import { hasText, lineBatches, type Line } from './lines.js';
import { formatSize, type Settings } from './options.js';
import type { Problems } from './problems.js';

export function readText(chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems): AsyncGenerator<Report> {
  return settings.paragraphs
    ? readParagraphs(chunks, settings.maxRecordSize, settings.firstLine, problems)
    : readLines(chunks, settings.maxRecordSize, settings.firstLine, problems);
}

async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number, firstLine: number, problems: Problems): AsyncGenerator<Report> {
  for await (const lines of lineBatches(chunks, maxBytes, firstLine)) {
    for (const { number, text } of lines) {
      if (text === null) problems.error(number, 'RECORD_TOO_LONG', { limit: formatSize(maxBytes) });
      else if (hasText(text)) yield textReport(problems.file, number, text);
    }
  }
}

async function* readParagraphs(chunks: AsyncIterable<Buffer>, maxBytes: number, firstLine: number, problems: Problems): AsyncGenerator<Report> {
  const paragraph = new Paragraph(maxBytes);
  for await (const lines of lineBatches(chunks, maxBytes, firstLine)) {
    for (const line of lines) {
      if (line.text === null || hasText(line.text)) paragraph.add(line);
      else yield* endParagraph(paragraph, maxBytes, problems);
    }
  }
  yield* endParagraph(paragraph, maxBytes, problems);
}

function* endParagraph(paragraph: Paragraph, maxBytes: number, problems: Problems): Generator<Report> {
  const ended = paragraph.take();
  if (ended === null) return;
  if (ended.text === null) problems.error(ended.line, 'RECORD_TOO_LONG', { limit: formatSize(maxBytes) });
  else yield textReport(problems.file, ended.line, ended.text);
}

function textReport(file: string, line: number, text: string): Report {
  return { file, line, doc: `${file}:${line}`, text, source: null, date: null };
}

/** The lines of the paragraph being read; once it exceeds the limit, only where it started. */
class Paragraph {
  private lines: string[] = [];
  private first = 0;
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  add(line: Line): void {
    if (this.first === 0) this.first = line.number;
    // Lines are joined with one "\n" each.
    this.bytes += line.bytes + (this.lines.length === 0 ? 0 : 1);
    if (line.text !== null && this.bytes <= this.maxBytes) this.lines.push(line.text);
    else this.bytes = Infinity;
  }

  /** The paragraph read so far (text null when too long), or null when there is none. */
  take(): { line: number; text: string | null } | null {
    if (this.first === 0) return null;
    const paragraph = { line: this.first, text: this.bytes > this.maxBytes ? null : this.lines.join('\n') };
    this.lines = [];
    this.first = 0;
    this.bytes = 0;
    return paragraph;
  }
}
