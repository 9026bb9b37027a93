#!/usr/bin/env node
// Parses every ```mermaid block of the Markdown files given with Mermaid's own parser
// (mermaid.parse, which needs a DOM: jsdom provides one), as GitHub would before drawing them.
//
//   node parse.mjs FILE.md...                   every block must parse; at least one block in all
//   node parse.mjs --expect-invalid FILE.md...  every block must be rejected (a control)
// Prints one line per block; exit 0 when all is as expected, 1 when not, 2 on a usage error.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

// The blocks of a Markdown text: a fence line ```mermaid, up to the closing ``` line.
function blocks(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```mermaid') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== '```') end++;
    out.push({ line: start, source: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

const args = process.argv.slice(2);
const expectInvalid = args[0] === '--expect-invalid';
const files = expectInvalid ? args.slice(1) : args;
if (!files.length) {
  console.error('usage: node parse.mjs [--expect-invalid] FILE.md...');
  process.exit(2);
}
let seen = 0;
let wrong = 0;
for (const file of files) {
  for (const b of blocks(readFileSync(file, 'utf8'))) {
    seen++;
    try {
      const result = await mermaid.parse(b.source);
      if (expectInvalid) {
        wrong++;
        console.log(`wrongly accepted ${file}:${b.line} (${result.diagramType})`);
      } else {
        console.log(`ok ${file}:${b.line} ${result.diagramType}`);
      }
    } catch (e) {
      const message = String(e.message ?? e).split('\n').join(' ');
      if (expectInvalid) {
        console.log(`rejected ${file}:${b.line}: ${message}`);
      } else {
        wrong++;
        console.log(`invalid ${file}:${b.line}: ${message}`);
      }
    }
  }
}
if (!seen) {
  console.error('parse.mjs: no mermaid block found');
  process.exit(1);
}
console.error(`${seen} diagrams, ${wrong} not as expected`);
process.exit(wrong ? 1 : 0);
