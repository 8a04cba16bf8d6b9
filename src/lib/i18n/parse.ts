/** Parse a number typed by a user in any of the supported locales ("2,5", "1 234,5", "2.5"). */
export function parseUserNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}
