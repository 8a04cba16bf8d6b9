import { describe, expect, it } from 'vitest';
import { COLORS, DARK_COLORS, GRAPHIC_COLORS, GRAPHIC_KEYS, MORE_CONTRAST_COLORS, TEXT_COLORS, TEXT_KEYS } from '../../src/lib/charts/colors.ts';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colours meet WCAG 2.1 AA against white', () => {
  it.each(TEXT_COLORS.map((c) => [c]))('text colour %s ≥ 4.5:1', (c) => {
    expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_COLORS.map((c) => [c]))('graphic colour %s ≥ 3:1', (c) => {
    expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('every palette meets WCAG 2.1 AA against its own background', () => {
  for (const [name, palette] of Object.entries({ light: COLORS, dark: DARK_COLORS, 'more contrast': MORE_CONTRAST_COLORS })) {
    it(`${name}: text ≥ 4.5:1, marks ≥ 3:1`, () => {
      for (const k of TEXT_KEYS) expect(contrast(palette[k], palette.background), `${name} ${k}`).toBeGreaterThanOrEqual(4.5);
      for (const k of GRAPHIC_KEYS) expect(contrast(palette[k], palette.background), `${name} ${k}`).toBeGreaterThanOrEqual(3);
    });
  }
});
