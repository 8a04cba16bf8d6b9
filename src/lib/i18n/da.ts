import type { en } from './en';

export const da: typeof en = {
  appTitle: 'SPC-kvalitetspanel',
  appTagline: 'Seriediagrammer og kontroldiagrammer til forbedringsarbejde. Dine data bliver på denne computer.',
  languageLabel: 'Sprog',
  skipToContent: 'Spring til indholdet',

  statusStartingDb: 'Starter den lokale database…',
  statusLoadingSample: 'Indlæser eksempeldata…',
  statusReadingFile: (p) => `Læser ${p.name}…`,
  statusProgress: (p) => `${p.percent} % læst, ${p.rows} rækker`,
  statusReady: (p) => `${p.rows} rækker indlæst, ${p.series} serier.`,
  cancel: 'Annuller',
  cancelled: 'Indlæsningen blev annulleret; de tidligere data vises stadig.',
  errorTitle: 'Noget gik galt',
  errorDbStart: (p) => `Den lokale database kunne ikke starte: ${p.detail}`,
  errorFileRead: (p) => `Kunne ikke læse ${p.name}: ${p.detail}`,
  errorNoPeriodColumn: 'Der blev ikke fundet nogen dato- eller periodekolonne. Vælg en i kolonneopsætningen.',
  errorNoRows: 'Ingen række i filen kunne bruges. Se listen over rækker, der ikke bruges.',
  errorChart: (p) => `Diagrammet kan ikke beregnes: ${p.detail}`,
  engineError: (p) =>
    ({
      'needs-denominator': 'diagramtypen kræver tæller og nævner, og serien har kun værdier.',
      'nonpositive-time': 'et T-diagram kræver tider mellem hændelser, der er større end nul.',
    })[p.code] ?? p.code,
  loadFileLabel: 'Åbn en CSV- eller Parquet-fil',
  dropHint: 'eller slip den her',
  sampleNotice: (p) => `Viser de medfølgende eksempeldata (${p.name}).`,
  fileNotice: (p) => `Viser ${p.name}.`,
  loadSample: 'Indlæs eksempeldata',

  mappingHeading: (p) => `Kolonner i ${p.name}`,
  mappingIntro: 'Kontrollér, hvad hver kolonne indeholder. Valget huskes for filer med de samme kolonner.',
  mappingPeriod: 'Dato eller periode',
  mappingMeasure: 'Indikator (kolonne med navn)',
  mappingUnit: 'Enhed',
  mappingKind: 'Værdierne er',
  mappingValue: 'Værdi',
  mappingNumerator: 'Tæller',
  mappingDenominator: 'Nævner',
  mappingOutcome: 'Udfald ja/nej',
  mappingNone: '(ingen)',
  mappingMeasureName: 'Indikatorens navn',
  kindValue: 'værdier (gennemsnit per periode)',
  kindProportion: 'tæller og nævner (andel)',
  kindRate: 'tæller og eksponering (rate)',
  kindOutcome: 'én række per patient eller hændelse med udfald ja/nej',
  kindMixed: 'tæller og nævner hvor de findes, ellers værdien',
  mappingDelimiter: 'Skilletegn',
  mappingDecimal: 'Decimaltegn',
  mappingThousands: 'Tusindtalsseparator',
  thousandsName: (p) =>
    ({ '': 'ingen', ' ': 'mellemrum', '\u00a0': 'hårdt mellemrum', '\u202f': 'smalt hårdt mellemrum', '.': 'punktum (.)', ',': 'komma (,)' })[p.t] ?? p.t,
  mappingNeedsMeasure: 'Vælg mindst én kolonne med værdier: tilføj en indikatorkolonne.',
  mappingAddMeasure: 'Tilføj en indikatorkolonne',
  mappingEncoding: 'Tegnkodning',
  mappingDateFormat: 'Datoformat',
  mappingDateAmbiguous: 'Datoerne kan læses på mere end én måde. Vælg format:',
  mappingPeriodLength: 'Opgør per',
  mappingPreview: 'Filens første rækker',
  mappingConfirm: 'Indlæs filen',
  periodNone: 'som i filen',
  periodDay: 'dag',
  periodWeek: 'uge',
  periodMonth: 'måned',
  periodQuarter: 'kvartal',
  periodTertial: 'tertial',
  periodYear: 'år',
  delimiterName: (p) => ({ ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabulator', '|': 'lodret streg (|)' })[p.d] ?? p.d,

  reportHeading: (p) => `Importrapport for ${p.name}`,
  reportSummary: (p) => `${p.rows} rækker læst: ${p.used} bruges, ${p.rejected} bruges ikke.`,
  reportValues: (p) => `Filen har ${p.records} rækker med ${p.measures} indikatorer hver; hver indikator i en række tælles.`,
  reportDialect: (p) => `Skilletegn ${p.delimiter}, decimaltegn »${p.decimal}«, kodning ${p.encoding}, datoer ${p.dateFormat}.`,
  reportRejectedHeading: 'Rækker, der ikke bruges',
  reportLine: 'Linje',
  reportReason: 'Årsag',
  reportColumn: 'Kolonne',
  reportCellValue: 'Celle',
  reportMore: (p) => `…og ${p.n} mere.`,
  rejectReason: (p) =>
    ({
      'too-few-fields': 'færre felter end overskriftsrækken',
      'too-many-fields': 'flere felter end overskriftsrækken (et skilletegn uden anførselstegn?)',
      'malformed-quotes': 'anførselstegn, der ikke passer sammen',
      'missing-period': 'dato eller periode mangler',
      'impossible-date': 'datoen findes ikke',
      'unparseable-date': 'datoen har ikke kolonnens format',
      'not-a-number': 'ikke et tal',
      suppressed: 'skjult værdi (f.eks. »<5«)',
      'negative-numerator': 'negativ tæller',
      'negative-denominator': 'negativ nævner',
      'zero-denominator': 'nævneren er nul',
      'numerator-exceeds-denominator': 'tælleren er større end nævneren',
      'unknown-outcome': 'ikke en ja/nej-værdi',
    })[p.reason] ?? p.reason,

  navOverview: 'Oversigt',
  backToOverview: 'Tilbage til oversigten',
  overviewHeading: 'Alle indikatorer',
  groupByLabel: 'Gruppér efter',
  groupByMeasure: 'indikator',
  groupByUnit: 'enhed',
  searchLabel: 'Søg',
  searchPlaceholder: 'Indikator eller enhed',
  sortLabel: 'Rækkefølge',
  sortAttention: 'kræver opmærksomhed først',
  sortName: 'alfabetisk',
  layoutLabel: 'Vis som',
  layoutCards: 'små diagrammer',
  layoutTable: 'resultattabel',
  noMatches: 'Ingen serie passer til søgningen.',
  iconLegend: 'Hvad symbolerne betyder',
  latestValue: 'Seneste',
  goalValue: 'Mål',
  signalFired: 'Signal',
  noSignal: 'intet',
  colMeasure: 'Indikator',
  colUnit: 'Enhed',
  colVariation: 'Variation',
  colAssurance: 'Målstatus',
  colChart: 'Diagram',
  openSeries: (p) => `Åbn ${p.measure}, ${p.unit}`,
  seriesCount: (p) => `${p.shown} af ${p.total} serier`,

  variationName: (p) => {
    const side = p.side === 'high' ? ' (høj)' : p.side === 'low' ? ' (lav)' : '';
    return {
      'common-cause': 'Tilfældig variation',
      'special-cause-improvement': `Særlig årsag: forbedring${side}`,
      'special-cause-concern': `Særlig årsag: forværring${side}`,
      'special-cause-neutral': `Særlig årsag${side}`,
    }[p.variation];
  },
  assuranceName: (p) =>
    ({
      pass: 'Processen når målet hver gang',
      fail: 'Processen når ikke målet',
      'hit-and-miss': 'Processen når kun målet nogle gange',
      none: 'Ingen målstatus (intet mål, ingen kontrolgrænser eller ingen retning)',
    })[p.assurance],
  ruleName: (p) =>
    ({
      'beyond-limits': 'uden for kontrolgrænserne',
      'two-of-three': '2 af 3 uden for 2σ',
      'four-of-five': '4 af 5 uden for 1σ',
      shift: 'skift',
      trend: 'trend',
      astronomical: 'astronomisk punkt',
    })[p.rule],
  runsSignalName: 'ikke-tilfældige serier',
  specialName: (p) => ({ improvement: 'forbedring', concern: 'forværring', neutral: 'særlig årsag' })[p.special],
  chartName: (p) =>
    ({
      run: 'Seriediagram',
      i: 'I-diagram (enkeltværdier)',
      mr: 'MR-diagram (glidende variationsbredde)',
      xbar: 'X̄-diagram (gennemsnit per gruppe)',
      s: 'S-diagram (standardafvigelse per gruppe)',
      t: 'T-diagram (tid mellem hændelser)',
      p: 'P-diagram (andele)',
      pp: 'P′-diagram (Laney, store nævnere)',
      c: 'C-diagram (antal)',
      u: 'U-diagram (rater)',
      up: 'U′-diagram (Laney, stor eksponering)',
      g: 'G-diagram (tilfælde mellem hændelser)',
    })[p.chart],
  profileName: (p) =>
    ({
      anhoej: 'Anhøj (serieregler + 3σ)',
      mdc: 'Making Data Count (NHS)',
      'western-electric': 'Western Electric',
      ihi: 'IHI (regler for seriediagrammer)',
    })[p.profile],
  directionName: (p) => ({ up: 'højere er bedre', down: 'lavere er bedre', neutral: 'ingen retning' })[p.direction],
  suggestionReason: (p) =>
    ({
      'no-data': 'der er ingen data endnu',
      'event-dates': 'værdierne er tid mellem hændelser',
      'opportunities-between-events': 'værdierne er antal tilfælde mellem hændelser',
      proportion: 'der er en tæller og en nævner, der begrænser den',
      'proportion-large-denominators': 'andele med meget store nævnere',
      rate: 'hændelser per eksponering (f.eks. per sengedag)',
      'rate-large-denominators': 'rater med meget stor eksponering',
      subgroups: 'flere målinger per periode',
      counts: 'heltal uden nævner',
      'individual-values': 'én måleværdi per periode',
    })[p.reason] ?? p.reason,
  warningText: (p) =>
    ({
      'too-few-points': `Kun ${p.n} brugbare punkter i fase ${p.phase}: kontrolgrænserne er usikre under 12.`,
      overdispersion: `Mange punkter ligger uden for kontrolgrænserne, og nævnerne er store: overvej ${p.suggested}-diagram.`,
      'negative-values-on-count-chart': 'Der er negative værdier i et diagram for antal eller andele.',
      'mdc-run-chart-fallback': 'Færre end 13 punkter: Making Data Count viser et seriediagram.',
      'zero-denominator': 'Nogle perioder har nævneren nul og vises som manglende.',
    })[p.code] ?? p.code,

  chartTitle: (p) => `${p.measure} – ${p.unit}`,
  runChartHeading: 'Seriediagram',
  summaryHeading: 'Hvad diagrammet viser',
  summaryNoData: 'Der er ingen værdier at vise.',
  summaryCommonCause: 'Kun tilfældig variation: processen er stabil og viser ingen tegn på en reel ændring.',
  summaryRun: (p) =>
    `${p.length} punkter i træk siden ${p.since} ligger ${p.side === 'above' ? 'over' : 'under'} centerlinjen, så ændringen er sandsynligvis reel` +
    (p.judgement === 'improvement' ? ' – en forbedring.' : p.judgement === 'concern' ? ' – en forværring.' : '.'),
  summaryRunsSignal: (p) =>
    'Serieanalysen viser ikke-tilfældig variation' +
    (p.judgement === 'improvement' ? ', senest på den gode side.' : p.judgement === 'concern' ? ', senest på den dårlige side.' : '.'),
  summaryOutside: (p) =>
    `${p.period} ligger ${p.side === 'above' ? 'over den øvre' : 'under den nedre'} kontrolgrænse` +
    (p.judgement === 'improvement' ? ' – usædvanligt godt.' : p.judgement === 'concern' ? ' – usædvanligt dårligt: se efter en særlig årsag.' : '.'),
  summaryAssurance: (p) =>
    ({
      pass: `Målet (${p.goal}) ligger uden for kontrolgrænserne på den gode side: processen vil nå det hver gang.`,
      fail: `Målet (${p.goal}) ligger uden for kontrolgrænserne: processen kan ikke nå det uden at blive ændret.`,
      'hit-and-miss': `Målet (${p.goal}) ligger mellem kontrolgrænserne: processen når det kun nogle gange.`,
    })[p.assurance],
  summaryTooFew: (p) => `Kun ${p.n} punkter: kontrolgrænserne er usikre.`,

  settingsHeading: 'Indstillinger for serien',
  chartTypeLabel: 'Diagramtype',
  chartSuggested: (p) => `Forslag: ${p.chart}`,
  chartSuggestedBecause: (p) => `Forslag: ${p.chart}, fordi ${p.reason}.`,
  directionLabel: 'Forbedring betyder',
  rulesLabel: 'Regler for signaler',
  goalLabel: 'Mål',
  goalFromLabel: 'fra periode',
  goalFromStart: 'fra starten',
  goalAdd: 'Tilføj mål',
  goalInvalid: 'Skriv et tal, for eksempel 90 eller 2,5.',
  goalList: 'Mål',
  percentLabel: 'Vis andele i procent',
  sigma2Label: 'Vis 2σ-linjer',
  aggLabel: 'Flere værdier per periode',
  aggMean: 'gennemsnit',
  aggMedian: 'median',
  aggSum: 'sum',
  downloadChart: 'Hent diagrammet (SVG)',
  clickPointHint: 'Klik på et punkt (eller gå til det med Tab og piletasterne og tryk Enter) for at opdele i faser, sætte baseline, udelade eller kommentere det.',
  pointActionsHeading: (p) => `Punkt ${p.period}`,
  splitHere: 'Start en ny fase efter dette punkt',
  freezeHere: 'Brug punkterne hertil som baseline',
  excludeHere: 'Udelad punktet',
  excludeReason: 'Grund til at udelade',
  annotationText: 'Kommentar (f.eks. en PDSA-test eller en ny rutine)',
  addAnnotation: 'Tilføj kommentar',
  closePoint: 'Luk',
  splitsHeading: 'Faser starter efter',
  baselineHeading: 'Baseline til og med',
  excludedHeading: 'Udeladte punkter',
  annotationsHeading: 'Kommentarer',
  removeItem: (p) => `Fjern ${p.what}`,
  noneSet: 'ingen',
  verdictHeading: 'Virkede ændringen?',
  verdictImproved: (p) =>
    `Ja: sammenlignet med kontrolgrænserne før ændringen viser den nye fase en forbedring (${p.signals} punkter uden for de gamle grænser, længste serie ${p.run}).`,
  verdictWorse: (p) =>
    `Den nye fase adskiller sig fra den gamle proces, men til det værre (${p.signals} punkter uden for de gamle grænser, længste serie ${p.run}).`,
  verdictMoved: (p) => `Den nye fase adskiller sig fra den gamle proces (${p.signals} punkter uden for de gamle grænser, længste serie ${p.run}).`,
  verdictNoChange: (p) => `Ikke endnu: de ${p.after} punkter efter ændringen viser intet signal mod de gamle grænser.`,
  exportSettings: 'Eksportér indstillinger',
  importSettings: 'Importér indstillinger',
  importDone: (p) => `Indstillinger for ${p.n} serier importeret.`,
  importError: 'Filen er ikke en indstillingsfil fra dette panel.',

  tableCaption: (p) => `Data bag diagrammet: ${p.measure}, ${p.unit}`,
  colPeriod: 'Periode',
  colValue: 'Værdi',
  colNumerator: 'Tæller',
  colDenominator: 'Nævner',
  colCenterLine: 'Centerlinje',
  colSignal: 'Signal',
  colPhase: 'Fase',
  colNote: 'Note',
  centerLine: 'Median',
  upperLimit: 'Øvre kontrolgrænse',
  lowerLimit: 'Nedre kontrolgrænse',
  goal: 'Mål',
  target: 'Målværdi',
  baseline: 'Baseline',
  excluded: 'Udeladt',
  phase: (p) => `Fase ${p.n}`,
  yes: 'Ja',
  no: 'Nej',
  runsSignalYes: (p) =>
    `Ikke-tilfældig variation: længste serie ${p.longest} (grænse ${p.longestMax}), krydsninger ${p.crossings} (mindst ${p.crossingsMin}).`,
  runsSignalNo: (p) =>
    `Kun tilfældig variation: længste serie ${p.longest} (grænse ${p.longestMax}), krydsninger ${p.crossings} (mindst ${p.crossingsMin}).`,
  pointDescription: (p) => `${p.period}: ${p.value}${p.detail}`,
  pointRatio: (p) => `, ${p.num} af ${p.den}`,
  pointLimits: (p) => `, kontrolgrænser ${p.lcl}–${p.ucl}`,
  pointFlagged: (p) => `, signal: ${p.why}`,
  pointExcluded: ', udeladt',
  missingValue: 'mangler',
  // ── area: robust (issue 14: ingest correctness)

  // ── area: infra (issue 14: CSP, storage, big files)

  // ── area: engine (issue 8: rules, charts)

  // ── area: cli (issue 8: summaries, goals)

  // ── area: ui (issue 13: layout, legends, focus, themes)

  // ── area: shapes (issue 9: export shapes, rate scale)

  // ── area: few (issue 11)
  spreadSummary: (p) =>
    [
      `Forbedring i ${p.improved} af ${p.introduced} ${p.introduced === 1 ? 'enhed' : 'enheder'}`,
      p.worse ? `${p.worse} forværret` : '',
      p.moved ? `${p.moved} ændret (ingen forbedringsretning valgt)` : '',
      p.notClear ? `${p.notClear} endnu uklare` : '',
      p.tooFew ? `${p.tooFew} for få punkter siden ændringen` : '',
    ].filter(Boolean).join('; '),
  spreadStatus: (p) =>
    ({ improved: 'Forbedret', worse: 'Forværret', moved: 'Ændret', 'not-clear': 'Endnu uklart', 'too-few': 'For få punkter siden ændringen' })[p.status],
  spreadNotIntroduced: 'Ikke indført endnu (sammenligning)',
  eventsSinceLast: (p) =>
    p.unit === 'days' ? `${p.value} dage siden seneste hændelse (foreløbig)` : `${p.value} tilfælde siden seneste hændelse (foreløbig)`,

  // ── area: share (issue 12: exports, report)
};
