#!/usr/bin/env node
// What a user would otherwise write to check a partnership repository: ajv with the `yaml` package
// (YAML 1.2, as editors read it: dates stay strings), validating every file against lateral's JSON
// Schemas in one process. bench/run.sh times it next to `lateral check`.
//
//   node ajv-validate.mjs REPO [--schemas DIR]
//
// Schemas default to REPO/.lateral/schemas. A file's kind comes from its path (lateral.yaml,
// school.yaml, review.yaml, ..., evidence/*.yaml); hidden directories are skipped, as lateral skips
// them. Prints one line: files, valid, invalid, seconds (schema compilation and the walk included).
// Exit 0 when every file is valid, 1 when not, 2 on a usage error.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const start = process.hrtime.bigint();
const args = process.argv.slice(2);
function usage() {
  console.error('usage: node ajv-validate.mjs REPO [--schemas DIR]');
  process.exit(2);
}
let schemas = null;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schemas' && i + 1 < args.length) schemas = args[++i];
  else if (args[i].startsWith('-')) usage();
  else dirs.push(args[i]);
}
if (dirs.length !== 1) usage();
const repo = dirs[0];
schemas ??= path.join(repo, '.lateral', 'schemas');

const BY_NAME = new Map(['lateral', 'school', 'review', 'self-evaluation', 'benchmark', 'actions',
  'process-feedback'].map((k) => [`${k}.yaml`, k]));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map();
for (const kind of [...BY_NAME.values(), 'evidence']) {
  validators.set(kind, ajv.compile(JSON.parse(readFileSync(path.join(schemas, `${kind}.json`), 'utf8'))));
}

function kindOf(file) {
  const base = path.basename(file);
  if (path.basename(path.dirname(file)) === 'evidence') return 'evidence';
  return BY_NAME.get(base);
}

let files = 0;
let valid = 0;
let invalid = 0;
let firstProblem = '';
function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') visit(full);
      continue;
    }
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const kind = kindOf(full);
    if (!kind) continue;
    files++;
    let ok;
    try {
      const validate = validators.get(kind);
      ok = validate(YAML.parse(readFileSync(full, 'utf8')));
      if (!ok && !firstProblem) firstProblem = `${full}: ${ajv.errorsText(validate.errors)}`;
    } catch (e) {
      ok = false;
      if (!firstProblem) firstProblem = `${full}: ${e.message}`;
    }
    if (ok) valid++;
    else invalid++;
  }
}
visit(repo);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`files=${files} valid=${valid} invalid=${invalid} seconds=${seconds.toFixed(3)}`);
if (firstProblem) console.error(`first problem: ${firstProblem}`);
process.exit(invalid ? 1 : 0);
