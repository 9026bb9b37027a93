// Writes a partnership of N schools for timing `lateral plan` (bench/run.sh): each school offers a
// headteacher who may lead and one or two other reviewers, a quarter are Outstanding, and each has
// a latest review with a team from other schools and judgements, so every preference has weight.
// Usage: node bench/plan-corpus.mjs DIR N
import fs from 'node:fs';

const [dir, nText] = process.argv.slice(2);
const n = Number(nText);
let s = 12345;
const r = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
const ASPECTS = ['our-impact/outcomes', 'our-impact/behaviour', 'our-impact/inclusion', 'looking-inward/teaching',
  'looking-inward/curriculum', 'looking-inward/leadership', 'looking-outward/families', 'looking-forward/vision'];
const LEVELS = ['emerging', 'developing', 'established', 'leading'];
const slug = (i) => `school-${String(i).padStart(4, '0')}`;
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(`${dir}/lateral.yaml`, 'partnership: Bench Partnership\nframework: default\n');
for (let i = 0; i < n; i++) {
  const d = `${dir}/schools/${slug(i)}`;
  fs.mkdirSync(`${d}/reviews/2026-${String(1 + (i % 9)).padStart(2, '0')}`, { recursive: true });
  let y = `name: School ${i}\ninspection: ${r() < 0.25 ? 'outstanding' : 'good'}\nreviewers:\n`;
  y += `  - name: Head ${i}\n    role: headteacher\n    lead: true\n`;
  for (let k = 1; k <= 1 + Math.floor(r() * 2); k++) y += `  - name: Leader ${i}-${k}\n    role: deputy headteacher\n`;
  fs.writeFileSync(`${d}/school.yaml`, y);
  const rd = `${d}/reviews/2026-${String(1 + (i % 9)).padStart(2, '0')}`;
  const a = (i + 1 + Math.floor(r() * (n - 1))) % n, b = (a + 1) % n === i ? (a + 2) % n : (a + 1) % n;
  fs.writeFileSync(`${rd}/review.yaml`, `dates: [2026-${String(1 + (i % 9)).padStart(2, '0')}-10]\nfocus:\n  themes: [our-impact, looking-inward]\n  question: How well?\nteam:\n` +
    `  - name: Head ${a}\n    role: headteacher\n    school: ${slug(a)}\n    lead: true\n  - name: Leader ${b}-1\n    role: deputy headteacher\n    school: ${slug(b)}\n`);
  let bm = '';
  for (const asp of ASPECTS) if (r() < 0.4) bm += `${asp}:\n  level: ${LEVELS[Math.floor(r() * 4)]}\n  commentary: Judged.\n  evidence: [pp-1]\n`;
  if (bm) fs.writeFileSync(`${rd}/benchmark.yaml`, bm);
}
