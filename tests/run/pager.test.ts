// Paging like git: only tables and markdown, only on a terminal, $PAGER else less -FRX, --no-pager.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerCommand, startPager } from '../../src/run/pager.js';

const tty = { isTTY: true, pager: true, format: 'table', toFile: false };

describe('pagerCommand', () => {
  it('pages tables and markdown on a terminal with $PAGER, else less -FRX', () => {
    expect(pagerCommand({}, tty)).toBe('less -FRX');
    expect(pagerCommand({ PAGER: 'more' }, { ...tty, format: 'markdown' })).toBe('more');
    expect(pagerCommand({ PAGER: 'more', TOLL_PAGER: 'most' }, tty)).toBe('most');
  });

  it('never pages a pipe, a file, a machine format, --no-pager, or an empty or cat pager', () => {
    expect(pagerCommand({}, { ...tty, isTTY: false })).toBeNull();
    expect(pagerCommand({}, { ...tty, isTTY: undefined })).toBeNull();
    expect(pagerCommand({}, { ...tty, toFile: true })).toBeNull();
    for (const format of ['json', 'ndjson', 'csv']) expect(pagerCommand({}, { ...tty, format })).toBeNull();
    expect(pagerCommand({}, { ...tty, pager: false })).toBeNull();
    expect(pagerCommand({ PAGER: '' }, tty)).toBeNull();
    expect(pagerCommand({ PAGER: 'cat' }, tty)).toBeNull();
  });
});

describe('startPager', () => {
  it('hands the output to the pager and waits for it, with LESS=FRX unless set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-pager-'));
    const out = join(dir, 'paged');
    const pager = startPager(`cat > ${out}; printf %s "$LESS" > ${out}.less`, { PATH: process.env.PATH });
    pager.stdin.write('a table\n');
    await pager.close();
    expect(readFileSync(out, 'utf8')).toBe('a table\n');
    expect(readFileSync(`${out}.less`, 'utf8')).toBe('FRX');
    const own = startPager(`printf %s "$LESS" > ${out}.less`, { PATH: process.env.PATH, LESS: 'R' });
    await own.close();
    expect(readFileSync(`${out}.less`, 'utf8')).toBe('R');
  });
});
