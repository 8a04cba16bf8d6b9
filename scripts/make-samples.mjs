// Writes the synthetic sample exports in data-samples/ (deterministic: seeded PRNG).
// Run: node scripts/make-samples.mjs
import { writeFileSync } from 'node:fs';

let seed = 20240101;
function rand() {
  // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function normal() {
  const u = 1 - rand(), v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function poisson(lambda) {
  let l = Math.exp(-lambda), k = 0, p = 1;
  do { k++; p *= rand(); } while (p > l);
  return k - 1;
}
function binomial(n, p) {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}
const comma = (x, d) => x.toFixed(d).replace('.', ',');

const units = ['Avd 12 Medicin', 'Avd 14 Kirurgi', 'Geriatrik Norr', 'Hemsjukvård Syd'];
const months = [];
for (let y = 2023; y <= 2025; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
// The change (a new risk-assessment routine) starts in Avd 14 Kirurgi in 2024-07 (month index 18).
const CHANGE = 18;

// The pressure-ulcer bundle of the change log (settings file below) takes hold in Avd 14 Kirurgi
// from 2024-02 and in Avd 12 Medicin from 2024-09: each ulcer drawn there is then prevented with
// probability 0.65 (binomial thinning of a Poisson count is Poisson with rate × 0.35). Geriatrik
// Norr introduces it in 2024-04 with no effect. The thinning draws from a generator of its own,
// so every other number of these files stays as it was.
const TOOK_HOLD = { 'Avd 14 Kirurgi': '2024-02', 'Avd 12 Medicin': '2024-09' };
const thin = generator(20240901);
function thinUlcers(unit, month, drawn) {
  if (!(unit in TOOK_HOLD) || month < TOOK_HOLD[unit]) return drawn;
  let kept = 0;
  for (let i = 0; i < drawn; i++) if (thin() < 0.35) kept++;
  return kept;
}

const events = [['Enhet', 'Datum', 'Dagar sedan föregående']];
const rows = [['Mått', 'Enhet', 'Månad', 'Täljare', 'Nämnare', 'Värde']];
units.forEach((unit, u) => {
  const beds = [22, 26, 18, 0][u];
  months.forEach((month, i) => {
    const bedDays = unit.startsWith('Hemsjukvård') ? 2400 + Math.round(normal() * 120) : Math.round(beds * 30.4 * (0.85 + rand() * 0.1));
    // 1. Proportion: risk assessment done within 24 h (higher is better).
    const admitted = Math.round(bedDays / 5.5 + normal() * 8);
    const improved = unit === 'Avd 14 Kirurgi' && i >= CHANGE;
    const pRisk = improved ? 0.9 : [0.72, 0.68, 0.8, 0.75][u];
    const done = binomial(admitted, pRisk);
    rows.push(['Riskbedömning inom 24 h', unit, month, done, admitted, comma((100 * done) / admitted, 1)]);
    // 2. Rate: falls per 1,000 bed days (lower is better).
    const falls = poisson((bedDays / 1000) * [6.5, 4.2, 9.1, 3.0][u]);
    rows.push(['Fall per 1 000 vårddygn', unit, month, falls, bedDays, comma((1000 * falls) / bedDays, 2)]);
    // 3. Count: healthcare-associated infections (lower is better).
    rows.push(['Vårdrelaterade infektioner', unit, month, '', '', poisson([4, 5, 3, 2][u])]);
    // 4. Waiting time: mean minutes to physician assessment (lower is better).
    const wait = [52, 47, 64, 95][u] + normal() * [6, 5, 8, 12][u] + (i === 30 && u === 2 ? 45 : 0);
    rows.push(['Väntetid till läkarbedömning (min)', unit, month, '', '', comma(Math.max(5, wait), 1)]);
    // 5. Proportion: readmission within 30 days (lower is better).
    const discharged = Math.round(admitted * 0.95);
    // Hemsjukvård Syd readmits more from 2025-05 (a real deterioration: a special-cause concern).
    // binomial() draws n numbers whatever p is, so the rest of the file stays as it was.
    const pReadmit = unit === 'Hemsjukvård Syd' && i >= 28 ? 0.2 : [0.11, 0.08, 0.14, 0.12][u];
    rows.push(['Återinskrivning inom 30 dagar', unit, month, binomial(discharged, pReadmit), discharged, '']);
    // 6. Rate: new pressure ulcers per 1,000 bed days (lower is better).
    const ulcers = thinUlcers(unit, month, poisson((bedDays / 1000) * [2.1, 1.6, 3.4, 1.2][u]));
    rows.push(['Trycksår per 1 000 vårddygn', unit, month, ulcers, bedDays, comma((1000 * ulcers) / bedDays, 2)]);
  });
  // Days between rare events (serious fall injuries), one row per event dated by the event.
  let day = Date.UTC(2023, 0, 1) + Math.round(rand() * 40) * 864e5;
  const end = Date.UTC(2025, 11, 31);
  let previous = Date.UTC(2022, 11, 1);
  while (day <= end) {
    const date = new Date(day).toISOString().slice(0, 10);
    events.push([unit, date, Math.round((day - previous) / 864e5)]);
    previous = day;
    day += Math.max(1, Math.round(-Math.log(1 - rand()) * [45, 60, 30, 80][u])) * 864e5;
  }
});

for (const [name, table] of [['kvalitet-sv.csv', rows], ['allvarliga-fallskador-sv.csv', events]]) {
  writeFileSync(new URL(`../data-samples/${name}`, import.meta.url), table.map((r) => r.join(';')).join('\r\n') + '\r\n');
  console.log(`data-samples/${name}: ${table.length - 1} rows`);
}

// ── Added later, after the files above and with a generator of its own, so those stay unchanged.
function generator(start) {
  let s = start;
  return () => {
    s |= 0; s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = generator(20261204);

// Falls with injury, one row per event (T charts, Pareto by cause). The new risk-assessment
// routine in Avd 14 Kirurgi (July 2024) cuts its rate to a third; now and then two falls share a day.
const CAUSES = [['Halkade eller snubblade', 0.3], ['Vid förflyttning', 0.25], ['Yrsel', 0.2], ['Nattligt toalettbesök', 0.15], ['Läkemedelsrelaterat', 0.1]];
function cause() {
  let r = rnd();
  for (const [name, w] of CAUSES) if ((r -= w) < 0) return name;
  return CAUSES[0][0];
}
const fallEvents = [['Datum', 'Enhet', 'Orsak']];
const FALL_CHANGE = Date.UTC(2024, 6, 1);
units.forEach((unit, u) => {
  const meanDays = [35, 28, 16, 55][u];
  const end = Date.UTC(2025, 11, 31);
  let day = Date.UTC(2023, 0, 1) + Math.floor(rnd() * 20) * 864e5;
  while (day <= end) {
    const date = new Date(day).toISOString().slice(0, 10);
    fallEvents.push([date, unit, cause()]);
    if (rnd() < 0.06) fallEvents.push([date, unit, cause()]);
    const slower = unit === 'Avd 14 Kirurgi' && day >= FALL_CHANGE ? 3 : 1;
    day += Math.max(1, Math.round(-Math.log(1 - rnd()) * meanDays * slower)) * 864e5;
  }
});
fallEvents.splice(1, fallEvents.length - 1, ...fallEvents.slice(1).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
writeFileSync(new URL('../data-samples/falls-events-sv.csv', import.meta.url), fallEvents.map((r) => r.join(';')).join('\r\n') + '\r\n');
console.log(`data-samples/falls-events-sv.csv: ${fallEvents.length - 1} rows`);

// The sample's settings file: directions, goals, and one change in the change log, introduced
// in three of the four units at different dates (Hemsjukvård Syd is the comparison).
const MEASURES = [
  ['Riskbedömning inom 24 h', 'up', 85],
  ['Fall per 1 000 vårddygn', 'down', 6],
  ['Trycksår per 1 000 vårddygn', 'down', 2],
  ['Återinskrivning inom 30 dagar', 'down', 15],
  ['Vårdrelaterade infektioner', 'down', null],
  ['Väntetid till läkarbedömning (min)', 'down', 60],
];
const settings = {
  format: 'spc-dashboard-settings',
  version: 1,
  series: MEASURES.flatMap(([measure, direction, goal]) =>
    units.map((unit) => ({ measure, unit, settings: goal === null ? { direction } : { direction, goals: [{ value: goal }] } })),
  ),
  changes: [{
    id: 'trycksarsbundle-2024',
    name: 'Trycksårsprevention: tryckavlastande madrass och vändschema',
    description: 'PDSA: riskbedömning enligt Norton vid inskrivning, tryckavlastande madrass och vändschema var tredje timme för patienter i riskzonen. Testat i liten skala på Avd 14, sedan spritt.',
    measures: ['Trycksår per 1 000 vårddygn'],
    introduced: [
      { unit: 'Avd 14 Kirurgi', date: '2024-02-01' },
      { unit: 'Geriatrik Norr', date: '2024-04-01' },
      { unit: 'Avd 12 Medicin', date: '2024-09-01' },
    ],
  }],
};
writeFileSync(new URL('../data-samples/kvalitet-sv.settings.json', import.meta.url), JSON.stringify(settings, null, 1));
console.log('data-samples/kvalitet-sv.settings.json');
