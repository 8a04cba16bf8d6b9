import type { en } from './en';

export const nb: typeof en = {
  appTitle: 'SPC-kvalitetspanel',
  appTagline: 'Seriediagram og kontrolldiagram for forbedringsarbeid. Dataene dine blir på denne datamaskinen.',
  languageLabel: 'Språk',
  skipToContent: 'Hopp til innholdet',

  statusStartingDb: 'Starter den lokale databasen…',
  statusLoadingSample: 'Laster inn eksempeldata…',
  statusReadingFile: (p) => `Leser ${p.name}…`,
  statusProgress: (p) => `${p.percent} % lest, ${p.rows} rader`,
  statusReady: (p) => `${p.rows} rader lastet inn, ${p.series} serier.`,
  cancel: 'Avbryt',
  cancelled: 'Innlesingen ble avbrutt; tidligere data vises fortsatt.',
  errorTitle: 'Noe gikk galt',
  errorDbStart: (p) => `Den lokale databasen kunne ikke starte: ${p.detail}`,
  errorFileRead: (p) => `Kunne ikke lese ${p.name}: ${p.detail}`,
  errorNoPeriodColumn: 'Fant ingen dato- eller periodekolonne. Velg en i kolonneoppsettet.',
  errorNoRows: 'Ingen rad i filen kunne brukes. Se listen over rader som ikke brukes.',
  errorChart: (p) => `Diagrammet kan ikke beregnes: ${p.detail}`,
  engineError: (p) =>
    ({
      'needs-denominator': 'diagramtypen krever teller og nevner, og serien har bare verdier.',
      'nonpositive-time': 'et T-diagram krever tider mellom hendelser som er større enn null.',
    })[p.code] ?? p.code,
  loadFileLabel: 'Åpne en CSV- eller Parquet-fil',
  dropHint: 'eller slipp den her',
  sampleNotice: (p) => `Viser medfølgende eksempeldata (${p.name}).`,
  fileNotice: (p) => `Viser ${p.name}.`,
  loadSample: 'Last inn eksempeldata',

  mappingHeading: (p) => `Kolonner i ${p.name}`,
  mappingIntro: 'Kontroller hva hver kolonne inneholder. Valget huskes for filer med de samme kolonnene.',
  mappingPeriod: 'Dato eller periode',
  mappingMeasure: 'Indikator (kolonne med navn)',
  mappingUnit: 'Enhet',
  mappingKind: 'Verdiene er',
  mappingValue: 'Verdi',
  mappingNumerator: 'Teller',
  mappingDenominator: 'Nevner',
  mappingOutcome: 'Utfall ja/nei',
  mappingNone: '(ingen)',
  mappingMeasureName: 'Navn på indikatoren',
  kindValue: 'verdier (gjennomsnitt per periode)',
  kindProportion: 'teller og nevner (andel)',
  kindRate: 'teller og eksponering (rate)',
  kindOutcome: 'én rad per pasient eller hendelse med utfall ja/nei',
  kindMixed: 'teller og nevner der de finnes, ellers verdien',
  mappingDelimiter: 'Skilletegn',
  mappingDecimal: 'Desimaltegn',
  mappingThousands: 'Tusenskilletegn',
  thousandsName: (p) =>
    ({ '': 'ingen', ' ': 'mellomrom', '\u00a0': 'hardt mellomrom', '\u202f': 'smalt hardt mellomrom', '.': 'punktum (.)', ',': 'komma (,)' })[p.t] ?? p.t,
  mappingNeedsMeasure: 'Velg minst én kolonne med verdier: legg til en indikatorkolonne.',
  mappingAddMeasure: 'Legg til en indikatorkolonne',
  mappingEncoding: 'Tegnkoding',
  mappingDateFormat: 'Datoformat',
  mappingDateAmbiguous: 'Datoene kan leses på mer enn én måte. Velg format:',
  mappingPeriodLength: 'Summer per',
  mappingPreview: 'De første radene i filen',
  mappingConfirm: 'Les inn filen',
  periodNone: 'som i filen',
  periodDay: 'dag',
  periodWeek: 'uke',
  periodMonth: 'måned',
  periodQuarter: 'kvartal',
  periodTertial: 'tertial',
  periodYear: 'år',
  delimiterName: (p) => ({ ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabulator', '|': 'loddrett strek (|)' })[p.d] ?? p.d,

  reportHeading: (p) => `Importrapport for ${p.name}`,
  reportSummary: (p) => `${p.rows} rader lest: ${p.used} brukes, ${p.rejected} brukes ikke.`,
  reportValues: (p) => `Filen har ${p.records} rader med ${p.measures} indikatorer hver; hver indikator på en rad telles.`,
  reportDialect: (p) => `Skilletegn ${p.delimiter}, desimaltegn «${p.decimal}», koding ${p.encoding}, datoer ${p.dateFormat}.`,
  reportRejectedHeading: 'Rader som ikke brukes',
  reportLine: 'Linje',
  reportReason: 'Årsak',
  reportColumn: 'Kolonne',
  reportCellValue: 'Celle',
  reportMore: (p) => `…og ${p.n} til.`,
  rejectReason: (p) =>
    ({
      'too-few-fields': 'færre felt enn overskriftsraden',
      'too-many-fields': 'flere felt enn overskriftsraden (et skilletegn uten anførselstegn?)',
      'malformed-quotes': 'anførselstegn som ikke går opp',
      'missing-period': 'dato eller periode mangler',
      'impossible-date': 'datoen finnes ikke',
      'unparseable-date': 'datoen har ikke kolonnens format',
      'not-a-number': 'ikke et tall',
      suppressed: 'skjult verdi (f.eks. «<5»)',
      'negative-numerator': 'negativ teller',
      'negative-denominator': 'negativ nevner',
      'zero-denominator': 'nevneren er null',
      'numerator-exceeds-denominator': 'telleren er større enn nevneren',
      'unknown-outcome': 'ikke en ja/nei-verdi',
    })[p.reason] ?? p.reason,

  navOverview: 'Oversikt',
  backToOverview: 'Tilbake til oversikten',
  overviewHeading: 'Alle indikatorer',
  groupByLabel: 'Grupper etter',
  groupByMeasure: 'indikator',
  groupByUnit: 'enhet',
  searchLabel: 'Søk',
  searchPlaceholder: 'Indikator eller enhet',
  sortLabel: 'Rekkefølge',
  sortAttention: 'trenger oppmerksomhet først',
  sortName: 'alfabetisk',
  layoutLabel: 'Vis som',
  layoutCards: 'små diagram',
  layoutTable: 'resultattabell',
  noMatches: 'Ingen serie passer med søket.',
  iconLegend: 'Hva symbolene betyr',
  latestValue: 'Siste',
  goalValue: 'Mål',
  signalFired: 'Signal',
  noSignal: 'ingen',
  colMeasure: 'Indikator',
  colUnit: 'Enhet',
  colVariation: 'Variasjon',
  colAssurance: 'Målstatus',
  colChart: 'Diagram',
  openSeries: (p) => `Åpne ${p.measure}, ${p.unit}`,
  seriesCount: (p) => `${p.shown} av ${p.total} serier`,

  variationName: (p) => {
    const side = p.side === 'high' ? ' (høy)' : p.side === 'low' ? ' (lav)' : '';
    return {
      'common-cause': 'Tilfeldig variasjon',
      'special-cause-improvement': `Spesiell årsak: forbedring${side}`,
      'special-cause-concern': `Spesiell årsak: forverring${side}`,
      'special-cause-neutral': `Spesiell årsak${side}`,
    }[p.variation];
  },
  assuranceName: (p) =>
    ({
      pass: 'Prosessen når målet hver gang',
      fail: 'Prosessen når ikke målet',
      'hit-and-miss': 'Prosessen når målet bare noen ganger',
      none: 'Ingen målstatus (intet mål, ingen kontrollgrenser eller ingen retning)',
    })[p.assurance],
  ruleName: (p) =>
    ({
      'beyond-limits': 'utenfor kontrollgrensene',
      'two-of-three': '2 av 3 utenfor 2σ',
      'four-of-five': '4 av 5 utenfor 1σ',
      shift: 'skift',
      trend: 'trend',
      astronomical: 'astronomisk punkt',
    })[p.rule],
  runsSignalName: 'ikke-tilfeldige serier',
  specialName: (p) => ({ improvement: 'forbedring', concern: 'forverring', neutral: 'spesiell årsak' })[p.special],
  chartName: (p) =>
    ({
      run: 'Seriediagram',
      i: 'I-diagram (enkeltverdier)',
      mr: 'MR-diagram (glidende variasjonsbredde)',
      xbar: 'X̄-diagram (gjennomsnitt per gruppe)',
      s: 'S-diagram (standardavvik per gruppe)',
      t: 'T-diagram (tid mellom hendelser)',
      p: 'P-diagram (andeler)',
      pp: 'P′-diagram (Laney, store nevnere)',
      c: 'C-diagram (antall)',
      u: 'U-diagram (rater)',
      up: 'U′-diagram (Laney, stor eksponering)',
      g: 'G-diagram (tilfeller mellom hendelser)',
    })[p.chart],
  profileName: (p) =>
    ({
      anhoej: 'Anhøj (serieregler + 3σ)',
      mdc: 'Making Data Count (NHS)',
      'western-electric': 'Western Electric',
      ihi: 'IHI (regler for seriediagram)',
    })[p.profile],
  directionName: (p) => ({ up: 'høyere er bedre', down: 'lavere er bedre', neutral: 'ingen retning' })[p.direction],
  suggestionReason: (p) =>
    ({
      'no-data': 'det finnes ingen data ennå',
      'event-dates': 'verdiene er tid mellom hendelser',
      'opportunities-between-events': 'verdiene er antall tilfeller mellom hendelser',
      proportion: 'det finnes en teller og en nevner som begrenser den',
      'proportion-large-denominators': 'andeler med svært store nevnere',
      rate: 'hendelser per eksponering (f.eks. per liggedøgn)',
      'rate-large-denominators': 'rater med svært stor eksponering',
      subgroups: 'flere målinger per periode',
      counts: 'heltall uten nevner',
      'individual-values': 'én måleverdi per periode',
    })[p.reason] ?? p.reason,
  warningText: (p) =>
    ({
      'too-few-points': `Bare ${p.n} brukbare punkter i fase ${p.phase}: kontrollgrensene er usikre under 12.`,
      overdispersion: `Mange punkter ligger utenfor kontrollgrensene og nevnerne er store: vurder ${p.suggested}-diagram.`,
      'negative-values-on-count-chart': 'Det finnes negative verdier i et diagram for antall eller andeler.',
      'mdc-run-chart-fallback': 'Færre enn 13 punkter: Making Data Count viser et seriediagram.',
      'zero-denominator': 'Noen perioder har nevner null og vises som manglende.',
    })[p.code] ?? p.code,

  chartTitle: (p) => `${p.measure} – ${p.unit}`,
  runChartHeading: 'Seriediagram',
  summaryHeading: 'Hva diagrammet viser',
  summaryNoData: 'Det finnes ingen verdier å vise.',
  summaryCommonCause: 'Bare tilfeldig variasjon: prosessen er stabil og viser ingen tegn på reell endring.',
  summaryRun: (p) =>
    `${p.length} punkter på rad siden ${p.since} ligger ${p.side === 'above' ? 'over' : 'under'} senterlinjen, så endringen er trolig reell` +
    (p.judgement === 'improvement' ? ' – en forbedring.' : p.judgement === 'concern' ? ' – en forverring.' : '.'),
  summaryRunsSignal: (p) =>
    'Serieanalysen viser ikke-tilfeldig variasjon' +
    (p.judgement === 'improvement' ? ', sist på den gode siden.' : p.judgement === 'concern' ? ', sist på den dårlige siden.' : '.'),
  summaryOutside: (p) =>
    `${p.period} ligger ${p.side === 'above' ? 'over den øvre' : 'under den nedre'} kontrollgrensen` +
    (p.judgement === 'improvement' ? ' – uvanlig bra.' : p.judgement === 'concern' ? ' – uvanlig dårlig: let etter en spesiell årsak.' : '.'),
  summaryAssurance: (p) =>
    ({
      pass: `Målet (${p.goal}) ligger utenfor kontrollgrensene på den gode siden: prosessen vil nå det hver gang.`,
      fail: `Målet (${p.goal}) ligger utenfor kontrollgrensene: prosessen kan ikke nå det uten å endres.`,
      'hit-and-miss': `Målet (${p.goal}) ligger mellom kontrollgrensene: prosessen når det bare noen ganger.`,
    })[p.assurance],
  summaryTooFew: (p) => `Bare ${p.n} punkter: kontrollgrensene er usikre.`,

  settingsHeading: 'Innstillinger for serien',
  chartTypeLabel: 'Diagramtype',
  chartSuggested: (p) => `Forslag: ${p.chart}`,
  chartSuggestedBecause: (p) => `Forslag: ${p.chart}, fordi ${p.reason}.`,
  directionLabel: 'Forbedring betyr',
  rulesLabel: 'Regler for signaler',
  goalLabel: 'Mål',
  goalFromLabel: 'fra periode',
  goalFromStart: 'fra starten',
  goalAdd: 'Legg til mål',
  goalInvalid: 'Skriv et tall, for eksempel 90 eller 2,5.',
  goalList: 'Mål',
  percentLabel: 'Vis andeler i prosent',
  sigma2Label: 'Vis 2σ-linjer',
  aggLabel: 'Flere verdier per periode',
  aggMean: 'gjennomsnitt',
  aggMedian: 'median',
  aggSum: 'sum',
  downloadChart: 'Last ned diagrammet (SVG)',
  clickPointHint: 'Klikk på et punkt (eller gå til det med Tab og piltastene og trykk Enter) for å dele i faser, sette grunnlinje, utelate eller kommentere det.',
  pointActionsHeading: (p) => `Punkt ${p.period}`,
  splitHere: 'Start en ny fase etter dette punktet',
  freezeHere: 'Bruk punktene hit som grunnlinje',
  excludeHere: 'Utelat punktet',
  excludeReason: 'Grunn til å utelate',
  annotationText: 'Kommentar (f.eks. en PDSA-test eller en ny rutine)',
  addAnnotation: 'Legg til kommentar',
  closePoint: 'Lukk',
  splitsHeading: 'Faser starter etter',
  baselineHeading: 'Grunnlinje til og med',
  excludedHeading: 'Utelatte punkter',
  annotationsHeading: 'Kommentarer',
  removeItem: (p) => `Fjern ${p.what}`,
  noneSet: 'ingen',
  verdictHeading: 'Virket endringen?',
  verdictImproved: (p) =>
    `Ja: sammenlignet med kontrollgrensene før endringen viser den nye fasen en forbedring (${p.signals} punkter utenfor de gamle grensene, lengste serie ${p.run}).`,
  verdictWorse: (p) =>
    `Den nye fasen skiller seg fra den gamle prosessen, men til det verre (${p.signals} punkter utenfor de gamle grensene, lengste serie ${p.run}).`,
  verdictMoved: (p) => `Den nye fasen skiller seg fra den gamle prosessen (${p.signals} punkter utenfor de gamle grensene, lengste serie ${p.run}).`,
  verdictNoChange: (p) => `Ikke ennå: de ${p.after} punktene etter endringen viser ikke noe signal mot de gamle grensene.`,
  exportSettings: 'Eksporter innstillinger',
  importSettings: 'Importer innstillinger',
  importDone: (p) => `Innstillinger for ${p.n} serier importert.`,
  importError: 'Filen er ikke en innstillingsfil fra denne panelen.',

  tableCaption: (p) => `Data bak diagrammet: ${p.measure}, ${p.unit}`,
  colPeriod: 'Periode',
  colValue: 'Verdi',
  colNumerator: 'Teller',
  colDenominator: 'Nevner',
  colCenterLine: 'Senterlinje',
  colSignal: 'Signal',
  colPhase: 'Fase',
  colNote: 'Merknad',
  centerLine: 'Median',
  upperLimit: 'Øvre kontrollgrense',
  lowerLimit: 'Nedre kontrollgrense',
  goal: 'Mål',
  target: 'Målverdi',
  baseline: 'Grunnlinje',
  excluded: 'Utelatt',
  phase: (p) => `Fase ${p.n}`,
  yes: 'Ja',
  no: 'Nei',
  runsSignalYes: (p) =>
    `Ikke-tilfeldig variasjon: lengste serie ${p.longest} (grense ${p.longestMax}), kryssinger ${p.crossings} (minst ${p.crossingsMin}).`,
  runsSignalNo: (p) =>
    `Bare tilfeldig variasjon: lengste serie ${p.longest} (grense ${p.longestMax}), kryssinger ${p.crossings} (minst ${p.crossingsMin}).`,
  pointDescription: (p) => `${p.period}: ${p.value}${p.detail}`,
  pointRatio: (p) => `, ${p.num} av ${p.den}`,
  pointLimits: (p) => `, kontrollgrenser ${p.lcl}–${p.ucl}`,
  pointFlagged: (p) => `, signal: ${p.why}`,
  pointExcluded: ', utelatt',
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
      `Forbedring i ${p.improved} av ${p.introduced} ${p.introduced === 1 ? 'enhet' : 'enheter'}`,
      p.worse ? `${p.worse} forverret` : '',
      p.moved ? `${p.moved} endret (ingen forbedringsretning valgt)` : '',
      p.notClear ? `${p.notClear} ennå uklare` : '',
      p.tooFew ? `${p.tooFew} for få punkter siden endringen` : '',
    ].filter(Boolean).join('; '),
  spreadStatus: (p) =>
    ({ improved: 'Forbedret', worse: 'Forverret', moved: 'Endret', 'not-clear': 'Ennå uklart', 'too-few': 'For få punkter siden endringen' })[p.status],
  spreadNotIntroduced: 'Ikke innført ennå (sammenligning)',
  eventsSinceLast: (p) =>
    p.unit === 'days' ? `${p.value} dager siden siste hendelse (foreløpig)` : `${p.value} tilfeller siden siste hendelse (foreløpig)`,

  // ── area: share (issue 12: exports, report)
};
