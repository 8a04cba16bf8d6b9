/** Chart words live in the i18n layer (shared with exports and the CLI's report). */
export { chartLabels, describePoint, provisionalName } from '../lib/i18n/chartLabels';
