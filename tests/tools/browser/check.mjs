// Opens each HTML file lateral wrote in Debian's Chromium, headless, and checks what a reader
// meets: no horizontal scroll on a 360 px phone, pictures' labels 9 px or more there, nothing
// wider than an A4 page's text width when printed, every link of a site resolving (to a file, and to an anchor in it), the printed page
// count, and no serious or critical accessibility violation (axe-core). Writes a screenshot of
// each file to the screenshots directory.
//   node check.mjs SCREENSHOTS_DIR EXPECTED_PAGES_FILE FILE.html...
// EXPECTED_PAGES_FILE: lines "NAME PAGES": the printed page count each named file must have.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const [shots, expectedFile, ...files] = process.argv.slice(2);
const expected = new Map(
  fs.readFileSync(expectedFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)).map(([n, p]) => [n, Number(p)]));
const axePath = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));
const userData = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'lateral-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: userData,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
// A4 is 210 mm wide; the documents print with 16 mm side margins: 178 mm of text, at 96 px an inch.
const A4_TEXT_PX = Math.floor((178 / 25.4) * 96);
let failures = 0;
const fail = (file, what) => { failures++; console.log(`FAIL ${file}: ${what}`); };
const checkedPages = new Set();

for (const file of files) {
  const name = path.basename(path.dirname(file)) + '/' + path.basename(file);
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  const url = pathToFileURL(path.resolve(file)).href;

  await page.setViewport({ width: 360, height: 740 });
  await page.goto(url, { waitUntil: 'load' });
  const phone = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (phone.scroll > phone.width) fail(name, `scrolls sideways at 360 px (${phone.scroll} px wide)`);
  // A picture scaled down to the phone's width must keep its labels readable: 9 px at least.
  const tiny = await page.evaluate(() => {
    const out = [];
    for (const svg of document.querySelectorAll('svg[viewBox]')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 9) { out.push(`"${t.textContent.slice(0, 30)}" at ${size.toFixed(1)} px`); break; }
      }
    }
    return out;
  });
  if (tiny.length) fail(name, `picture labels too small to read at 360 px: ${tiny.slice(0, 3).join('; ')}`);
  const shot = path.join(shots, file.replace(/^.*?documents\//, '').replace(/\//g, '__').replace(/\.html$/, ''));
  await page.screenshot({ path: `${shot}-phone.png`, fullPage: true });

  // Printed: the print style sheet, the width of an A4 page's text.
  await page.emulateMediaType('print');
  await page.setViewport({ width: A4_TEXT_PX, height: 1000 });
  const wide = await page.evaluate((limit) => {
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 1) out.push(`${el.tagName.toLowerCase()} ends at ${Math.round(r.right)} px`);
    }
    return out;
  }, A4_TEXT_PX);
  if (wide.length) fail(name, `wider than an A4 page (${A4_TEXT_PX} px): ${wide.slice(0, 3).join('; ')}`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  if (expected.has(name)) {
    checkedPages.add(name);
    if (pages !== expected.get(name)) fail(name, `prints on ${pages} A4 pages, expected ${expected.get(name)}`);
  }
  if (pages < 1) fail(name, 'printed no page');
  await page.emulateMediaType('screen');
  await page.setViewport({ width: 1000, height: 900 });
  await page.screenshot({ path: `${shot}.png`, fullPage: true });

  // Links: relative, to a file that exists, and to an anchor that exists there.
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
  for (const href of links) {
    if (/^[a-z]+:/i.test(href) || href.startsWith('/')) { fail(name, `link ${href} is not relative`); continue; }
    const [target, anchor] = href.split('#');
    const targetFile = target ? path.resolve(path.dirname(file), target) : path.resolve(file);
    if (!fs.existsSync(targetFile)) { fail(name, `link ${href}: no such file`); continue; }
    if (anchor) {
      const html = fs.readFileSync(targetFile, 'utf8');
      if (!html.includes(`id="${anchor}"`)) fail(name, `link ${href}: no element with id ${anchor}`);
    }
  }
  if (requests.length) fail(name, `fetched from the network: ${requests.slice(0, 3).join(', ')}`);

  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations)
    if (v.impact === 'serious' || v.impact === 'critical')
      fail(name, `axe ${v.impact}: ${v.id}: ${v.help} (${v.nodes.length} elements, first: ${v.nodes[0].target.join(' ')})`);
  console.log(`${name}: ${pages} A4 pages, ${links.length} links, ${result.violations.length} minor axe findings or none`);
  await page.close();
}
for (const name of expected.keys()) if (!checkedPages.has(name)) fail(name, 'expected a page count but the file was not checked');
await browser.close();
fs.rmSync(userData, { recursive: true, force: true });
console.log(`${files.length} HTML files checked, ${failures} failures`);
process.exit(failures ? 1 : 0);
