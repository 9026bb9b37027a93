// Measures `lateral lsp` as an editor uses it, on a repository (a bench/ corpus): how soon it
// answers after `initialize`, how soon diagnostics come after opening a benchmark.yaml and after
// each keystroke in it (one character typed, then deleted, a change at a time, each waited for),
// how long completion takes, and the server's peak memory. With --yamlls PATH, the same file is
// opened in yaml-language-server (`PATH --stdio`) and its time to diagnostics measured beside.
//
//   node bench/lsp.mjs LATERAL REPO [--keystrokes N] [--yamlls PATH/TO/yaml-language-server]
//
// Prints a small table (median and p95 where there are many runs). Figures, not assertions: the
// tests never time anything.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [lateral, repo, ...rest] = process.argv.slice(2);
if (!lateral || !repo) {
  console.error('usage: node bench/lsp.mjs LATERAL REPO [--keystrokes N] [--yamlls PATH]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : fallback;
};
const keystrokes = Number(option('--keystrokes', 200));
const yamlls = option('--yamlls', null);

class Client {
  constructor(cmd, args) {
    this.proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LATERAL_TODAY: '2026-11-23' } });
    this.buffer = Buffer.alloc(0);
    this.waiters = [];
    this.id = 0;
    this.proc.stdout.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
        if (this.buffer.length < end + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString());
        this.buffer = this.buffer.subarray(end + 4 + length);
        this.dispatch(message);
      }
    });
    this.proc.stderr.on('data', () => {});
  }
  dispatch(message) {
    if (message.method && message.id !== undefined) {
      // A request from the server (yaml-language-server asks for its configuration): answer it.
      this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({})) : null });
      return;
    }
    const i = this.waiters.findIndex((w) => w.match(message));
    if (i >= 0) this.waiters.splice(i, 1)[0].resolve(message);
  }
  send(message) {
    const body = Buffer.from(JSON.stringify(message));
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  wait(match, ms = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out')), ms);
      this.waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }
  request(method, params) {
    const id = ++this.id;
    const answer = this.wait((m) => m.id === id);
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer;
  }
  notify(method, params) { this.send({ jsonrpc: '2.0', method, params }); }
  published(uri, version) {
    return this.wait((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri &&
      (version === undefined || m.params.version === undefined || m.params.version === version));
  }
  peakMemoryMB() {
    const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
  }
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
};
const ms = (x) => `${x.toFixed(1)} ms`;

// The benchmark.yaml of the first school's latest review.
const schools = readdirSync(join(repo, 'schools')).sort();
const reviews = readdirSync(join(repo, 'schools', schools[0], 'reviews')).sort();
const file = join(repo, 'schools', schools[0], 'reviews', reviews.at(-1), 'benchmark.yaml');
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const rootUri = pathToFileURL(repo).href;

const rows = [];
{
  const c = new Client(lateral, ['lsp']);
  let t = now();
  await c.request('initialize', { processId: process.pid, rootUri, capabilities: {} });
  c.notify('initialized', {});
  await c.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.yaml' }, position: { line: 0, character: 0 } });
  rows.push(['lateral lsp: initialize to the first answer', ms(now() - t)]);
  t = now();
  const first = c.published(uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await first;
  rows.push([`lateral lsp: didOpen to diagnostics (${file.slice(repo.length + 1)})`, ms(now() - t)]);
  // Keystrokes at the end of the first commentary line: a character typed, then deleted.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('commentary:'));
  const times = [];
  for (let k = 0, version = 2; k < keystrokes; ++k, ++version) {
    const changed = [...lines];
    if (k % 2 === 0) changed[line] += 'x';
    const t0 = now();
    const p = c.published(uri, version);
    c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: changed.join('\n') }] });
    await p;
    times.push(now() - t0);
  }
  const d = stats(times);
  rows.push([`lateral lsp: keystroke to fresh diagnostics (${d.n} changes)`, `median ${ms(d.median)}, p95 ${ms(d.p95)}`]);
  const evidenceLine = lines.findIndex((l) => l.includes('evidence: ['));
  const completion = [];
  for (let k = 0; k < 50; ++k) {
    const t0 = now();
    await c.request('textDocument/completion', { textDocument: { uri }, position: { line: evidenceLine, character: lines[evidenceLine].indexOf('[') + 1 } });
    completion.push(now() - t0);
  }
  const cs = stats(completion);
  rows.push([`lateral lsp: completion of an evidence id (${cs.n} requests)`, `median ${ms(cs.median)}, p95 ${ms(cs.p95)}`]);
  rows.push(['lateral lsp: peak memory (VmHWM)', `${c.peakMemoryMB().toFixed(1)} MB`]);
  await c.request('shutdown', null);
  c.notify('exit', {});
}
if (yamlls) {
  const c = new Client('node', [yamlls, '--stdio']);
  await c.request('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } } });
  c.notify('initialized', {});
  const t = now();
  const first = c.published(uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await first;
  rows.push(['yaml-language-server: didOpen to diagnostics (same file)', ms(now() - t)]);
  await c.request('shutdown', null);
  c.notify('exit', {});
  c.proc.kill();
}
console.log('| figure | value |\n| --- | --- |');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
