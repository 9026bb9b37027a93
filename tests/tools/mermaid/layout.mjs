#!/usr/bin/env node
// Draws the levels picture of each history's Markdown with Mermaid itself, in Debian's Chromium
// (puppeteer-core), as GitHub or mermaid-cli would, and checks its layout: one row per aspect (each
// aspect's first review below the one before, not beside it) and a size that stays readable on a
// page (on an A4 page's text width, 672 px, its 16 px labels print at 8 px or more while a history
// has at most three reviews).
//
//   node layout.mjs FILE.md...                  every picture must pass
//   node layout.mjs --expect-failure FILE.md... every picture must fail (a control)
// Prints one line per picture; exit 0 when all is as expected, 1 when not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const expectFailure = args[0] === '--expect-failure';
const files = expectFailure ? args.slice(1) : args;
const A4_TEXT_PX = 672;
const mermaidPath = fileURLToPath(new URL('./node_modules/mermaid/dist/mermaid.min.js', import.meta.url));

// The first ```mermaid block of a Markdown text.
function block(text) {
  const m = text.match(/^```mermaid\n([\s\S]*?)^```$/m);
  return m ? m[1] : null;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let wrong = 0, drawn = 0;
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: mermaidPath });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
  for (const file of files) {
    const source = block(readFileSync(file, 'utf8'));
    if (!source) continue;
    drawn++;
    const reviews = new Set([...source.matchAll(/\baspect\d+r(\d+)\[/g)].map((m) => m[1])).size;
    const result = await page.evaluate(async (src) => {
      const { svg } = await window.mermaid.render('levels', src);
      const out = document.getElementById('out');
      out.innerHTML = svg;
      const box = out.querySelector('svg').viewBox.baseVal;
      // Each aspect's first review: the node whose id ends flowchart-aspectNr1-K (after the diagram's id).
      const rows = [...out.querySelectorAll('g.node')]
        .map((g) => ({ m: g.id.match(/flowchart-aspect(\d+)r1-\d+$/), r: g.getBoundingClientRect() }))
        .filter((n) => n.m)
        .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
        .map((n) => ({ top: n.r.top, bottom: n.r.bottom }));
      return { width: box.width, height: box.height, rows };
    }, source);
    const problems = [];
    for (let i = 1; i < result.rows.length; i++)
      if (result.rows[i].top < result.rows[i - 1].bottom) {
        problems.push(`aspect ${i + 1} is beside aspect ${i}, not below it`);
        break;
      }
    if (reviews <= 3 && result.width > 2 * A4_TEXT_PX)
      problems.push(`${Math.round(result.width)} px wide: on an A4 page its labels would print at ${(16 * A4_TEXT_PX / result.width).toFixed(1)} px`);
    const size = `${Math.round(result.width)} × ${Math.round(result.height)} px, ${result.rows.length} aspects, ${reviews} reviews`;
    if (problems.length) {
      if (!expectFailure) wrong++;
      console.log(`${expectFailure ? 'rejected' : 'FAIL'} ${file}: ${size}: ${problems.join('; ')}`);
    } else {
      if (expectFailure) wrong++;
      console.log(`${expectFailure ? 'FAIL (accepted)' : 'ok'} ${file}: ${size}`);
    }
  }
} finally {
  await browser.close();
}
if (drawn === 0) {
  console.log('no Mermaid picture found');
  process.exit(1);
}
process.exit(wrong ? 1 : 0);
