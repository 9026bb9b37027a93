// Generates small partnerships (3 to 30 schools) and, for each, writes the round-planning problem
// as an exact integer program in GNU MathProg, person by person, from the generated data alone (not
// from lateral's code or output), solves it with GLPK's glpsol, and compares the optimum with the
// objective `lateral plan --format json` reports. Infeasible instances must make lateral exit 1.
// Usage: node plan-optimum.mjs LATERAL WORKDIR SEED_FROM SEED_TO
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './seeded.mjs';

const [lateral, work, from, to] = process.argv.slice(2);
// The weights docs/partnership.md documents (lateral's own are checked against them).
const W = { imbalance: 2, repeat_school: 4, repeat_lead: 4, expertise: 3 };
const ASPECTS = ['our-impact/outcomes', 'our-impact/behaviour', 'our-impact/inclusion', 'looking-inward/teaching',
  'looking-inward/curriculum', 'looking-inward/leadership'];
const LEVELS = ['emerging', 'developing', 'established', 'leading'];
const CYCLE = { label: '2027/28', stem: '2027-28', from: '2027-09-01', to: '2028-08-31' };

function generate(seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = 3 + Math.floor(r() * 28);
  const schools = [];
  for (let i = 0; i < n; i++) {
    const slug = `school-${String(i).padStart(2, '0')}`;
    const people = [];
    const count = r() < 0.1 ? 0 : 1 + Math.floor(r() * 3);  // 0 to 3 reviewers
    for (let k = 0; k < count; k++) {
      const head = k === 0 && r() < 0.8;
      people.push({ name: `Reviewer ${i}-${k}`, role: head ? 'headteacher' : pick(['deputy headteacher', 'SENCo']),
        lead: head && r() < 0.9 });
    }
    schools.push({ slug, outstanding: r() < 0.25, people, review: null });
  }
  // Previous reviews: most schools, some inside the cycle already (not due), some never reviewed.
  for (const s of schools) {
    const u = r();
    if (u < 0.15) continue;
    const date = u < 0.25 ? '2027-10-04' : pick(['2026-03-02', '2026-06-08', '2026-10-05', '2027-05-10']);
    const others = schools.filter((o) => o !== s);
    const team = [];
    for (let k = 0; k < 2 && others.length; k++) team.push(others.splice(Math.floor(r() * others.length), 1)[0].slug);
    const judgements = {};
    for (const a of ASPECTS) if (r() < 0.5) judgements[a] = pick(LEVELS);
    s.review = { date, team, judgements };
  }
  return { seed, schools, max: 1 + Math.floor(r() * 3), team: 2 + Math.floor(r() * 2) };
}

function write(inst, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}/lateral.yaml`, 'partnership: Generated Partnership\nframework: default\n');
  for (const s of inst.schools) {
    const sd = `${dir}/schools/${s.slug}`;
    fs.mkdirSync(sd, { recursive: true });
    let y = `name: ${s.slug}\ninspection: ${s.outstanding ? 'outstanding' : 'good'}\n`;
    if (s.people.length) {
      y += 'reviewers:\n';
      for (const p of s.people) y += `  - name: ${p.name}\n    role: ${p.role}\n${p.lead ? '    lead: true\n' : ''}`;
    }
    fs.writeFileSync(`${sd}/school.yaml`, y);
    if (!s.review) continue;
    const rd = `${sd}/reviews/${s.review.date.slice(0, 7)}`;
    fs.mkdirSync(`${rd}/evidence`, { recursive: true });
    let t = `dates: [${s.review.date}]\nfocus:\n  themes: [our-impact, looking-inward]\n  question: How well?\nteam:\n`;
    s.review.team.forEach((slug, k) => {
      t += `  - name: Past ${slug} ${k}\n    role: ${k === 0 ? 'headteacher' : 'deputy headteacher'}\n    school: ${slug}\n${k === 0 ? '    lead: true\n' : ''}`;
    });
    fs.writeFileSync(`${rd}/review.yaml`, t);
    const by = `Past ${s.review.team[0]} 0`;
    fs.writeFileSync(`${rd}/evidence/pp-1.yaml`,
      `date: ${s.review.date}\nby: ${by}\ntype: lesson-observation\naspects: [${ASPECTS.join(', ')}]\nsummary: Seen in class.\n`);
    let b = '';
    for (const [a, level] of Object.entries(s.review.judgements))
      b += `${a}:\n  level: ${level}\n  commentary: Judged.\n  evidence: [pp-1]\n`;
    if (b) fs.writeFileSync(`${rd}/benchmark.yaml`, b);
  }
}

// The exact model, person by person.
function mathprog(inst) {
  const T = inst.team;
  const addMonths = (d, m) => { const [y, mo, day] = d.split('-').map(Number); const t = mo - 1 + m; return `${y + Math.floor(t / 12)}-${String(t % 12 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`; };
  const hosts = inst.schools.filter((s) => !s.review || addMonths(s.review.date, 12) <= CYCLE.to);
  const people = [];
  for (const s of inst.schools) for (const p of s.people) people.push({ ...p, school: s });
  const strong = (s) => new Set(s.review ? Object.entries(s.review.judgements).filter(([, l]) => l === 'leading').map(([a]) => a) : []);
  const develop = (s) => s.review ? Object.entries(s.review.judgements).filter(([, l]) => l === 'emerging' || l === 'developing').map(([a]) => a) : [];
  const memberCost = (g, h) => (h.review && h.review.team.includes(g.slug) ? W.repeat_school : 0) -
    (develop(h).some((a) => strong(g).has(a)) ? W.expertise : 0);
  const leadCost = (g, h) => (h.review && h.review.team[0] === g.slug ? W.repeat_lead : 0);
  const canLead = (p, h) => p.lead && p.role === 'headteacher' && (!h.outstanding || p.school.outstanding);
  let m = '';
  const vars = [];
  const cons = [];
  const obj = [];
  const given = new Map(inst.schools.map((s) => [s.slug, []]));
  const perPerson = people.map(() => []);
  hosts.forEach((h, ri) => {
    const team = [], lead = [];
    people.forEach((p, pi) => {
      if (p.school === h) return;
      const x = `x_${pi}_${ri}`;
      vars.push(x);
      team.push(x);
      perPerson[pi].push(x);
      given.get(p.school.slug).push(x);
      obj.push(`${memberCost(p.school, h)} * ${x}`);
      if (canLead(p, h)) {
        const y = `y_${pi}_${ri}`;
        vars.push(y);
        lead.push(y);
        cons.push(`${y} <= ${x}`);
        obj.push(`${leadCost(p.school, h)} * ${y}`);
      }
    });
    cons.push(`${team.length ? team.join(' + ') : '0'} = ${T}`);
    cons.push(`${lead.length ? lead.join(' + ') : '0'} = 1`);
  });
  perPerson.forEach((xs) => { if (xs.length) cons.push(`${xs.join(' + ')} <= ${inst.max}`); });
  inst.schools.forEach((s, si) => {
    const recv = hosts.includes(s) ? T : 0;
    const g = given.get(s.slug).length ? given.get(s.slug).join(' + ') : '0';
    m += `var d_${si} >= 0;\n`;
    cons.push(`d_${si} >= ${g} - ${recv}`);
    cons.push(`d_${si} >= ${recv} - (${g})`);
    obj.push(`${W.imbalance} * d_${si}`);
  });
  for (const v of vars) m += `var ${v} binary;\n`;
  m += `minimize cost: ${obj.length ? obj.join(' + ') : '0'};\n`;
  cons.forEach((c, k) => { m += `s.t. c${k}: ${c.replace(/= 0$/, '= 0').replace(/^0 = (\d+)$/, '0 * d_0 = $1')};\n`; });
  m += 'solve;\nprintf "OBJ %d\\n", cost;\nend;\n';
  return { model: m, hosts };
}

let failures = 0, feasible = 0, infeasible = 0;
for (let seed = Number(from); seed <= Number(to); seed++) {
  const inst = generate(seed);
  const dir = path.join(work, `p${seed}`);
  write(inst, dir);
  const { model } = mathprog(inst);
  fs.writeFileSync(`${dir}.mod`, model);
  const glp = spawnSync('glpsol', ['--math', `${dir}.mod`], { encoding: 'utf8' });
  const exact = glp.stdout.match(/^OBJ (-?\d+)$/m);
  const none = /NO (PRIMAL|INTEGER) FEASIBLE SOLUTION/.test(glp.stdout) || /PROBLEM HAS NO/.test(glp.stdout);
  if (!exact && !none) { console.log(`seed ${seed}: glpsol gave no answer\n${glp.stdout}${glp.stderr}`); failures++; continue; }
  const run = spawnSync(lateral, ['plan', CYCLE.label, '--format', 'json', '--max-per-person', String(inst.max),
    '--team-size', String(inst.team)], { cwd: dir, encoding: 'utf8' });
  if (none) {
    infeasible++;
    if (run.status !== 1 || !/no plan for/.test(run.stderr)) {
      console.log(`seed ${seed}: glpsol finds no plan, lateral exits ${run.status}: ${run.stderr}`);
      failures++;
    }
    continue;
  }
  feasible++;
  if (run.status !== 0) { console.log(`seed ${seed}: glpsol finds ${exact[1]}, lateral exits ${run.status}: ${run.stderr}`); failures++; continue; }
  const out = JSON.parse(run.stdout);
  for (const [k, v] of Object.entries(W))
    if (out.weights[k] !== v) { console.log(`seed ${seed}: weight ${k} is ${out.weights[k]}, documented ${v}`); failures++; }
  if (out.objective.total !== Number(exact[1])) {
    console.log(`seed ${seed} (${inst.schools.length} schools): lateral's objective ${out.objective.total}, glpsol's optimum ${exact[1]}`);
    failures++;
  }
  // The plan itself keeps the hard limits.
  const load = new Map();
  for (const r of out.reviews) {
    const host = inst.schools.find((s) => s.slug === r.school);
    const leads = r.team.filter((m) => m.lead);
    const names = new Set(r.team.map((m) => m.name));
    const bad = r.team.length !== inst.team || leads.length !== 1 || names.size !== r.team.length ||
      r.team.some((m) => m.school === r.school) ||
      (host.outstanding && !inst.schools.find((s) => s.slug === leads[0].school).outstanding);
    if (bad) { console.log(`seed ${seed}: the team of ${r.school} breaks a limit: ${JSON.stringify(r.team)}`); failures++; }
    for (const m of r.team) load.set(m.name, (load.get(m.name) || 0) + 1);
  }
  for (const [name, n] of load) if (n > inst.max) { console.log(`seed ${seed}: ${name} is in ${n} reviews`); failures++; }
  // From plan to reviews: each planned team, taken with init-review --plan, draws no diagnostic.
  const opts = { cwd: dir, encoding: 'utf8' };
  spawnSync(lateral, ['plan', CYCLE.label, '--write', '--max-per-person', String(inst.max), '--team-size', String(inst.team)], opts);
  const made = [];
  out.reviews.forEach((r, k) => {
    const mondays = ['2027-09-06', '2027-09-13', '2027-09-20', '2027-09-27', '2027-11-01', '2027-11-08', '2027-11-15',
      '2027-11-22', '2028-01-10', '2028-01-17', '2028-01-24', '2028-01-31'];
    const date = mondays[k % mondays.length];
    const res = spawnSync(lateral, ['init-review', r.school, '--date', date, '--plan', `plans/${CYCLE.stem}.yaml`,
      '--theme', 'our-impact', '--theme', 'looking-inward', '--question', 'What changed?'], opts);
    if (res.status !== 0) { console.log(`seed ${seed}: init-review ${r.school} --plan exits ${res.status}: ${res.stderr}`); failures++; }
    else made.push(res.stdout.trim());
  });
  const check = JSON.parse(spawnSync(lateral, ['check', '--format', 'json'], opts).stdout);
  for (const d of check)
    if (d.file.startsWith('plans/') || made.some((m) => d.file.startsWith(`${m}/`)))
      { console.log(`seed ${seed}: ${d.file}:${d.line}: ${d.rule}: ${d.message}`); failures++; }
}
console.log(`${feasible} partnerships planned at glpsol's optimum, ${infeasible} without a plan in both; ${failures} failures`);
process.exit(failures ? 1 : 0);
