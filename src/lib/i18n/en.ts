/** English messages; the shape every other locale must match. */
import type { ChartType, PointRule, RuleProfile, Special, Variation, Assurance, Direction } from '../spc/types';

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
  statusReady: (p: { series: number; rows: number }) => `${p.rows} rows loaded, ${p.series} series.`,
  cancel: 'Cancel',
  cancelled: 'Reading was cancelled; the previous data is still shown.',
  errorTitle: 'Something went wrong',
  errorDbStart: (p: { detail: string }) => `The local database could not start: ${p.detail}`,
  errorFileRead: (p: { name: string; detail: string }) => `Could not read ${p.name}: ${p.detail}`,
  errorNoPeriodColumn: 'No date or period column was found. Choose one in the column mapping.',
  errorNoRows: 'No row in the file could be used. See the list of rejected rows.',
  errorChart: (p: { detail: string }) => `This chart cannot be computed: ${p.detail}`,
  engineError: (p: { code: string }) =>
    ({
      'needs-denominator': 'this chart type needs a numerator and a denominator, and this series has only values.',
      'nonpositive-time': 'a T chart needs times between events greater than zero.',
    })[p.code] ?? p.code,
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
  mappingPeriodLength: 'Aggregate to',
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
    `${p.rows} rows read: ${p.used} used, ${p.rejected} not used.`,
  reportValues: (p: { records: string; measures: number }) => `The file has ${p.records} rows with ${p.measures} measures each; each measure of a row is counted.`,
  reportDialect: (p: { delimiter: string; decimal: string; encoding: string; dateFormat: string }) =>
    `Separator ${p.delimiter}, decimal separator “${p.decimal}”, encoding ${p.encoding}, dates ${p.dateFormat}.`,
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
      'not-a-number': 'not a number',
      suppressed: 'suppressed value (e.g. “<5”)',
      'negative-numerator': 'negative numerator',
      'negative-denominator': 'negative denominator',
      'zero-denominator': 'zero denominator',
      'numerator-exceeds-denominator': 'numerator larger than the denominator',
      'unknown-outcome': 'not a yes/no value',
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
  signalFired: 'Signal',
  noSignal: 'none',
  colMeasure: 'Measure',
  colUnit: 'Unit',
  colVariation: 'Variation',
  colAssurance: 'Goal status',
  colChart: 'Chart',
  openSeries: (p: { measure: string; unit: string }) => `Open ${p.measure}, ${p.unit}`,
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
  suggestionReason: (p: { reason: string }) =>
    ({
      'no-data': 'there is no data yet',
      'event-dates': 'the values are times between events',
      'opportunities-between-events': 'the values are cases between events',
      proportion: 'there is a numerator and a denominator that bounds it',
      'proportion-large-denominators': 'proportions with very large denominators',
      rate: 'events per exposure (e.g. per bed day)',
      'rate-large-denominators': 'rates with very large exposures',
      subgroups: 'several measurements per period',
      counts: 'whole-number counts without a denominator',
      'individual-values': 'one measured value per period',
    })[p.reason] ?? p.reason,
  warningText: (p: { code: string; n?: string | number; suggested?: string; phase?: string | number }) =>
    ({
      'too-few-points': `Only ${p.n} useful points in phase ${p.phase}: limits are uncertain below 12.`,
      overdispersion: `Many points lie outside the limits and the denominators are large: consider the ${p.suggested} chart.`,
      'negative-values-on-count-chart': 'There are negative values on a chart for counts or proportions.',
      'mdc-run-chart-fallback': 'Fewer than 13 points: Making Data Count shows a run chart.',
      'zero-denominator': 'Some periods have a zero denominator and are shown as missing.',
    })[p.code] ?? p.code,

  // Detail view
  chartTitle: (p: { measure: string; unit: string }) => `${p.measure} – ${p.unit}`,
  runChartHeading: 'Run chart',
  summaryHeading: 'What the chart says',
  summaryNoData: 'There are no values to show.',
  summaryCommonCause: 'Only common-cause variation: the process is stable, with no sign of a real change.',
  summaryRun: (p: { length: number; since: string; side: 'above' | 'below'; judgement: Special }) =>
    `${p.length} points in a row since ${p.since} lie ${p.side === 'above' ? 'above' : 'below'} the centre line, so the change is probably real` +
    (p.judgement === 'improvement' ? ' – an improvement.' : p.judgement === 'concern' ? ' – a deterioration.' : '.'),
  summaryRunsSignal: (p: { judgement: Special }) =>
    'The runs analysis finds non-random variation' +
    (p.judgement === 'improvement' ? ', most recently on the better side.' : p.judgement === 'concern' ? ', most recently on the worse side.' : '.'),
  summaryOutside: (p: { period: string; side: 'above' | 'below'; judgement: Special }) =>
    `${p.period} lies ${p.side === 'above' ? 'above the upper' : 'below the lower'} control limit` +
    (p.judgement === 'improvement' ? ' – unusually good.' : p.judgement === 'concern' ? ' – unusually bad: look for a special cause.' : '.'),
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
  percentLabel: 'Show proportions as percent',
  sigma2Label: 'Show 2σ lines',
  aggLabel: 'Several values per period',
  aggMean: 'mean',
  aggMedian: 'median',
  aggSum: 'sum',
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
  verdictImproved: (p: { signals: number; run: number }) =>
    `Yes: against the limits before the change, the new phase shows an improvement (${p.signals} points outside the old limits, longest run ${p.run}).`,
  verdictWorse: (p: { signals: number; run: number }) =>
    `The new phase differs from the old process, but for the worse (${p.signals} points outside the old limits, longest run ${p.run}).`,
  verdictMoved: (p: { signals: number; run: number }) =>
    `The new phase differs from the old process (${p.signals} points outside the old limits, longest run ${p.run}).`,
  verdictNoChange: (p: { after: number }) =>
    `Not yet: the ${p.after} points after the change show no signal against the old limits.`,
  exportSettings: 'Export settings',
  importSettings: 'Import settings',
  importDone: (p: { n: number }) => `Settings for ${p.n} series imported.`,
  importError: 'The file is not a settings file from this dashboard.',

  // Data table and chart labels
  tableCaption: (p: { measure: string; unit: string }) => `Data behind the chart: ${p.measure}, ${p.unit}`,
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

  // ── area: infra (issue 14: CSP, storage, big files)

  // ── area: engine (issue 8: rules, charts)

  // ── area: cli (issue 8: summaries, goals)

  // ── area: ui (issue 13: layout, legends, focus, themes)

  // ── area: shapes (issue 9: export shapes, rate scale)

  // ── area: share (issue 12: exports, report)
  colLower2Sigma: 'Lower 2σ line',
  colUpper2Sigma: 'Upper 2σ line',
  colRule: 'Rule',
  valuesPercent: 'Values in percent (%)',
  valuesPer: (p: { n: string }) => `Values per ${p.n}`,
  imagePeriod: (p: { period: string }) => `Period ${p.period}`,
  imageRules: (p: { profile: string }) => `Rules: ${p.profile}`,
  imageGoal: (p: { goal: string }) => `Goal: ${p.goal}`,
  imageFooter: (p: { file: string; date: string }) => `Source: ${p.file} · Exported ${p.date}`,
  suppressionNote: (p: { threshold: number }) =>
    `Small numbers hidden: counts below ${p.threshold}, and figures from which they could be worked out, are shown as “<${p.threshold}”.`,
  exportMenu: 'Export',
  exportMenuFor: (p: { measure: string; unit: string }) => `Export ${p.measure}, ${p.unit}`,
  exportSvg: 'Image (SVG)',
  exportPng: 'Image (PNG)',
  exportCsv: 'Numbers (CSV)',
  exportFailed: (p: { detail: string }) => `The export failed: ${p.detail}`,
  shareReportHeading: 'Report in one file',
  shareReportIntro: 'One HTML file with the charts, what they say and the numbers behind them. It opens in any browser without a network and prints on A4.',
  shareEverything: 'Everything on the overview',
  shareChooseMeasures: 'Measures',
  shareChooseUnits: 'Units',
  shareLanguage: 'Language of the report',
  shareSuppressLabel: 'Hide small numbers',
  shareThresholdLabel: 'Hide counts below',
  shareThresholdInvalid: 'Enter a whole number of 1 or more.',
  shareCreate: 'Create the report',
  shareNothingChosen: 'Choose at least one measure and one unit.',
  shareReportTitle: (p: { file: string }) => `SPC report: ${p.file}`,
  shareReportLead: (p: { n: number; date: string }) => `${p.n} ${p.n === 1 ? 'chart' : 'charts'}, exported ${p.date}.`,
  shareContents: 'Charts in this report',
  shareProvenance: 'Source and settings',
  shareFile: 'Source file',
  shareSha: 'SHA-256 of the file',
  shareRows: 'Rows',
  shareExported: 'Exported',
  shareVersion: 'App version',
  shareProfile: 'Rule profile',
  shareProfileMixed: 'differs between charts (see each chart)',
  shareSuppression: 'Small numbers',
  shareSuppressionOff: 'shown as they are (suppression off)',
  shareMultiplier: 'Multiplier',
  shareChartSettings: 'Settings that change the numbers',
} satisfies Record<string, string | P<never>>;
