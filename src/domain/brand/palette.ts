import type { BrandColours } from '../schemas/brand.ts';

/** Every brand colour the stylesheets read, for one theme. */
export interface Palette {
  readonly accent: string;
  readonly accentStrong: string;
  readonly accentSoft: string;
  readonly accentText: string;
  readonly header: string;
  readonly headerText: string;
  readonly headerMuted: string;
  readonly headerMark: string;
}

export interface BrandPalette {
  readonly light: Palette;
  readonly dark: Palette;
}

/**
 * The neutral colours of src/styles/tokens.css that brand colours must read against (a unit test
 * keeps the two the same).
 */
export const NEUTRALS = {
  light: { bg: '#ffffff', fg: '#16202b', surface: '#f3f5f8' },
  dark: { bg: '#0f1419', fg: '#e6edf3', surface: '#161c24' },
} as const;

/** WCAG 2 contrast for text (AA) and for marks that are not text. */
export const TEXT_CONTRAST = 4.5;
export const MARK_CONTRAST = 3;

/** The red, green and blue channels (0..255) of "#rrggbb". */
function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` moved `amount` (0..1) of the way towards `b`, in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const [r1, g1, b1] = channels(a);
  const [r2, g2, b2] = channels(b);
  return toHex(r1 + (r2 - r1) * amount, g1 + (g2 - g1) * amount, b1 + (b2 - b1) * amount);
}

function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The first of 21 mixes of `colour` towards `towards` (from none to all) that `reads`, or `towards` itself. */
function firstMix(colour: string, towards: string, reads: (candidate: string) => boolean): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, towards, step / 20);
    if (reads(candidate)) return candidate;
  }
  return towards;
}

function untilContrast(colour: string, towards: string, against: string, ratio: number): string {
  return firstMix(colour, towards, (candidate) => contrast(candidate, against) >= ratio);
}

/** The dark theme's pale accent: the accent sunk most of the way into the dark background. */
function darkSoft(accent: string): string {
  return mix(accent, NEUTRALS.dark.bg, 0.85);
}

/**
 * Every colour of both themes: those the brand file gives, the others derived from them. A dark
 * accent left out is the light one lightened until it reads on the dark background; the header
 * keeps its light colours unless the file gives dark ones.
 */
export function derivePalette(colours: BrandColours): BrandPalette {
  const light: Palette = {
    accent: colours.accent,
    accentText: colours.accentText,
    accentStrong: colours.accentStrong ?? mix(colours.accent, '#000000', 0.25),
    accentSoft: colours.accentSoft ?? mix(colours.accent, NEUTRALS.light.bg, 0.9),
    header: colours.header,
    headerText: colours.headerText,
    headerMuted: colours.headerMuted ?? mix(colours.headerText, colours.header, 0.2),
    headerMark: colours.headerMark ?? untilContrast(colours.accent, '#ffffff', colours.header, MARK_CONTRAST),
  };
  const d = colours.dark ?? {};
  const accent =
    d.accent ??
    firstMix(
      colours.accent,
      '#ffffff',
      (c) => contrast(c, NEUTRALS.dark.surface) >= TEXT_CONTRAST && contrast(c, d.accentSoft ?? darkSoft(c)) >= TEXT_CONTRAST,
    );
  const header = d.header ?? light.header;
  const headerText = d.headerText ?? light.headerText;
  const dark: Palette = {
    accent,
    accentText: d.accentText ?? NEUTRALS.dark.bg,
    accentStrong: d.accentStrong ?? mix(accent, '#ffffff', 0.3),
    accentSoft: d.accentSoft ?? darkSoft(accent),
    header,
    headerText,
    headerMuted: d.headerMuted ?? (d.header || d.headerText ? mix(headerText, header, 0.2) : light.headerMuted),
    headerMark: d.headerMark ?? (d.header ? untilContrast(accent, '#ffffff', header, MARK_CONTRAST) : light.headerMark),
  };
  return { light, dark };
}

/** A pair of colours that does not reach its contrast: where it is used, and by how much it falls short. */
export interface ContrastIssue {
  /** "colours.accentText" or "colours.dark.accent" */
  readonly path: string;
  readonly message: string;
}

interface Pair {
  readonly text: keyof Palette;
  readonly on: keyof Palette | 'bg' | 'surface';
  readonly ratio: number;
  readonly what: string;
}

// What is drawn on what, as the stylesheets use the tokens.
const PAIRS: readonly Pair[] = [
  { text: 'accentText', on: 'accent', ratio: TEXT_CONTRAST, what: 'button text (accentText) on the accent colour' },
  { text: 'accent', on: 'bg', ratio: TEXT_CONTRAST, what: 'links (accent) on the page background' },
  { text: 'accent', on: 'surface', ratio: TEXT_CONTRAST, what: 'links (accent) on a panel' },
  { text: 'accent', on: 'accentSoft', ratio: TEXT_CONTRAST, what: 'links (accent) on the pale accent (accentSoft)' },
  { text: 'accentStrong', on: 'bg', ratio: TEXT_CONTRAST, what: 'hovered links (accentStrong) on the page background' },
  { text: 'headerText', on: 'header', ratio: TEXT_CONTRAST, what: 'header text (headerText) on the header colour' },
  { text: 'headerMuted', on: 'header', ratio: TEXT_CONTRAST, what: 'quieter header text (headerMuted) on the header colour' },
  { text: 'headerMark', on: 'header', ratio: MARK_CONTRAST, what: "the current page's mark (headerMark) on the header colour" },
];

/**
 * Every pair of brand colours (and brand colour on page background) that is too close to read,
 * in both themes; empty when all reach WCAG AA. The path names the field to change: a derived one
 * (to set in the file), else the text colour. A dark pair that only repeats a light
 * problem (the same two colours) is reported once.
 */
export function checkPalette(palette: BrandPalette, colours: BrandColours): ContrastIssue[] {
  const issues: ContrastIssue[] = [];
  const failedInLight = new Set<string>();
  for (const theme of ['light', 'dark'] as const) {
    const colour = (key: Pair['on']): string => (key === 'bg' || key === 'surface' ? NEUTRALS[theme][key] : palette[theme][key]);
    const given: Partial<Record<keyof Palette, string | undefined>> = theme === 'light' ? colours : (colours.dark ?? {});
    for (const pair of PAIRS) {
      const [text, on] = [colour(pair.text), colour(pair.on)];
      const ratio = contrast(text, on);
      if (ratio >= pair.ratio) continue;
      if (theme === 'light') failedInLight.add(`${text} ${on}`);
      else if (failedInLight.has(`${text} ${on}`)) continue;
      // A derived colour can be set without touching the brand's own; else the text colour is the one to change.
      const derived = [pair.text, pair.on].find(
        (key): key is keyof Palette => key !== 'bg' && key !== 'surface' && given[key] === undefined,
      );
      const field = derived ?? pair.text;
      issues.push({
        path: `colours${theme === 'dark' ? '.dark' : ''}.${field}`,
        message:
          `${theme === 'dark' ? 'on a dark screen, ' : ''}${pair.what} has a contrast of ${ratio.toFixed(2)}:1 ` +
          `(${text} on ${on}); it needs at least ${pair.ratio}:1` +
          (given[field] === undefined ? `. ${field} was worked out from the other colours: set it in the file` : ''),
      });
    }
  }
  return issues;
}
