// Validates SARIF logs twice: against the published SARIF 2.1.0 JSON Schema (the copy shipped in
// Microsoft's SARIF Multitool package) with ajv, and with the Multitool's own `validate`, which also
// applies the SARIF rules the schema cannot express and the rules of GitHub's code scanning (`--rule-kind
// Gh;Sarif`: a rule needs fullDescription and help). Exit 1 when either finds an error or warning.
// Usage: node validate.mjs FILE.sarif...
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const multitoolDir = dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
const schema = JSON.parse(readFileSync(join(multitoolDir, 'sarif-2.1.0.json'), 'utf8'));

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.sarif...');
  process.exit(2);
}

let failed = false;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
for (const file of files) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (!validate(log)) {
    failed = true;
    for (const e of validate.errors) console.log(`${file}: schema: ${e.instancePath || '/'} ${e.message}`);
  }
}

// The Multitool is a self-contained .NET program; npm may not have run the postinstall that makes it
// executable, and it must not need ICU, which a fresh machine may lack.
const multitool = join(multitoolDir, 'Sarif.Multitool');
chmodSync(multitool, 0o755);
const out = mkdtempSync(join(tmpdir(), 'lateral-sarif-'));
try {
  const report = join(out, 'validation.sarif');
  const run = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', report, '--level', 'Error;Warning', ...files], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  if (run.status !== 0) {
    console.log(`Sarif.Multitool validate failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    failed = true;
  } else {
    const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((r) => r.results ?? []);
    for (const r of results) {
      const level = r.level ?? 'warning';
      if (level !== 'error' && level !== 'warning') continue;
      failed = true;
      const where = r.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri ?? '';
      const line = where?.region?.startLine ?? 0;
      console.log(`${file}:${line}: multitool ${level} ${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log(`valid SARIF 2.1.0: ${files.join(' ')}`);
