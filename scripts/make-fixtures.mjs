// Writes realistic exports of the shapes Nordic registers and spreadsheets produce (title lines,
// periods as columns, a phase column, patient-level rows, lone "-" cells) to tests/fixtures/shapes/,
// with a README line per file saying what it imitates. Deterministic: `node scripts/make-fixtures.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'shapes');
mkdirSync(OUT, { recursive: true });

/** Park–Miller generator: the same files on every run. */
function rng(seed) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}
/** Poisson draw (Knuth) for event counts. */
function poisson(next, mean) {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= next();
  } while (p > l);
  return k - 1;
}
const pad = (n) => String(n).padStart(2, '0');
const comma = (x, digits) => x.toFixed(digits).replace('.', ',');

const files = [];
function write(name, lines, what, { eol = '\r\n', encoding = 'utf8' } = {}) {
  writeFileSync(join(OUT, name), Buffer.from(lines.join(eol) + eol, encoding));
  files.push(`- \`${name}\`: ${what}`);
}

// 1. Swedish regional report: two title lines and a blank line above the header, a total row and a source line below.
{
  const next = rng(11);
  const lines = ['Rapport: Fallskador per avdelning och månad;;;;', 'Uttag 2025-01-10, Region Exempel;;;;', ';;;;', 'Månad;Avdelning;Antal fall;Vårddygn;Per 1 000 vårddygn'];
  let falls = 0;
  let days = 0;
  for (const unit of ['Medicin 1', 'Kirurgi 2', 'Geriatrik']) {
    for (let m = 1; m <= 24; m++) {
      const d = 2600 + Math.round(next() * 500);
      const f = poisson(next, d * 0.0045);
      falls += f;
      days += d;
      lines.push(`${2023 + Math.floor((m - 1) / 12)}-${pad(((m - 1) % 12) + 1)};${unit};${f};${d};${comma((1000 * f) / d, 1)}`);
    }
  }
  lines.push(`Totalt;;${falls};${days};${comma((1000 * falls) / days, 1)}`, 'Källa: Regionens vårdadministrativa system;;;;');
  write('title-lines-sv.csv', lines, 'Swedish report export (Excel, `;`, CRLF): two title lines and a blank line above the header, 3 wards × 24 months of falls, bed days and the export\'s own "Per 1 000 vårddygn"; a "Totalt" row and a "Källa:" line below.');
}

// 2. Danish spreadsheet, one column per month, a title line and an "I alt" row and column.
{
  const next = rng(23);
  const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const lines = ['Tryksår kategori 2-4, antal pr. måned 2024', `Afdeling;${months.map((m) => `${m} 2024`).join(';')};I alt`];
  const totals = new Array(12).fill(0);
  for (const unit of ['Medicinsk afd. M1', 'Ortopædkirurgi O2', 'Geriatri G3', 'Intensiv ITA']) {
    const row = months.map(() => poisson(next, 4));
    row.forEach((v, i) => (totals[i] += v));
    lines.push(`${unit};${row.join(';')};${row.reduce((a, b) => a + b, 0)}`);
  }
  lines.push(`I alt;${totals.join(';')};${totals.reduce((a, b) => a + b, 0)}`);
  write('wide-months-da.csv', lines, 'Danish spreadsheet (`;`, Windows-1252): a title line, then `Afdeling;jan 2024;…;dec 2024;I alt`, 4 wards of pressure-ulcer counts, an "I alt" total row.', { encoding: 'latin1' });
}

// 3. Statistics office table: months coded 2023M01…, "-" for nil and ".." for suppressed.
{
  const next = rng(37);
  const periods = [];
  for (let y = 2023; y <= 2024; y++) for (let m = 1; m <= 12; m++) periods.push(`${y}M${pad(m)}`);
  const lines = ['"Vårdplatser, antal efter region och månad"', '', `"region","${periods.join('","')}"`];
  for (const region of ['01 Stockholm', '03 Uppsala', '25 Norrbotten']) {
    const cells = periods.map((_, i) => (region.startsWith('25') && i % 7 === 3 ? '-' : region.startsWith('03') && i === 5 ? '..' : String(400 + Math.round(next() * 80))));
    lines.push(`"${region}",${cells.map((c) => `"${c}"`).join(',')}`);
  }
  lines.push('', '"Källa: Statistiska centralbyrån (exempeldata)"', '"- = noll, .. = uppgift ej tillgänglig"');
  write('wide-scb-sv.csv', lines, 'Statistics Sweden table download (`,`, all quoted): months as `2023M01…2024M12` columns, 3 regions, lone `-` (nil) and `..` (not available) cells, a source line and a legend below.', { eol: '\n' });
}

// 4. Norwegian quarterly table, tab-separated, quarters as 2023K1.
{
  const next = rng(41);
  const quarters = [];
  for (let y = 2022; y <= 2024; y++) for (let q = 1; q <= 4; q++) quarters.push(`${y}K${q}`);
  const lines = [`Helseforetak\tIndikator\t${quarters.join('\t')}`];
  for (const hf of ['Helse Nord', 'Helse Vest']) {
    for (const ind of ['Korridorpasienter', 'Fristbrudd']) lines.push(`${hf}\t${ind}\t${quarters.map(() => comma(2 + next() * 6, 1)).join('\t')}`);
  }
  write('wide-quarters-nb.tsv', lines, 'Norwegian quarterly indicator table (tab, decimal comma): `Helseforetak`, `Indikator`, then `2022K1…2024K4`; 2 health trusts × 2 indicators.');
}

// 5. Swedish improvement project: a phase column (före/efter) in a monthly falls file.
{
  const next = rng(53);
  const lines = ['Månad;Avdelning;Fall;Vårddygn;Fas'];
  for (const unit of ['Avd 12', 'Avd 14']) {
    for (let m = 1; m <= 30; m++) {
      const d = 800 + Math.round(next() * 120);
      const after = m > 18;
      const f = poisson(next, d * (after ? 0.004 : 0.009));
      lines.push(`${2023 + Math.floor((m - 1) / 12)}-${pad(((m - 1) % 12) + 1)}-01;${unit};${f};${d};${after ? 'efter' : 'före'}`);
    }
  }
  write('phase-sv.csv', lines, 'Swedish fall-prevention project (`;`): 2 wards × 30 months of falls and bed days with a `Fas` column, `före` for 18 months then `efter` (the new routine).');
}

// 6. Norwegian patient-level export: one row per stay, Ja/Nei outcome, 10 outcomes blank.
{
  const next = rng(67);
  const lines = ['Pasientnr;Dato (dd.mm.yyyy);Avdeling;Liggetid (døgn);Trykksår (Ja/Nei)'];
  const blanks = new Set([17, 80, 133, 260, 301, 444, 512, 640, 777, 850]);
  for (let i = 0; i < 900; i++) {
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(i / 75);
    const ward = next() < 0.5 ? 'Medisinsk sengepost' : 'Ortopedisk sengepost';
    const stay = 1 + Math.floor(next() * 12);
    const outcome = blanks.has(i) ? '' : next() < 0.06 ? 'Ja' : 'Nei';
    lines.push(`${1_000_123 + i * 7};${pad(day)}.${pad(month)}.2024;${ward};${stay};${outcome}`);
  }
  write('patients-nb.csv', lines, 'Norwegian patient-level export (`;`): 900 stays in 2024 with `Pasientnr`, date as dd.mm.yyyy, ward, length of stay and a `Trykksår (Ja/Nei)` outcome, 10 of them blank.');
}

// 7. Journal export where a lone "-" means "not recorded".
{
  const next = rng(79);
  const lines = ['Vecka;Enhet;Väntetid (min)'];
  for (const unit of ['Akuten Norr', 'Akuten Syd']) {
    for (let w = 1; w <= 26; w++) lines.push(`2024-W${pad(w)};${unit};${w % 9 === 4 ? '-' : comma(35 + next() * 40, 1)}`);
  }
  write('dash-weeks-sv.csv', lines, 'Swedish emergency-department export (`;`): weekly mean waiting time per unit (ISO weeks), with a lone `-` where nothing was recorded (6 cells).');
}

writeFileSync(
  join(OUT, 'README.md'),
  `# Export shapes\n\nMade by \`node scripts/make-fixtures.mjs\` (deterministic; do not edit by hand). Synthetic data in the\nshape of real exports; tested through the CLI (tests/cli/shapes.test.ts) and the app (tests/browser/shapes.test.ts).\n\n${files.join('\n')}\n`,
);
