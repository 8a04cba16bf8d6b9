/** English messages; the shape every other locale must match. */
import type { ChartType, PointRule, RuleProfile, Special, Variation, Assurance, Direction, WarningCode, ConflictRule } from '../spc/types';
import type { SpcInputErrorCode } from '../spc/errors';
import type { SuggestionReason } from '../spc/guidance';

type P<T> = (p: T) => string;

export const en = {
  appTitle: 'SPC quality dashboard',
  appTagline: 'Run and control charts for quality improvement. Your data stays on this computer.',
  languageLabel: 'Language',
  skipToContent: 'Skip to content',

  // Loading and status
  statusStartingDb: 'Starting the local database…',
  statusLoadingSample: 'Loading the sample data…',
  statusReadingFile: (p: { name: string }) => `Reading ${p.name}…`,
  statusProgress: (p: { percent: number; rows: string }) => `${p.percent} % read, ${p.rows} rows`,
  statusReady: (p: { series: string; rows: string }) => `${p.rows} rows read, ${p.series} series.`,
  cancel: 'Cancel',
  cancelled: 'Reading was cancelled; the previous data is still shown.',
  errorTitle: 'Something went wrong',
  errorDbStart: 'The local database could not start. Reload the page; if it happens again, try an up-to-date Chrome, Edge or Firefox.',
  errorFileRead: (p: { name: string; detail: string }) => `Could not read ${p.name}: ${p.detail}`,
  errorNoPeriodColumn: 'No date or period column was found. Choose one in the column mapping.',
  errorNoRows: 'No row in the file could be used. See the list of rejected rows.',
  errorChart: (p: { detail: string }) => `This chart cannot be computed: ${p.detail}`,
  engineError: (p: { code: SpcInputErrorCode }) =>
    ({
      'needs-denominator': 'this chart type needs a numerator and a denominator, and this series has only values.',
      'nonpositive-time': 'a T chart needs times between events greater than zero.',
    })[p.code],
  loadFileLabel: 'Open a CSV or Parquet file',
  dropHint: 'or drop it here',
  sampleNotice: (p: { name: string }) => `Showing the bundled sample data (${p.name}).`,
  fileNotice: (p: { name: string }) => `Showing ${p.name}.`,
  loadSample: 'Load the sample data',

  // Column mapping
  mappingHeading: (p: { name: string }) => `Columns of ${p.name}`,
  mappingIntro: 'Check what each column is. The choice is remembered for files with the same columns.',
  mappingPeriod: 'Date or period',
  mappingMeasure: 'Measure (name column)',
  mappingUnit: 'Unit',
  mappingKind: 'The values are',
  mappingValue: 'Value',
  mappingNumerator: 'Numerator',
  mappingDenominator: 'Denominator',
  mappingOutcome: 'Yes/no outcome',
  mappingNone: '(none)',
  mappingMeasureName: 'Measure name',
  kindValue: 'values (mean per period)',
  kindProportion: 'numerator and denominator (proportion)',
  kindRate: 'numerator and exposure (rate)',
  kindOutcome: 'one row per patient or event with a yes/no outcome',
  kindMixed: 'numerator and denominator where given, otherwise the value',
  mappingDelimiter: 'Separator',
  mappingDecimal: 'Decimal separator',
  mappingThousands: 'Thousands separator',
  thousandsName: (p: { t: string }) =>
    ({ '': 'none', ' ': 'space', '\u00a0': 'no-break space', '\u202f': 'narrow no-break space', '.': 'full stop (.)', ',': 'comma (,)' })[p.t] ?? p.t,
  mappingNeedsMeasure: 'Choose at least one column with values: add a measure column.',
  mappingAddMeasure: 'Add a measure column',
  mappingEncoding: 'Character encoding',
  mappingDateFormat: 'Date format',
  mappingDateAmbiguous: 'The dates can be read in more than one way. Choose the format:',
  mappingPeriodLength: 'Period length',
  mappingPreview: 'First rows of the file',
  mappingConfirm: 'Read the file',
  periodNone: 'as in the file',
  periodDay: 'day',
  periodWeek: 'week',
  periodMonth: 'month',
  periodQuarter: 'quarter',
  periodTertial: 'tertial',
  periodYear: 'year',
  delimiterName: (p: { d: string }) =>
    ({ ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab', '|': 'vertical bar (|)' })[p.d] ?? p.d,

  // Ingest report
  reportHeading: (p: { name: string }) => `Import report for ${p.name}`,
  reportSummary: (p: { rows: string; used: string; rejected: string }) =>
    `${p.rows} values read: ${p.used} used, ${p.rejected} not used.`,
  reportValues: (p: { records: string; measures: string }) => `${p.records} rows, ${p.measures} measures each.`,
  reportDialect: (p: { delimiter: string; decimal: string; encoding: string; dateFormat: string }) =>
    `Separator ${p.delimiter}, ${p.decimal}, encoding ${p.encoding}, ${p.dateFormat}.`,
  reportRejectedHeading: 'Rows not used',
  reportLine: 'Line',
  reportReason: 'Reason',
  reportColumn: 'Column',
  reportCellValue: 'Cell',
  reportMore: (p: { n: string }) => `…and ${p.n} more.`,
  rejectReason: (p: { reason: string }) =>
    ({
      'too-few-fields': 'fewer fields than the header',
      'too-many-fields': 'more fields than the header (an unquoted separator?)',
      'malformed-quotes': 'unbalanced quotes',
      'missing-period': 'the date or period is empty',
      'impossible-date': 'the date does not exist',
      'unparseable-date': 'the date is not in the column’s format',
      'implausible-year': 'implausible year (a typing error?)',
      'not-a-number': 'not a number',
      'non-finite-number': 'number too large or not finite',
      suppressed: 'suppressed value (e.g. “<5”)',
      'negative-numerator': 'negative numerator',
      'negative-denominator': 'negative denominator',
      'zero-denominator': 'zero denominator',
      'numerator-exceeds-denominator': 'numerator larger than the denominator',
      'unknown-outcome': 'not a yes/no value',
      'total-row': 'a total row (“Totalt”), not data',
      'note-line': 'a note or source line (“Källa: …”), not data',
    })[p.reason] ?? p.reason,

  // Navigation and overview
  navOverview: 'Overview',
  backToOverview: 'Back to the overview',
  overviewHeading: 'All measures',
  groupByLabel: 'Group by',
  groupByMeasure: 'measure',
  groupByUnit: 'unit',
  searchLabel: 'Search',
  searchPlaceholder: 'Measure or unit',
  sortLabel: 'Order',
  sortAttention: 'needs attention first',
  sortName: 'alphabetical',
  layoutLabel: 'Show as',
  layoutCards: 'small charts',
  layoutTable: 'scorecard table',
  noMatches: 'No series matches the search.',
  iconLegend: 'What the icons mean',
  latestValue: 'Latest',
  goalValue: 'Goal',
  signalFired: 'Signal in the latest phase',
  noSignal: 'none',
  colMeasure: 'Measure',
  colUnit: 'Unit',
  colVariation: 'Variation',
  colAssurance: 'Goal status',
  colChart: 'Chart',
  openSeries: (p: { measure: string; unit: string }) => `Open ${[p.measure, p.unit].filter((s) => s !== '').join(', ')}`,
  seriesCount: (p: { shown: number; total: number }) => `${p.shown} of ${p.total} series`,

  // Engine vocabulary
  variationName: (p: { variation: Variation; side: 'high' | 'low' | '' }) => {
    const side = p.side === 'high' ? ' (high)' : p.side === 'low' ? ' (low)' : '';
    return {
      'common-cause': 'Common-cause variation',
      'special-cause-improvement': `Special cause: improvement${side}`,
      'special-cause-concern': `Special cause: concern${side}`,
      'special-cause-neutral': `Special cause${side}`,
    }[p.variation];
  },
  assuranceName: (p: { assurance: Assurance | 'none' }) =>
    ({
      pass: 'The process consistently meets the goal',
      fail: 'The process consistently fails the goal',
      'hit-and-miss': 'The process meets the goal only sometimes',
      none: 'No goal status (no goal, no limits or no direction)',
    })[p.assurance],
  ruleName: (p: { rule: PointRule }) =>
    ({
      'beyond-limits': 'outside the limits',
      'two-of-three': '2 of 3 beyond 2σ',
      'four-of-five': '4 of 5 beyond 1σ',
      shift: 'shift',
      trend: 'trend',
      astronomical: 'astronomical point',
    })[p.rule],
  runsSignalName: 'non-random runs',
  specialName: (p: { special: Special }) =>
    ({ improvement: 'improvement', concern: 'concern', neutral: 'special cause' })[p.special],
  chartName: (p: { chart: ChartType }) =>
    ({
      run: 'Run chart',
      i: 'I chart (individual values)',
      i_m: 'I chart with median centre line (robust)',
      i_mm: 'I chart with median and median moving range (robust)',
      mr: 'MR chart (moving ranges)',
      xbar: 'X̄ chart (subgroup means)',
      s: 'S chart (subgroup standard deviations)',
      t: 'T chart (time between events)',
      p: 'P chart (proportions)',
      pp: 'P′ chart (Laney, large denominators)',
      c: 'C chart (counts)',
      u: 'U chart (rates)',
      up: 'U′ chart (Laney, large exposures)',
      g: 'G chart (cases between events)',
    })[p.chart],
  profileName: (p: { profile: RuleProfile }) =>
    ({
      anhoej: 'Anhøj (runs rules + 3σ)',
      mdc: 'Making Data Count (NHS)',
      'western-electric': 'Western Electric',
      ihi: 'IHI (run chart rules)',
    })[p.profile],
  directionName: (p: { direction: Direction }) =>
    ({ up: 'higher is better', down: 'lower is better', neutral: 'no direction' })[p.direction],
  suggestionReason: (p: { reason: SuggestionReason }) =>
    ({
      'no-data': 'there is no data yet',
      'event-dates': 'the values are times between events',
      'opportunities-between-events': 'the values are cases between events',
      proportion: 'there is a numerator and a denominator that bounds it',
      'proportion-large-denominators': 'the values are proportions with very large denominators',
      rate: 'the values are events per exposure (e.g. per bed day)',
      'rate-large-denominators': 'the values are rates with very large exposures',
      subgroups: 'there are several measurements per period',
      counts: 'the values are whole-number counts without a denominator',
      'individual-values': 'there is one measured value per period',
    })[p.reason],
  warningText: (p: { code: WarningCode; n?: string | number; suggested?: string; phase?: string | number }) =>
    ({
      'too-few-points': `Only ${p.n} useful points in phase ${p.phase}: limits are uncertain below 12.`,
      overdispersion: `Many points lie outside the limits and the denominators are large: consider the ${p.suggested} chart.`,
      'negative-values-on-count-chart': 'There are negative values on a chart for counts or proportions.',
      'mdc-run-chart-fallback': 'Fewer than 13 points: Making Data Count shows a run chart.',
      'zero-denominator': 'Some periods have a zero denominator and are shown as missing.',
    })[p.code],

  // Detail view
  chartTitle: (p: { measure: string; unit: string }) => [p.measure, p.unit].filter((s) => s !== '').join(' – '),
  runChartHeading: 'Run chart',
  summaryHeading: 'What the chart says',
  summaryNoData: 'There are no values to show.',
  summaryRunsSignal: (p: { judgement: Special }) =>
    'The runs analysis finds non-random variation' +
    (p.judgement === 'improvement' ? ', most recently on the better side.' : p.judgement === 'concern' ? ', most recently on the worse side.' : '.'),
  summaryAssurance: (p: { assurance: Assurance; goal: string }) =>
    ({
      pass: `The goal (${p.goal}) lies outside the limits on the good side: the process will consistently meet it.`,
      fail: `The goal (${p.goal}) lies outside the limits: the process cannot meet it without changing.`,
      'hit-and-miss': `The goal (${p.goal}) lies between the limits: the process will meet it only sometimes.`,
    })[p.assurance],
  summaryTooFew: (p: { n: number }) => `Only ${p.n} points: the limits are uncertain.`,

  settingsHeading: 'Settings for this series',
  chartTypeLabel: 'Chart type',
  chartSuggested: (p: { chart: string }) => `Suggested: ${p.chart}`,
  chartSuggestedBecause: (p: { chart: string; reason: string }) => `Suggested: ${p.chart}, because ${p.reason}.`,
  directionLabel: 'Improvement means',
  rulesLabel: 'Rules for signals',
  goalLabel: 'Goal',
  goalFromLabel: 'from period',
  goalFromStart: 'from the start',
  goalAdd: 'Add goal',
  goalInvalid: 'Enter a number, for example 90 or 2,5.',
  goalList: 'Goals',
  sigma2Label: 'Show 2σ lines',
  aggLabel: 'Several values per period',
  aggMean: 'mean',
  aggMedian: 'median',
  aggSum: 'sum',
  downloadChart: 'Download the chart (SVG)',
  clickPointHint: 'Click a point (or move to it with Tab and the arrow keys and press Enter) to split a phase, set a baseline, exclude it or annotate it.',
  pointActionsHeading: (p: { period: string }) => `Point ${p.period}`,
  splitHere: 'Start a new phase after this point',
  freezeHere: 'Use the points up to here as baseline',
  excludeHere: 'Exclude this point',
  excludeReason: 'Reason for excluding',
  annotationText: 'Annotation (e.g. a PDSA test or a new routine)',
  addAnnotation: 'Add annotation',
  closePoint: 'Close',
  splitsHeading: 'Phases start after',
  baselineHeading: 'Baseline up to',
  excludedHeading: 'Excluded points',
  annotationsHeading: 'Annotations',
  removeItem: (p: { what: string }) => `Remove ${p.what}`,
  noneSet: 'none',
  verdictHeading: 'Did the change work?',
  verdictImproved: (p: { signals: string }) => `Yes: against the limits before the change, the new phase shows an improvement: ${p.signals}.`,
  verdictWorse: (p: { signals: string }) => `The new phase differs from the old process, but for the worse: ${p.signals}.`,
  verdictMoved: (p: { signals: string }) => `The new phase differs from the old process: ${p.signals}.`,
  verdictNoChange: (p: { after: number }) =>
    `Not yet: the ${p.after} points after the change show no signal against the old limits.`,
  exportSettings: 'Export settings',
  importSettings: 'Import settings',
  importDone: (p: { n: number }) => `Settings for ${p.n} series imported.`,
  importError: 'The file is not a settings file from this dashboard.',

  // Data table and chart labels
  tableCaption: (p: { measure: string; unit: string }) => `Data behind the chart: ${[p.measure, p.unit].filter((s) => s !== '').join(', ')}`,
  colPeriod: 'Period',
  colValue: 'Value',
  colNumerator: 'Numerator',
  colDenominator: 'Denominator',
  colCenterLine: 'Centre line',
  colSignal: 'Signal',
  colPhase: 'Phase',
  colNote: 'Note',
  centerLine: 'Median',
  upperLimit: 'Upper limit',
  lowerLimit: 'Lower limit',
  goal: 'Goal',
  target: 'Target',
  baseline: 'Baseline',
  excluded: 'Excluded',
  phase: (p: { n: number }) => `Phase ${p.n}`,
  yes: 'Yes',
  no: 'No',
  runsSignalYes: (p: { longest: number; longestMax: number; crossings: number; crossingsMin: number }) =>
    `Non-random variation: longest run ${p.longest} (limit ${p.longestMax}), crossings ${p.crossings} (minimum ${p.crossingsMin}).`,
  runsSignalNo: (p: { longest: number; longestMax: number; crossings: number; crossingsMin: number }) =>
    `Only random variation: longest run ${p.longest} (limit ${p.longestMax}), crossings ${p.crossings} (minimum ${p.crossingsMin}).`,
  pointDescription: (p: { period: string; value: string; detail: string }) => `${p.period}: ${p.value}${p.detail}`,
  pointRatio: (p: { num: string; den: string }) => `, ${p.num} of ${p.den}`,
  pointLimits: (p: { lcl: string; ucl: string }) => `, limits ${p.lcl}–${p.ucl}`,
  pointFlagged: (p: { why: string }) => `, signal: ${p.why}`,
  pointExcluded: ', excluded',
  missingValue: 'missing',
  // ── area: robust (issue 14: ingest correctness)
  errorMissingHeader: 'The first row holds only separators, so the columns have no names. Add a header row naming the columns and open the file again.',
  errorTooManyPoints: (p: { series: string; earliest: string; earliestLine: string; latest: string; latestLine: string; points: string; max: string }) =>
    `The series “${p.series}” runs from ${p.earliest} (line ${p.earliestLine}) to ${p.latest} (line ${p.latestLine}). Filling its empty periods would make ${p.points} points, more than the ${p.max} a series can have. Check these dates, or choose a longer period.`,
  reportReplacedLines: (p: { lines: string }) => `Some characters could not be read in the file’s encoding and are shown as “\ufffd”. Lines: ${p.lines}.`,
  columnNumber: (p: { n: number }) => `column ${p.n}`,

  // ── area: infra (issue 14: CSP, storage, big files)
  errorReadFailed: 'the file could not be read. It may be damaged, or not a CSV, text or Parquet export.',
  recoveredTitle: 'Recovered data',
  recoveredText: (p: { parts: string }) => `Some saved data could not be read and was set aside, so the app started without it: ${p.parts}. You can download it as JSON.`,
  recoveredPart: (p: { part: string }) =>
    ({
      file: 'the saved file',
      mapping: 'a remembered column mapping',
      settings: 'the series settings',
      selected: 'the open series',
      preference: 'a display preference',
    })[p.part] ?? 'other saved data',
  recoveredDownload: 'Download as JSON',
  recoveredDismiss: 'Dismiss and delete',
  readEstimate: (p: { rows: string; time: string }) => `This file holds about ${p.rows} rows; reading it takes about ${p.time}.`,
  aboutSeconds: (p: { n: number }) => `${p.n} s`,
  aboutMinutes: (p: { n: number }) => `${p.n} min`,
  errorTooBig: (p: { name: string; size: string; limit: string }) =>
    `${p.name} is ${p.size} MB, more than this browser can read safely (${p.limit} MB). Read it with the command line instead, which streams files of any size: npm run --silent spc -- ${p.name} --period month`,

  // ── area: engine (issue 8: rules, charts)

  // ── area: cli (issue 8: summaries, goals)
  summaryNoSignal: (p: { profile: string }) => `No signal under the ${p.profile} rules: only common-cause variation, with no sign of a real change.`,
  summarySignal: (p: { rule: string; count: number; from: string; to: string; movement: 'above' | 'below' | 'rising' | 'falling' | ''; judgement: Special }) =>
    `${p.count === 1 ? p.from : `${p.count} points from ${p.from} to ${p.to}`}: ${p.rule}` +
    ({ above: ', above the centre line', below: ', below the centre line', rising: ', rising', falling: ', falling', '': '' })[p.movement] +
    (p.judgement === 'improvement' ? ' – an improvement.' : p.judgement === 'concern' ? ' – a concern.' : '.'),
  summaryEarlierSignals: (p: { n: number }) =>
    p.n === 1 ? 'One earlier signal in this phase is marked in the chart.' : `${p.n} earlier signals in this phase are marked in the chart.`,
  signalLine: (p: { what: string; period: string; judgement: Special }) =>
    `${p.what}${p.period ? `, ${p.period}` : ''}` + (p.judgement === 'improvement' ? ' (improvement)' : p.judgement === 'concern' ? ' (concern)' : ''),
  verdictSignal: (p: { rule: string; count: number; from: string; to: string }) => (p.count === 1 ? `${p.rule} (${p.from})` : `${p.rule} (${p.from}–${p.to})`),
  ihiRunsYes: (p: { runs: number; min: number; max: number }) => `Non-random variation: ${p.runs} runs, expected ${p.min}–${p.max}.`,
  ihiRunsNo: (p: { runs: number; min: number; max: number }) => `Only random variation: ${p.runs} runs, expected ${p.min}–${p.max}.`,
  conflictRuleLabel: 'A point that is both better and worse',
  conflictRuleName: (p: { conflict: ConflictRule }) => ({ improvement: 'counts as an improvement', concern: 'counts as a concern' })[p.conflict],
  conflictRuleHint: 'Decides a tie under Making Data Count, e.g. the peak of a rising and a falling trend. Applies to every unit of the measure.',

  // ── area: ui (issue 13: layout, legends, focus, themes)
  seriesMissingHeading: 'Series not found',
  seriesMissing: (p: { name: string }) => `The link points to the series “${p.name}”, which is not in the data loaded now. Open the file that has it, or choose a series in the overview.`,
  iconsJudgeLatest: 'The variation icon judges the latest points: the latest point, or non-random runs in the latest phase. The signal named on a card is the latest of any signal in the latest phase.',
  cardIconsNote: 'Icons: latest points',
  legendCenterLineSignal: (p: { line: string }) => `${p.line}, non-random runs`,
  legendValues: 'Values',
  legendSigma2: '2σ lines',
  ruleCount: (p: { n: number; rule: string }) => `${p.n} ${p.n === 1 ? 'point' : 'points'}: ${p.rule}`,
  wallOpen: 'Wall screen',
  wallCycle: 'Wall screen, one group at a time',
  wallExit: 'Leave the wall screen',
  moreFileActions: 'Settings file',
  themeLabel: 'Theme',
  themeName: (p: { choice: 'system' | 'light' | 'dark' }) => ({ system: 'As the system', light: 'Light', dark: 'Dark' })[p.choice] ?? p.choice,
  legendLimits: 'Control limits',
  viewOptions: 'Search, grouping and display',

  // ── area: shapes (issue 9: export shapes, rate scale)
  mappingHeaderRow: 'Header row',
  mappingHeaderLine: 'Column names are on line',
  mappingAbove: (p: { n: number }): string => (p.n === 1 ? 'One line above the header is skipped (a title or a note):' : `${p.n} lines above the header are skipped (titles or notes):`),
  mappingUnnamedColumn: (p: { n: number }) => `Column ${p.n} has no name. Choose the line with the column names, or another column.`,
  mappingPeriodsAreColumns: 'Periods are columns (one column per month, quarter or year)',
  mappingPeriodColumns: (p: { n: number; first: string; last: string }) => `${p.n} columns are periods, from “${p.first}” to “${p.last}”. Each row becomes one value per period.`,
  phaseFromFile: '(from the file’s phase column)',
  mappingPhase: 'Phase (labels such as pre/post)',
  mappingDash: (p: { n: string }) => `${p.n} value cells hold only “-”. In statistics tables that means zero; in many journal exports, no value. Read them as:`,
  mappingDashMissing: 'missing (no value)',
  mappingDashZero: 'zero',
  reportValuesPeriods: (p: { records: string; periods: string }) => `${p.records} rows, ${p.periods} periods each (periods are columns).`,
  reportDecimal: (p: { d: string }): string => (p.d === ',' ? 'decimal comma' : 'decimal point'),
  reportHeaderLine: (p: { line: string }) => `Column names on line ${p.line}; the lines above it are titles or notes.`,
  dateFormatName: (p: { f: string }) =>
    ({
      'iso-date': 'dates like 2024-03-05', 'ymd-slash': 'dates like 2024/03/05', 'dmy-dot': 'dates as day.month.year (05.03.2024)',
      'dmy-dash': 'dates as day-month-year (05-03-2024)', 'dmy-slash': 'dates as day/month/year (05/03/2024)',
      'mdy-slash': 'dates as month/day/year (03/05/2024)', yyyymmdd: 'dates like 20240305', yyyymm: 'months like 202403',
      'yyyy-mm': 'months like 2024-03', 'mm-yyyy': 'months like 03/2024', 'month-name': 'month names (jan 2024)',
      week: 'weeks (2024-W10, v. 10 2024)', quarter: 'quarters (2024 Q1)', tertial: 'tertials (2024 T1)', year: 'years (2024)',
    })[p.f] ?? 'periods as written in the file',
  reportMeasuresHeading: 'Per measure',
  reportColRows: 'Rows',
  reportColUsed: 'Used',
  reportColMissing: 'Of which missing',
  reportColRejected: 'Not used',
  reportMissingOutcome: (p: { n: string; lines: string }) => `${p.n} rows without an outcome, not in the denominator (lines ${p.lines}).`,
  reportMissingValue: (p: { n: string; lines: string }) => `${p.n} rows without a value, shown as gaps (lines ${p.lines}).`,
  reportRejectedBy: (p: { n: string; reason: string; lines: string }) => `${p.n} not used, ${p.reason} (lines ${p.lines}).`,
  reportDashes: (p: { n: string; zero: number }): string => `${p.n} cells with only “-”, read as ${p.zero ? 'zero' : 'missing'}.`,
  reportMoreLines: '…',
  verdictLevel: (p: { higher: number }): string => (p.higher ? 'The level rose after the change.' : 'The level fell after the change.'),
  scaleLabel: 'Shown per',
  scaleProportion: (p: { scale: number }): string => (p.scale === 100 ? 'percent (%)' : p.scale === 1000 ? 'per 1,000 (‰)' : 'as a fraction (0–1)'),
  scaleRate: (p: { scale: string; one: number; unit: string }): string => (p.one ? `per ${p.unit || 'unit'}` : `per ${p.scale} ${p.unit}`.trim()),

  // ── area: few (issue 11)
  spreadSummary: (p: { introduced: number; improved: number; worse: number; moved: number; notClear: number; tooFew: number }) =>
    [
      `Improved in ${p.improved} of ${p.introduced} ${p.introduced === 1 ? 'unit' : 'units'}`,
      p.worse ? `${p.worse} worse` : '',
      p.moved ? `${p.moved} changed (no improvement direction set)` : '',
      p.notClear ? `${p.notClear} not yet clear` : '',
      p.tooFew ? `${p.tooFew} too few points since the change` : '',
    ].filter(Boolean).join('; '),
  spreadStatus: (p: { status: 'improved' | 'worse' | 'moved' | 'not-clear' | 'too-few' }) =>
    ({ improved: 'Improved', worse: 'Worse', moved: 'Changed', 'not-clear': 'Not yet clear', 'too-few': 'Too few points since the change' })[p.status],
  spreadNotIntroduced: 'Not introduced yet (comparison)',
  eventsSinceLast: (p: { value: string; unit: 'days' | 'cases' }) =>
    p.unit === 'days' ? `${p.value} days since the last event (provisional)` : `${p.value} cases since the last event (provisional)`,

  // ── area: share (issue 12: exports, report)
} satisfies Record<string, string | P<never>>;
