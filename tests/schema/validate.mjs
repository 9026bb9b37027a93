#!/usr/bin/env node
// Validates lateral's YAML files against the JSON Schemas in schemas/, reading YAML the way
// editors do (YAML 1.2, core schema: unquoted dates stay strings, `yes` is text).
//
//   node validate.mjs DIR...                  every known *.yaml under each DIR must be valid
//   node validate.mjs --expect-invalid PATH... every named file (or known *.yaml under a named
//                                             directory) must be rejected
//   --schemas DIR                             read the schemas from DIR (default: ../../schemas)
//
// A file's kind comes from its path: lateral.yaml, school.yaml, review.yaml,
// self-evaluation.yaml, benchmark.yaml, actions.yaml, process-feedback.yaml by name;
// evidence/*.yaml; frameworks/*.yaml and any default.yaml under a `frameworks` directory.
// Other files are skipped. Exit 0 when all is as expected, 1 when not, 2 on a usage error.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const KINDS = ['lateral', 'school', 'review', 'self-evaluation', 'evidence', 'benchmark', 'actions',
  'process-feedback', 'framework'];
const BY_NAME = new Map([
  ['lateral.yaml', 'lateral'],
  ['school.yaml', 'school'],
  ['review.yaml', 'review'],
  ['self-evaluation.yaml', 'self-evaluation'],
  ['benchmark.yaml', 'benchmark'],
  ['actions.yaml', 'actions'],
  ['process-feedback.yaml', 'process-feedback'],
]);
const SKIP_DIRS = new Set(['node_modules', '.git']);

function usage(message) {
  if (message) console.error(`validate.mjs: ${message}`);
  console.error('usage: node validate.mjs [--schemas DIR] DIR...\n' +
    '       node validate.mjs [--schemas DIR] --expect-invalid FILE...');
  process.exit(2);
}

function kindOf(file) {
  const parts = path.resolve(file).split(path.sep);
  const name = parts[parts.length - 1];
  const parent = parts[parts.length - 2];
  if (!name.endsWith('.yaml')) return null;
  if (parent === 'frameworks') return 'framework';
  if (name === 'default.yaml' && parts.slice(0, -1).includes('frameworks')) return 'framework';
  if (parent === 'evidence') return 'evidence';
  return BY_NAME.get(name) ?? null;
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && entry.name.endsWith('.yaml')) {
      out.push(full);
    }
  }
  return out;
}

function makeValidators(schemaDir) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validators = {};
  for (const kind of KINDS) {
    const file = path.join(schemaDir, `${kind}.json`);
    let schema;
    try {
      schema = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`validate.mjs: cannot read schema ${file}: ${e.message}`);
      process.exit(2);
    }
    try {
      validators[kind] = ajv.compile(schema);
    } catch (e) {
      console.error(`validate.mjs: schema ${file} is not a valid draft-07 schema: ${e.message}`);
      process.exit(1);
    }
  }
  return validators;
}

function describe(err) {
  const where = err.instancePath || '/';
  let what = err.message;
  if (err.keyword === 'additionalProperties') what = `unknown key \`${err.params.additionalProperty}\``;
  else if (err.keyword === 'enum') what = `${err.message}: ${err.params.allowedValues.join(', ')}`;
  else if (err.keyword === 'propertyNames') what = `key \`${err.params.propertyName}\` is not allowed`;
  return `${where} ${what}`;
}

// Returns null when the file is valid, else a one-line description of what is wrong.
function check(file, kind, validators) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    return `cannot read: ${e.message}`;
  }
  const doc = YAML.parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) return `YAML: ${doc.errors.map((e) => e.message.split('\n')[0]).join('; ')}`;
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return `YAML: ${e.message.split('\n')[0]}`;
  }
  const validate = validators[kind];
  if (validate(data)) return null;
  // propertyNames failures also report the inner keyword with an empty path; keep the clearer one
  const errors = validate.errors.filter((e) => !(e.propertyName !== undefined && e.keyword !== 'propertyNames'));
  return [...new Set(errors.map(describe))].join('; ');
}

function main(argv) {
  let schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');
  let expectInvalid = false;
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--expect-invalid') expectInvalid = true;
    else if (a === '--schemas') {
      if (i + 1 >= argv.length) usage('--schemas needs a directory');
      schemaDir = path.resolve(argv[++i]);
    } else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else args.push(a);
  }
  if (!args.length) usage(expectInvalid ? 'no files given' : 'no directories given');
  const validators = makeValidators(schemaDir);

  let passed = 0;
  let failed = 0;
  let seen = 0;
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      console.error(`validate.mjs: ${arg}: no such file or directory`);
      failed++;
      continue;
    }
    const files = stat.isDirectory() ? walk(arg, []) : [arg];
    for (const file of files) {
      const kind = kindOf(file);
      if (!kind) {
        if (!stat.isDirectory()) {
          console.log(`unknown ${file}: cannot tell its kind from its path`);
          failed++;
        }
        continue;
      }
      seen++;
      const problem = check(file, kind, validators);
      if (expectInvalid) {
        if (problem === null) {
          console.log(`wrongly accepted ${file} (${kind})`);
          failed++;
        } else {
          console.log(`rejected ${file}: ${problem}`);
          passed++;
        }
      } else if (problem === null) {
        console.log(`ok ${file}`);
        passed++;
      } else {
        console.log(`invalid ${file}: ${problem}`);
        failed++;
      }
    }
  }
  if (!seen) {
    console.error('validate.mjs: no file of a known kind found');
    return 1;
  }
  console.error(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
