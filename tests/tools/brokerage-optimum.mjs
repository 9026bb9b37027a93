// Generates small partnerships (3 to 30 schools) with latest reviews, levels and teams, and for each
// writes the brokerage of support as an exact integer program in GNU MathProg from the generated data
// alone (not from lateral's code or output): an area for development may be paired with one other
// school whose latest review judged its aspect at the top level; serve the most areas, then minimise
// the documented preferences. glpsol's optimum must equal what `lateral partnership --format json`
// reports, and the suggestions lateral prints must keep the limits and add up to that objective.
// Usage: node brokerage-optimum.mjs LATERAL WORKDIR SEED_FROM SEED_TO
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './seeded.mjs';

const [lateral, work, from, to] = process.argv.slice(2);
// The weights docs/partnership.md documents (lateral's own are checked against them).
const W = { extra_pairing: 2, extra_area: 1, reviewed_each_other: 3 };
const ASPECTS = ['our-impact/outcomes', 'our-impact/behaviour', 'our-impact/inclusion', 'looking-inward/teaching',
  'looking-inward/curriculum', 'looking-inward/leadership'];
const LEVELS = ['emerging', 'developing', 'established', 'leading'];
const DEVELOP = new Set(['emerging', 'developing']);

function generate(seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = 3 + Math.floor(r() * 28);
  const schools = [];
  for (let i = 0; i < n; i++) schools.push({ slug: `school-${String(i).padStart(2, '0')}`, reviews: [] });
  for (const s of schools) {
    if (r() < 0.1) continue;  // never reviewed
    // An older review, whose levels no longer count, and the latest one (begun by 2026-11-23).
    const dates = r() < 0.3 ? ['2024-05-13', pick(['2026-03-02', '2026-06-08', '2026-10-05'])] : [pick(['2025-11-10', '2026-03-02', '2026-06-08', '2026-10-05'])];
    for (const date of dates) {
      const others = schools.filter((o) => o !== s);
      const team = [];
      for (let k = 0; k < 2 && others.length; k++) team.push(others.splice(Math.floor(r() * others.length), 1)[0].slug);
      const judgements = {};
      for (const a of ASPECTS) if (r() < 0.7) judgements[a] = r() < 0.35 ? 'leading' : pick(LEVELS);
      s.reviews.push({ date, team: r() < 0.3 ? [] : team, judgements });
    }
  }
  return { seed, schools, max: 1 + Math.floor(r() * 3) };
}

function write(inst, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}/lateral.yaml`, 'partnership: Generated Partnership\nframework: default\n');
  for (const s of inst.schools) {
    const sd = `${dir}/schools/${s.slug}`;
    fs.mkdirSync(sd, { recursive: true });
    fs.writeFileSync(`${sd}/school.yaml`, `name: ${s.slug}\ninspection: good\n`);
    for (const review of s.reviews) {
      const rd = `${sd}/reviews/${review.date.slice(0, 7)}`;
      fs.mkdirSync(`${rd}/evidence`, { recursive: true });
      let t = `dates: [${review.date}]\nfocus:\n  themes: [our-impact, looking-inward]\n  question: How well?\nteam:\n`;
      const team = review.team.length ? review.team : ['Eastholme Trust', 'Eastholme Trust'];
      team.forEach((school, k) => {
        t += `  - name: Reviewer ${k}\n    role: ${k === 0 ? 'headteacher' : 'deputy headteacher'}\n    school: ${school}\n${k === 0 ? '    lead: true\n' : ''}`;
      });
      fs.writeFileSync(`${rd}/review.yaml`, t);
      fs.writeFileSync(`${rd}/evidence/pp-1.yaml`,
        `date: ${review.date}\nby: Reviewer 0\ntype: lesson-observation\naspects: [${ASPECTS.join(', ')}]\nsummary: Seen in class.\n`);
      let b = '';
      for (const [a, level] of Object.entries(review.judgements))
        b += `${a}:\n  level: ${level}\n  commentary: Judged.\n  evidence: [pp-1]\n`;
      if (b) fs.writeFileSync(`${rd}/benchmark.yaml`, b);
    }
  }
}

// The problem as the docs define it, from the generated data.
function problem(inst) {
  const latest = new Map();
  for (const s of inst.schools) if (s.reviews.length) latest.set(s.slug, s.reviews[s.reviews.length - 1]);
  const areas = [];
  for (const [slug, review] of latest)
    for (const a of ASPECTS) if (DEVELOP.has(review.judgements[a])) areas.push({ school: slug, aspect: a });
  const strong = (slug, aspect) => latest.get(slug).judgements[aspect] === 'leading';
  const known = (x, y) => latest.get(x).team.includes(y) || latest.get(y).team.includes(x);
  const pairs = [];
  areas.forEach((area, ai) => {
    for (const slug of latest.keys())
      if (slug !== area.school && strong(slug, area.aspect)) pairs.push({ ai, helper: slug, cost: known(area.school, slug) ? W.reviewed_each_other : 0 });
  });
  return { latest, areas, pairs, known };
}

function mathprog(inst, p) {
  const U = 1000000;
  let m = '';
  const obj = [];
  const cons = [];
  const xs = p.pairs.map((q, k) => `x_${k}`);
  xs.forEach((x) => { m += `var ${x} binary;\n`; });
  p.pairs.forEach((q, k) => { if (q.cost) obj.push(`${q.cost} * x_${k}`); });
  const served = xs.length ? xs.join(' + ') : '0';
  obj.push(`-${U} * (${served})`);  // each area served saves more than any preference costs
  p.areas.forEach((a, ai) => {
    const mine = p.pairs.map((q, k) => (q.ai === ai ? `x_${k}` : null)).filter(Boolean);
    if (mine.length) cons.push(`${mine.join(' + ')} <= 1`);
  });
  // Convex costs: the k-th pairing of a school, and the k-th area served of a school.
  const slugs = [...p.latest.keys()];
  slugs.forEach((slug, si) => {
    const given = p.pairs.map((q, k) => (q.helper === slug ? `x_${k}` : null)).filter(Boolean);
    if (given.length) {
      const ys = [];
      for (let k = 1; k <= inst.max; k++) { m += `var y_${si}_${k} binary;\n`; ys.push(`y_${si}_${k}`); obj.push(`${W.extra_pairing * (k - 1)} * y_${si}_${k}`); }
      cons.push(`${given.join(' + ')} = ${ys.join(' + ')}`);
    }
    const got = p.pairs.map((q, k) => (p.areas[q.ai].school === slug ? `x_${k}` : null)).filter(Boolean);
    const count = p.areas.filter((a) => a.school === slug).length;
    if (got.length) {
      const zs = [];
      for (let k = 1; k <= count; k++) { m += `var z_${si}_${k} binary;\n`; zs.push(`z_${si}_${k}`); obj.push(`${W.extra_area * (k - 1)} * z_${si}_${k}`); }
      cons.push(`${got.join(' + ')} = ${zs.join(' + ')}`);
    }
  });
  m += 'var one >= 1, <= 1;\n';
  m += `minimize cost: ${obj.join(' + ')} + 0 * one;\n`;
  cons.forEach((c, k) => { m += `s.t. c${k}: ${c};\n`; });
  m += `solve;\nprintf "SERVED %d\\n", ${served};\nprintf "OBJ %d\\n", cost;\nend;\n`;
  return { model: m, U };
}

let failures = 0, checked = 0, greedyWorse = 0;
const fail = (msg) => { console.log(msg); failures++; };
for (let seed = Number(from); seed <= Number(to); seed++) {
  const inst = generate(seed);
  const dir = path.join(work, `b${seed}`);
  write(inst, dir);
  const p = problem(inst);
  const { model, U } = mathprog(inst, p);
  fs.writeFileSync(`${dir}.mod`, model);
  const glp = spawnSync('glpsol', ['--math', `${dir}.mod`], { encoding: 'utf8' });
  const served = glp.stdout.match(/^SERVED (\d+)$/m), obj = glp.stdout.match(/^OBJ (-?\d+)$/m);
  const cost = obj && served && [null, String(Number(obj[1]) + U * Number(served[1]))];
  if (!served || !cost) { fail(`seed ${seed}: glpsol gave no answer\n${glp.stdout}${glp.stderr}`); continue; }
  const run = spawnSync(lateral, ['partnership', '--format', 'json', '--max-pairings', String(inst.max)], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) { fail(`seed ${seed}: lateral partnership exits ${run.status}: ${run.stderr}`); continue; }
  const out = JSON.parse(run.stdout);
  const b = out.brokerage;
  checked++;
  for (const [k, v] of Object.entries(W)) if (b.weights[k] !== v) fail(`seed ${seed}: weight ${k} is ${b.weights[k]}, documented ${v}`);
  if (b.areas !== p.areas.length) fail(`seed ${seed}: lateral counts ${b.areas} areas, the generated data ${p.areas.length}`);
  if (b.served !== Number(served[1]) || b.objective.cost !== Number(cost[1]))
    fail(`seed ${seed} (${inst.schools.length} schools, ${p.areas.length} areas, max ${inst.max}): lateral serves ${b.served} at ${b.objective.cost}, glpsol's optimum ${served[1]} at ${cost[1]}`);
  // The suggestions keep the limits and add up to the objective lateral reports.
  const given = new Map(), got = new Map();
  let known = 0, n = 0;
  for (const a of out.areas_for_development) {
    if (a.suggested_support.length > 1) fail(`seed ${seed}: ${a.school} ${a.aspect} has ${a.suggested_support.length} suggestions`);
    if ((a.suggested_support.length === 0) === (a.no_suggestion === null)) fail(`seed ${seed}: ${a.school} ${a.aspect}: a suggestion and a reason for none`);
    for (const s of a.suggested_support) {
      n++;
      if (s.school === a.school || p.latest.get(s.school).judgements[a.aspect] !== 'leading') fail(`seed ${seed}: ${s.school} is not strong in ${a.aspect}`);
      if (s.reviewed_each_other !== p.known(a.school, s.school)) fail(`seed ${seed}: ${a.school} and ${s.school}: reviewed_each_other is wrong`);
      if (s.reviewed_each_other) known++;
      given.set(s.school, (given.get(s.school) || 0) + 1);
      got.set(a.school, (got.get(a.school) || 0) + 1);
    }
  }
  const c2 = (k) => k * (k - 1) / 2;
  let total = W.reviewed_each_other * known;
  for (const [school, k] of given) { if (k > inst.max) fail(`seed ${seed}: ${school} asked for ${k} pairings`); total += W.extra_pairing * c2(k); }
  for (const k of got.values()) total += W.extra_area * c2(k);
  if (n !== b.served || total !== b.objective.cost) fail(`seed ${seed}: the suggestions serve ${n} at ${total}; the JSON says ${b.served} at ${b.objective.cost}`);
  // First come, first served (each area in turn, the first school strong in it with room): how often it serves fewer.
  const load = new Map();
  let greedy = 0;
  p.areas.forEach((a, ai) => {
    const q = p.pairs.find((x) => x.ai === ai && (load.get(x.helper) || 0) < inst.max);
    if (q) { greedy++; load.set(q.helper, (load.get(q.helper) || 0) + 1); }
  });
  if (greedy < b.served) greedyWorse++;
}
console.log(`${checked} partnerships brokered at glpsol's optimum (first come, first served serves fewer areas in ${greedyWorse}); ${failures} failures`);
process.exit(failures ? 1 : 0);
