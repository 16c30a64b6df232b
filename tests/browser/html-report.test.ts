// The HTML and SVG reports in a real browser (Debian's chromium, driven by puppeteer-core), with
// every request that is not the file itself aborted and the browser offline: no console error, a
// chart per group, a screenshot that is not blank, every estimate's text on the page, no
// sideways scrolling in a narrow window. Skips, saying so, where chromium is not installed
// (.ci/run installs it).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toll } from '../cli/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`tests/browser: SKIPPED, no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

/** Many groups: 40 incidents, each with two claimants whose dated figures rise. */
function largeInput(): string {
  const rows = ['id,date,text'];
  for (let town = 1; town <= 40; town++) {
    for (let day = 0; day < 3; day++) {
      const n = 20 + town * 7 + day * 15;
      const date = `2024-03-${String(1 + day * 3).padStart(2, '0')}`;
      rows.push(`e${town},${date},"At least ${n} civilians were killed in shelling of Town ${town}, the regional health department said."`);
      rows.push(`e${town},${date},"The town council said ${n * 2} civilians were killed in the shelling."`);
    }
  }
  return `${rows.join('\n')}\n`;
}

interface JsonGroup {
  rows: { display: string; claims: { label: string }[] }[];
}

describe.skipIf(!present)('the HTML report in chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'toll-browser-'));
    writeFileSync(join(dir, 'large.csv'), largeInput());
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a file offline; returns the page and what went wrong on it. */
  async function open(file: string, width = 1000): Promise<{ page: Page; errors: string[]; blocked: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const blocked: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('file:')) void request.continue();
      else {
        blocked.push(request.url());
        void request.abort();
      }
    });
    await page.setOfflineMode(true);
    await page.setViewport({ width, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, blocked };
  }

  /** The share of a screenshot's sampled pixels that are not white, counted in a blank page's canvas. */
  async function inkShare(png: Uint8Array): Promise<number> {
    const page = await browser.newPage();
    const src = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const share = await page.evaluate(async (url: string) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
      return ink / (data.length / 4);
    }, src);
    await page.close();
    return share;
  }

  /** `command` is reconcile or timeline; the estimates to find are read from reconcile's JSON of the same input. */
  async function checkReport(command: string, args: string[], name: string, ledgers = 0): Promise<void> {
    const file = join(dir, `${name}.html`);
    const made = toll([command, ...args, '--format', 'html', '-o', file]);
    expect(made.status, made.stderr).toBe(0);
    const groups = (JSON.parse(toll(['reconcile', ...args, '--format', 'json']).stdout) as { groups: JsonGroup[] }).groups;
    expect(groups.length).toBeGreaterThan(0);

    const { page, errors, blocked } = await open(file);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    const sections = await page.$$eval('section.group', (nodes) => nodes.map((node) => ({
      charts: node.querySelectorAll('figure.forest svg[role="img"]').length,
      label: node.querySelector('figure.forest svg')?.getAttribute('aria-label') ?? '',
      text: (node as HTMLElement).innerText,
    })));
    expect(sections).toHaveLength(groups.length);
    sections.forEach((section, i) => {
      expect(section.charts, `group ${i + 1}`).toBe(1);
      for (const row of groups[i]!.rows) {
        for (const claim of row.claims) {
          expect(section.text, `group ${i + 1}`).toContain(claim.label);
          expect(section.label, `group ${i + 1}`).toContain(claim.label);
        }
      }
    });
    expect(await page.$$eval('figure.ledger svg', (nodes) => nodes.length)).toBe(ledgers);
    expect(await inkShare(await page.screenshot({ type: 'png' }))).toBeGreaterThan(0.01);

    // A narrow window: the page wraps and scales its charts rather than scroll sideways.
    await page.setViewport({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  }

  it('shows the bundled data offline: every group charted, every estimate findable, pixels drawn', async () => {
    await checkReport('reconcile', ['data/reports.txt'], 'bundled');
  });

  it('shows a large dated input (40 groups) offline, with the statements over time', async () => {
    const args = ['--date-column', 'date', '--id-column', 'id', '--per-record', join(dir, 'large.csv')];
    await checkReport('timeline', args, 'large', 40);
  });

  it('opens the SVG output as one valid SVG document with a chart per group', async () => {
    const file = join(dir, 'chart.svg');
    expect(toll(['data/reports.txt', '--format', 'svg', '-o', file]).status).toBe(0);
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    const found = await page.evaluate(() => ({
      root: document.documentElement.localName,
      errors: document.getElementsByTagName('parsererror').length,
      charts: document.documentElement.querySelectorAll(':scope > svg').length,
    }));
    expect(found).toEqual({ root: 'svg', errors: 0, charts: 3 });
    expect(await inkShare(await page.screenshot({ type: 'png' }))).toBeGreaterThan(0.01);
    await page.close();
  });
});
