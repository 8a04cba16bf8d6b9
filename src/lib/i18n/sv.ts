import type { en } from './en';

export const sv: typeof en = {
  appTitle: 'SPC-kvalitetspanel',
  appTagline: 'Serie- och styrdiagram för förbättringsarbete. Dina data stannar på den här datorn.',
  languageLabel: 'Språk',
  skipToContent: 'Hoppa till innehållet',

  statusStartingDb: 'Startar den lokala databasen…',
  statusLoadingSample: 'Läser in exempeldata…',
  statusReadingFile: (p) => `Läser ${p.name}…`,
  statusProgress: (p) => `${p.percent} % läst, ${p.rows} rader`,
  statusReady: (p) => `${p.rows} rader inlästa, ${p.series} serier.`,
  cancel: 'Avbryt',
  cancelled: 'Inläsningen avbröts; tidigare data visas fortfarande.',
  errorTitle: 'Något gick fel',
  errorDbStart: (p) => `Den lokala databasen kunde inte starta: ${p.detail}`,
  errorFileRead: (p) => `Kunde inte läsa ${p.name}: ${p.detail}`,
  errorNoPeriodColumn: 'Ingen datum- eller periodkolumn hittades. Välj en i kolumnmappningen.',
  errorNoRows: 'Ingen rad i filen kunde användas. Se listan över rader som inte används.',
  errorChart: (p) => `Diagrammet kan inte beräknas: ${p.detail}`,
  engineError: (p) =>
    ({
      'needs-denominator': 'diagramtypen kräver täljare och nämnare, och serien har bara värden.',
      'nonpositive-time': 'ett T-diagram kräver tider mellan händelser som är större än noll.',
    })[p.code] ?? p.code,
  loadFileLabel: 'Öppna en CSV- eller Parquet-fil',
  dropHint: 'eller släpp den här',
  sampleNotice: (p) => `Visar medföljande exempeldata (${p.name}).`,
  fileNotice: (p) => `Visar ${p.name}.`,
  loadSample: 'Läs in exempeldata',

  mappingHeading: (p) => `Kolumner i ${p.name}`,
  mappingIntro: 'Kontrollera vad varje kolumn innehåller. Valet sparas för filer med samma kolumner.',
  mappingPeriod: 'Datum eller period',
  mappingMeasure: 'Mått (kolumn med namn)',
  mappingUnit: 'Enhet',
  mappingKind: 'Värdena är',
  mappingValue: 'Värde',
  mappingNumerator: 'Täljare',
  mappingDenominator: 'Nämnare',
  mappingOutcome: 'Utfall ja/nej',
  mappingNone: '(ingen)',
  mappingMeasureName: 'Måttets namn',
  kindValue: 'värden (medelvärde per period)',
  kindProportion: 'täljare och nämnare (andel)',
  kindRate: 'täljare och exponering (frekvens)',
  kindOutcome: 'en rad per patient eller händelse med utfall ja/nej',
  kindMixed: 'täljare och nämnare där de finns, annars värdet',
  mappingDelimiter: 'Avgränsare',
  mappingDecimal: 'Decimaltecken',
  mappingThousands: 'Tusentalsavgränsare',
  thousandsName: (p) =>
    ({ '': 'ingen', ' ': 'mellanslag', '\u00a0': 'hårt mellanslag', '\u202f': 'smalt hårt mellanslag', '.': 'punkt (.)', ',': 'komma (,)' })[p.t] ?? p.t,
  mappingNeedsMeasure: 'Välj minst en kolumn med värden: lägg till en måttkolumn.',
  mappingAddMeasure: 'Lägg till en måttkolumn',
  mappingEncoding: 'Teckenkodning',
  mappingDateFormat: 'Datumformat',
  mappingDateAmbiguous: 'Datumen kan läsas på mer än ett sätt. Välj format:',
  mappingPeriodLength: 'Summera per',
  mappingPreview: 'Filens första rader',
  mappingConfirm: 'Läs in filen',
  periodNone: 'som i filen',
  periodDay: 'dag',
  periodWeek: 'vecka',
  periodMonth: 'månad',
  periodQuarter: 'kvartal',
  periodTertial: 'tertial',
  periodYear: 'år',
  delimiterName: (p) => ({ ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb', '|': 'lodstreck (|)' })[p.d] ?? p.d,

  reportHeading: (p) => `Importrapport för ${p.name}`,
  reportSummary: (p) => `${p.rows} rader lästa: ${p.used} används, ${p.rejected} används inte.`,
  reportValues: (p) => `Filen har ${p.records} rader med ${p.measures} mått var; varje mått på en rad räknas.`,
  reportDialect: (p) => `Avgränsare ${p.delimiter}, decimaltecken ”${p.decimal}”, kodning ${p.encoding}, datum ${p.dateFormat}.`,
  reportRejectedHeading: 'Rader som inte används',
  reportLine: 'Rad',
  reportReason: 'Orsak',
  reportColumn: 'Kolumn',
  reportCellValue: 'Cell',
  reportMore: (p) => `…och ${p.n} till.`,
  rejectReason: (p) =>
    ({
      'too-few-fields': 'färre fält än rubrikraden',
      'too-many-fields': 'fler fält än rubrikraden (en avgränsare utan citattecken?)',
      'malformed-quotes': 'citattecken som inte går ihop',
      'missing-period': 'datum eller period saknas',
      'impossible-date': 'datumet finns inte',
      'unparseable-date': 'datumet har inte kolumnens format',
      'not-a-number': 'inte ett tal',
      suppressed: 'maskerat värde (t.ex. ”<5”)',
      'negative-numerator': 'negativ täljare',
      'negative-denominator': 'negativ nämnare',
      'zero-denominator': 'nämnaren är noll',
      'numerator-exceeds-denominator': 'täljaren är större än nämnaren',
      'unknown-outcome': 'inte ett ja/nej-värde',
    })[p.reason] ?? p.reason,

  navOverview: 'Översikt',
  backToOverview: 'Tillbaka till översikten',
  overviewHeading: 'Alla mått',
  groupByLabel: 'Gruppera efter',
  groupByMeasure: 'mått',
  groupByUnit: 'enhet',
  searchLabel: 'Sök',
  searchPlaceholder: 'Mått eller enhet',
  sortLabel: 'Ordning',
  sortAttention: 'behöver uppmärksamhet först',
  sortName: 'alfabetisk',
  layoutLabel: 'Visa som',
  layoutCards: 'små diagram',
  layoutTable: 'resultattabell',
  noMatches: 'Ingen serie matchar sökningen.',
  iconLegend: 'Vad symbolerna betyder',
  latestValue: 'Senaste',
  goalValue: 'Mål',
  signalFired: 'Signal',
  noSignal: 'ingen',
  colMeasure: 'Mått',
  colUnit: 'Enhet',
  colVariation: 'Variation',
  colAssurance: 'Målstatus',
  colChart: 'Diagram',
  openSeries: (p) => `Öppna ${p.measure}, ${p.unit}`,
  seriesCount: (p) => `${p.shown} av ${p.total} serier`,

  variationName: (p) => {
    const side = p.side === 'high' ? ' (hög)' : p.side === 'low' ? ' (låg)' : '';
    return {
      'common-cause': 'Slumpmässig variation',
      'special-cause-improvement': `Särskild orsak: förbättring${side}`,
      'special-cause-concern': `Särskild orsak: försämring${side}`,
      'special-cause-neutral': `Särskild orsak${side}`,
    }[p.variation];
  },
  assuranceName: (p) =>
    ({
      pass: 'Processen når målet varje gång',
      fail: 'Processen når inte målet',
      'hit-and-miss': 'Processen når målet bara ibland',
      none: 'Ingen målstatus (inget mål, inga styrgränser eller ingen riktning)',
    })[p.assurance],
  ruleName: (p) =>
    ({
      'beyond-limits': 'utanför styrgränserna',
      'two-of-three': '2 av 3 bortom 2σ',
      'four-of-five': '4 av 5 bortom 1σ',
      shift: 'skift',
      trend: 'trend',
      astronomical: 'astronomisk punkt',
    })[p.rule],
  runsSignalName: 'icke slumpmässiga serier',
  specialName: (p) => ({ improvement: 'förbättring', concern: 'försämring', neutral: 'särskild orsak' })[p.special],
  chartName: (p) =>
    ({
      run: 'Seriediagram',
      i: 'I-diagram (enskilda värden)',
      mr: 'MR-diagram (glidande variationsvidd)',
      xbar: 'X̄-diagram (medelvärden per grupp)',
      s: 'S-diagram (standardavvikelser per grupp)',
      t: 'T-diagram (tid mellan händelser)',
      p: 'P-diagram (andelar)',
      pp: 'P′-diagram (Laney, stora nämnare)',
      c: 'C-diagram (antal)',
      u: 'U-diagram (frekvenser)',
      up: 'U′-diagram (Laney, stor exponering)',
      g: 'G-diagram (fall mellan händelser)',
    })[p.chart],
  profileName: (p) =>
    ({
      anhoej: 'Anhøj (serieregler + 3σ)',
      mdc: 'Making Data Count (NHS)',
      'western-electric': 'Western Electric',
      ihi: 'IHI (regler för seriediagram)',
    })[p.profile],
  directionName: (p) => ({ up: 'högre är bättre', down: 'lägre är bättre', neutral: 'ingen riktning' })[p.direction],
  suggestionReason: (p) =>
    ({
      'no-data': 'det finns inga data ännu',
      'event-dates': 'värdena är tider mellan händelser',
      'opportunities-between-events': 'värdena är antal fall mellan händelser',
      proportion: 'det finns en täljare och en nämnare som begränsar den',
      'proportion-large-denominators': 'andelar med mycket stora nämnare',
      rate: 'händelser per exponering (t.ex. per vårddygn)',
      'rate-large-denominators': 'frekvenser med mycket stor exponering',
      subgroups: 'flera mätningar per period',
      counts: 'heltal utan nämnare',
      'individual-values': 'ett mätvärde per period',
    })[p.reason] ?? p.reason,
  warningText: (p) =>
    ({
      'too-few-points': `Bara ${p.n} användbara punkter i fas ${p.phase}: styrgränserna är osäkra under 12.`,
      overdispersion: `Många punkter ligger utanför styrgränserna och nämnarna är stora: överväg ${p.suggested}-diagram.`,
      'negative-values-on-count-chart': 'Det finns negativa värden i ett diagram för antal eller andelar.',
      'mdc-run-chart-fallback': 'Färre än 13 punkter: Making Data Count visar ett seriediagram.',
      'zero-denominator': 'Några perioder har nämnaren noll och visas som saknade.',
    })[p.code] ?? p.code,

  chartTitle: (p) => `${p.measure} – ${p.unit}`,
  runChartHeading: 'Seriediagram',
  summaryHeading: 'Vad diagrammet visar',
  summaryNoData: 'Det finns inga värden att visa.',
  summaryCommonCause: 'Endast slumpmässig variation: processen är stabil och visar inga tecken på verklig förändring.',
  summaryRun: (p) =>
    `${p.length} punkter i rad sedan ${p.since} ligger ${p.side === 'above' ? 'över' : 'under'} mittlinjen, så förändringen är sannolikt verklig` +
    (p.judgement === 'improvement' ? ' – en förbättring.' : p.judgement === 'concern' ? ' – en försämring.' : '.'),
  summaryRunsSignal: (p) =>
    'Serieanalysen visar icke slumpmässig variation' +
    (p.judgement === 'improvement' ? ', senast på den bättre sidan.' : p.judgement === 'concern' ? ', senast på den sämre sidan.' : '.'),
  summaryOutside: (p) =>
    `${p.period} ligger ${p.side === 'above' ? 'över den övre' : 'under den undre'} styrgränsen` +
    (p.judgement === 'improvement' ? ' – ovanligt bra.' : p.judgement === 'concern' ? ' – ovanligt dåligt: leta efter en särskild orsak.' : '.'),
  summaryAssurance: (p) =>
    ({
      pass: `Målet (${p.goal}) ligger utanför styrgränserna på den goda sidan: processen kommer att nå det varje gång.`,
      fail: `Målet (${p.goal}) ligger utanför styrgränserna: processen kan inte nå det utan att förändras.`,
      'hit-and-miss': `Målet (${p.goal}) ligger mellan styrgränserna: processen når det bara ibland.`,
    })[p.assurance],
  summaryTooFew: (p) => `Bara ${p.n} punkter: styrgränserna är osäkra.`,

  settingsHeading: 'Inställningar för serien',
  chartTypeLabel: 'Diagramtyp',
  chartSuggested: (p) => `Förslag: ${p.chart}`,
  chartSuggestedBecause: (p) => `Förslag: ${p.chart}, eftersom ${p.reason}.`,
  directionLabel: 'Förbättring innebär',
  rulesLabel: 'Regler för signaler',
  goalLabel: 'Mål',
  goalFromLabel: 'från period',
  goalFromStart: 'från början',
  goalAdd: 'Lägg till mål',
  goalInvalid: 'Ange ett tal, till exempel 90 eller 2,5.',
  goalList: 'Mål',
  percentLabel: 'Visa andelar i procent',
  sigma2Label: 'Visa 2σ-linjer',
  aggLabel: 'Flera värden per period',
  aggMean: 'medelvärde',
  aggMedian: 'median',
  aggSum: 'summa',
  downloadChart: 'Ladda ner diagrammet (SVG)',
  clickPointHint: 'Klicka på en punkt (eller gå till den med Tabb och piltangenterna och tryck Enter) för att dela in i faser, sätta baslinje, exkludera eller kommentera den.',
  pointActionsHeading: (p) => `Punkt ${p.period}`,
  splitHere: 'Starta en ny fas efter den här punkten',
  freezeHere: 'Använd punkterna hit som baslinje',
  excludeHere: 'Exkludera punkten',
  excludeReason: 'Skäl till att exkludera',
  annotationText: 'Kommentar (t.ex. ett PDSA-test eller en ny rutin)',
  addAnnotation: 'Lägg till kommentar',
  closePoint: 'Stäng',
  splitsHeading: 'Faser börjar efter',
  baselineHeading: 'Baslinje till och med',
  excludedHeading: 'Exkluderade punkter',
  annotationsHeading: 'Kommentarer',
  removeItem: (p) => `Ta bort ${p.what}`,
  noneSet: 'inga',
  verdictHeading: 'Fungerade förändringen?',
  verdictImproved: (p) =>
    `Ja: jämfört med styrgränserna före förändringen visar den nya fasen en förbättring (${p.signals} punkter utanför de gamla gränserna, längsta serie ${p.run}).`,
  verdictWorse: (p) =>
    `Den nya fasen skiljer sig från den gamla processen, men till det sämre (${p.signals} punkter utanför de gamla gränserna, längsta serie ${p.run}).`,
  verdictMoved: (p) => `Den nya fasen skiljer sig från den gamla processen (${p.signals} punkter utanför de gamla gränserna, längsta serie ${p.run}).`,
  verdictNoChange: (p) => `Inte ännu: de ${p.after} punkterna efter förändringen visar ingen signal mot de gamla gränserna.`,
  exportSettings: 'Exportera inställningar',
  importSettings: 'Importera inställningar',
  importDone: (p) => `Inställningar för ${p.n} serier importerade.`,
  importError: 'Filen är inte en inställningsfil från den här panelen.',

  tableCaption: (p) => `Data bakom diagrammet: ${p.measure}, ${p.unit}`,
  colPeriod: 'Period',
  colValue: 'Värde',
  colNumerator: 'Täljare',
  colDenominator: 'Nämnare',
  colCenterLine: 'Mittlinje',
  colSignal: 'Signal',
  colPhase: 'Fas',
  colNote: 'Anteckning',
  centerLine: 'Median',
  upperLimit: 'Övre styrgräns',
  lowerLimit: 'Undre styrgräns',
  goal: 'Mål',
  target: 'Målvärde',
  baseline: 'Baslinje',
  excluded: 'Exkluderad',
  phase: (p) => `Fas ${p.n}`,
  yes: 'Ja',
  no: 'Nej',
  runsSignalYes: (p) =>
    `Icke slumpmässig variation: längsta serie ${p.longest} (gräns ${p.longestMax}), korsningar ${p.crossings} (minst ${p.crossingsMin}).`,
  runsSignalNo: (p) =>
    `Endast slumpmässig variation: längsta serie ${p.longest} (gräns ${p.longestMax}), korsningar ${p.crossings} (minst ${p.crossingsMin}).`,
  pointDescription: (p) => `${p.period}: ${p.value}${p.detail}`,
  pointRatio: (p) => `, ${p.num} av ${p.den}`,
  pointLimits: (p) => `, styrgränser ${p.lcl}–${p.ucl}`,
  pointFlagged: (p) => `, signal: ${p.why}`,
  pointExcluded: ', exkluderad',
  missingValue: 'saknas',
  // ── area: robust (issue 14: ingest correctness)

  // ── area: infra (issue 14: CSP, storage, big files)

  // ── area: engine (issue 8: rules, charts)

  // ── area: cli (issue 8: summaries, goals)

  // ── area: ui (issue 13: layout, legends, focus, themes)

  // ── area: shapes (issue 9: export shapes, rate scale)

  // ── area: few (issue 11)
  spreadSummary: (p) =>
    [
      `Förbättring i ${p.improved} av ${p.introduced} ${p.introduced === 1 ? 'enhet' : 'enheter'}`,
      p.worse ? `${p.worse} försämrade` : '',
      p.moved ? `${p.moved} förändrade (ingen förbättringsriktning vald)` : '',
      p.notClear ? `${p.notClear} ännu oklara` : '',
      p.tooFew ? `${p.tooFew} för få punkter sedan förändringen` : '',
    ].filter(Boolean).join('; '),
  spreadStatus: (p) =>
    ({ improved: 'Förbättrad', worse: 'Försämrad', moved: 'Förändrad', 'not-clear': 'Ännu oklart', 'too-few': 'För få punkter sedan förändringen' })[p.status],
  spreadNotIntroduced: 'Inte infört än (jämförelse)',
  eventsSinceLast: (p) =>
    p.unit === 'days' ? `${p.value} dagar sedan den senaste händelsen (preliminärt)` : `${p.value} fall sedan den senaste händelsen (preliminärt)`,

  // ── area: share (issue 12: exports, report)
};
