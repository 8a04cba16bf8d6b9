/**
 * The shareable settings file: goals, phases, exclusions, annotations… per measure and unit,
 * and the change log (`changes`, optional: files without it read as no changes, and apps that
 * predate it ignore it). It never contains data rows (texts are the user's own words).
 */
import { parseChanges, type Change } from './changes';
import { parseSettings, seriesId, type SeriesSettings } from './settings';

const FORMAT = 'spc-dashboard-settings';
const VERSION = 1;

export function exportSettingsFile(settings: Record<string, SeriesSettings>, changes: readonly Change[] = []): string {
  const series = Object.entries(settings).map(([id, s]) => {
    const [measure, unit] = JSON.parse(id) as [string, string];
    return { measure, unit, settings: s };
  });
  return JSON.stringify({ format: FORMAT, version: VERSION, series, ...(changes.length > 0 ? { changes } : {}) }, null, 2);
}

/** Settings by series id, or null when the text is not a settings file of this format. */
export function parseSettingsFile(text: string): Record<string, SeriesSettings> | null {
  return parseSettingsDocument(text)?.series ?? null;
}

/** Settings by series id and the change log, or null when the text is not a settings file of this format. */
export function parseSettingsDocument(text: string): { series: Record<string, SeriesSettings>; changes: Change[] } | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as { format?: unknown; version?: unknown; series?: unknown; changes?: unknown };
  if (d.format !== FORMAT || d.version !== VERSION || !Array.isArray(d.series)) return null;
  const out: Record<string, SeriesSettings> = {};
  for (const entry of d.series as unknown[]) {
    const e = entry as { measure?: unknown; unit?: unknown; settings?: unknown };
    if (typeof e?.measure !== 'string' || typeof e.unit !== 'string') return null;
    out[seriesId(e.measure, e.unit)] = parseSettings(e.settings);
  }
  return { series: out, changes: parseChanges(d.changes) };
}
