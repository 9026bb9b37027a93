#!/usr/bin/env node
// Drives yaml-language-server (the engine of VS Code's and most editors' YAML support) over stdio,
// as an editor does: initialize, open files, collect the diagnostics it publishes, and ask for
// completions. The schemas come from each file's `# yaml-language-server: $schema=` line.
//
//   node driver.mjs PLAN.json
//
// PLAN: {"root": DIR, "open": [FILE...], "complete": [{"file": F, "line": L, "character": C}...],
// "hover": [the same]} (lines and characters 0-based, as in LSP). Prints one JSON object:
// {"diagnostics": {FILE: [{line, character, message, severity, source}]}, "completions": [{file,
// line, character, items: [{label, documentation}]}], "hovers": [{file, line, character, text}]}.
// Exit 1 when the server fails or does not answer in time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const server = require.resolve('yaml-language-server/bin/yaml-language-server');
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => { stderr += d; });

const settings = {
  yaml: {
    validate: true, completion: true, hover: true, format: { enable: false },
    schemaStore: { enable: false }, schemas: {}, disableDefaultProperties: false,
  },
};

function fail(message) {
  console.error(`driver: ${message}`);
  if (stderr) console.error(stderr.slice(-2000));
  child.kill();
  process.exit(1);
}
const deadline = setTimeout(() => fail('no answer within 60 s'), 60000);

// JSON-RPC with Content-Length framing.
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map(); // uri -> {at: time, items}
function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
}
function notify(method, params) { send({ method, params }); }
function onMessage(m) {
  if (m.id !== undefined && m.method === undefined) { // a response
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(new Error(`${p.method}: ${m.error.message}`)); else p.resolve(m.result);
    return;
  }
  if (m.method === 'textDocument/publishDiagnostics') {
    diagnostics.set(m.params.uri, { at: Date.now(), items: m.params.diagnostics });
  } else if (m.method === 'workspace/configuration') {
    send({ id: m.id, result: m.params.items.map((i) => (i.section === 'yaml' ? settings.yaml : (i.section ? null : settings))) });
  } else if (m.id !== undefined) { // any other request from the server: a neutral answer
    send({ id: m.id, result: null });
  }
}
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf('\r\n\r\n');
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
    if (buffer.length < head + 4 + length) return;
    const body = buffer.subarray(head + 4, head + 4 + length).toString('utf8');
    buffer = buffer.subarray(head + 4 + length);
    onMessage(JSON.parse(body));
  }
});
child.on('exit', (code) => { if (pending.size) fail(`the server exited (${code})`); });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const uriOf = (file) => pathToFileURL(path.resolve(file)).href;

const root = path.resolve(plan.root);
await request('initialize', {
  processId: process.pid,
  rootUri: uriOf(root),
  workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
  capabilities: {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      publishDiagnostics: { relatedInformation: false },
      completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext', 'markdown'] } },
      hover: { contentFormat: ['plaintext', 'markdown'] },
    },
  },
});
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings });

for (const file of plan.open) {
  notify('textDocument/didOpen', {
    textDocument: { uri: uriOf(file), languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') },
  });
}
// Wait until every open file has diagnostics and none came for half a second.
for (;;) {
  await sleep(100);
  const all = plan.open.every((f) => diagnostics.has(uriOf(f)));
  const last = Math.max(0, ...[...diagnostics.values()].map((d) => d.at));
  if (all && Date.now() - last > 500) break;
}

const out = { diagnostics: {}, completions: [], hovers: [] };
for (const file of plan.open) {
  out.diagnostics[file] = diagnostics.get(uriOf(file)).items.map((d) => ({
    line: d.range.start.line, character: d.range.start.character, message: d.message, severity: d.severity, source: d.source,
  }));
}
const text = (doc) => (typeof doc === 'string' ? doc : doc?.value ?? '');
for (const c of plan.complete ?? []) {
  const result = await request('textDocument/completion', {
    textDocument: { uri: uriOf(c.file) }, position: { line: c.line, character: c.character },
  });
  const items = Array.isArray(result) ? result : result?.items ?? [];
  out.completions.push({ ...c, items: items.map((i) => ({ label: i.label, documentation: text(i.documentation) })) });
}
for (const h of plan.hover ?? []) {
  const result = await request('textDocument/hover', {
    textDocument: { uri: uriOf(h.file) }, position: { line: h.line, character: h.character },
  });
  const contents = result?.contents;
  out.hovers.push({ ...h, text: Array.isArray(contents) ? contents.map(text).join('\n') : text(contents) });
}
await request('shutdown', null);
notify('exit', null);
clearTimeout(deadline);
console.log(JSON.stringify(out, null, 1));
