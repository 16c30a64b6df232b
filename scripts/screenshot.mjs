#!/usr/bin/env node
// Makes docs/report.png, the README's picture of the HTML report of the bundled data: builds the
// report with the CLI (`toll data/reports.txt --format html -o report.html`), opens it offline in
// Debian's chromium (puppeteer-core; CHROMIUM_PATH to use another) and shoots the top of the page.
// Run after `npm run build`: node scripts/screenshot.mjs [out.png]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'docs/report.png');
const dir = mkdtempSync(join(tmpdir(), 'toll-screenshot-'));
const page = join(dir, 'report.html');
try {
  const made = spawnSync(process.execPath, ['bin/toll.js', 'data/reports.txt', '--format', 'html', '-o', page, '--quiet'], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`toll failed: ${made.stderr}`);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    await tab.setOfflineMode(true);
    await tab.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    // The first group, whose claimants disagree: the run summary, its chart and its table.
    const end = await tab.$eval('#g2', (node) => node.getBoundingClientRect().top);
    await tab.screenshot({ path: out, clip: { x: 0, y: 0, width: 760, height: Math.round(end) } });
  } finally {
    await browser.close();
  }
  console.log(`${out}: ${statSync(out).size} bytes`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
