#!/usr/bin/env node
// Validates the JSON that `lateral profile` and `lateral action-plan` print against their
// schemas (schemas/profile.json, schemas/action-plan.json), with the ajv packages of
// tests/schema/. Each document must pass, and the same document with an `overall_grade` key
// added must fail, so a schema that accepts anything cannot pass this check.
//
//   node output-schema.mjs SCHEMA.json FILE.json...
// Exit 0 when all is as expected, 1 when not, 2 on a usage error.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../schema/package.json'));
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [schemaFile, ...files] = process.argv.slice(2);
if (!schemaFile || !files.length) {
  console.error('usage: node output-schema.mjs SCHEMA.json FILE.json...');
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
} catch (e) {
  console.error(`${schemaFile}: not a valid draft-07 schema: ${e.message}`);
  process.exit(1);
}

const describe = (errors) =>
  errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ');

let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`unreadable ${file}: ${e.message}`);
    failed++;
    continue;
  }
  if (!validate(doc)) {
    console.log(`invalid ${file}: ${describe(validate.errors)}`);
    failed++;
    continue;
  }
  if (validate({ ...doc, overall_grade: 'good' })) {
    console.log(`wrongly accepted ${file} with an overall_grade key`);
    failed++;
    continue;
  }
  console.log(`ok ${file}`);
}
console.error(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
