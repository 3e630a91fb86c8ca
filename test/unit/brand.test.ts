import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES, logoFormat, logoRatio } from '../../src/domain/brand/logo.ts';
import { checkPalette, contrast, derivePalette, MARK_CONTRAST, mix, NEUTRALS, TEXT_CONTRAST } from '../../src/domain/brand/palette.ts';
import { brandColoursSchema, brandSchema, hexColourSchema, logoPathSchema } from '../../src/domain/schemas/brand.ts';
import { describeIssues } from '../../src/domain/schemas/friendly-issues.ts';
import type { z } from '../../src/domain/schemas/zod.ts';
import { brandStylesheet, cssString } from '../../src/integrations/brand.ts';

function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeIssues(result.error).map((issue) => `${issue.path}: ${issue.message}`);
}

/** A brand with only the four required colours: a dark green header, a green accent. */
const GREEN = brandSchema.parse({
  name: 'Fernhill Consulting',
  logo: 'logo.svg',
  colours: { accent: '#2A6B4C', accentText: '#ffffff', header: '#1f4d3a', headerText: '#ffffff' },
});

const svg = (body: string, root = 'viewBox="0 0 32 32"'): Uint8Array =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${root}>${body}</svg>`);

describe('brandSchema', () => {
  it('reads a brand with only what is required, colours in lower case', () => {
    expect(GREEN.name).toBe('Fernhill Consulting');
    expect(GREEN.colours.accent).toBe('#2a6b4c');
    expect(GREEN.contact).toBeUndefined();
    expect(GREEN.preparedBy).toBeUndefined();
  });

  it('refuses a web address as the logo, saying the build never downloads it', () => {
    const [problem] = problems(logoPathSchema, 'https://cdn.example/logo.svg');
    expect(problem).toMatch(
      /^\(top level\): must be a file .* not a web address: the build copies the logo into the site and never downloads anything$/,
    );
    expect(problems(logoPathSchema, 'data:image/svg+xml,<svg/>')[0]).toContain('not a web address');
    expect(problems(logoPathSchema, 'logo.gif')).toEqual(['(top level): must be an .svg or .png file']);
  });

  it('names each field that is wrong: colour, line breaks, spaces, unknown fields, missing name', () => {
    expect(problems(hexColourSchema, 'blue')).toEqual(['(top level): must be a colour in six hex digits, e.g. "#1c559f"']);
    expect(problems(hexColourSchema, '#fff')).toHaveLength(1);
    expect(
      problems(brandSchema, {
        name: 'Two\nlines',
        shortName: ' Padded',
        logo: 'logo.svg',
        colours: { accent: '#1c559f', accentText: '#ffffff', header: '#0f2a4a', headerText: '#ffffff', dark: { accent: 'teal' } },
        colour: '#000000',
      }),
    ).toEqual([
      'name: must be one line of text, without line breaks or control characters',
      'shortName: must not start or end with a space',
      'colours.dark.accent: must be a colour in six hex digits, e.g. "#1c559f"',
      '(top level): has unknown field "colour"',
    ]);
    expect(problems(brandSchema, { logo: 'logo.svg', colours: GREEN.colours })).toEqual(['name: is required (string)']);
  });
});

describe('colours', () => {
  it('measures contrast as WCAG 2 does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('keeps the colours a file gives and derives the rest, all readable', () => {
    const palette = derivePalette(GREEN.colours);
    expect(palette.light).toMatchObject({ accent: '#2a6b4c', accentText: '#ffffff', header: '#1f4d3a', headerText: '#ffffff' });
    // Dark: the accent lightened until it reads on the dark background and its pale tint.
    expect(contrast(palette.dark.accent, NEUTRALS.dark.surface)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrast(palette.dark.accent, palette.dark.accentSoft)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrast(palette.light.headerMark, palette.light.header)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(checkPalette(palette, GREEN.colours)).toEqual([]);
  });

  it('fails text that does not stand out from its colour, naming the field, the ratio and the colours', () => {
    const yellow = brandColoursSchema.parse({ accent: '#ffd400', accentText: '#ffffff', header: '#0f2a4a', headerText: '#ffffff' });
    const issues = checkPalette(derivePalette(yellow), yellow);
    const text = issues.find((i) => i.path === 'colours.accentText');
    expect(text?.message).toMatch(
      /^button text \(accentText\) on the accent colour has a contrast of 1\.\d\d:1 \(#ffffff on #ffd400\); it needs at least 4\.5:1$/,
    );
    expect(issues.find((i) => i.path === 'colours.accent')?.message).toContain('links (accent) on the page background');
  });

  it('names a derived colour that fails and says to set it in the file', () => {
    // White on this blue just reads (5.2:1); the quieter header text derived from it does not.
    const blue = brandColoursSchema.parse({ accent: '#1c559f', accentText: '#ffffff', header: '#2f6fb0', headerText: '#ffffff' });
    const muted = checkPalette(derivePalette(blue), blue).filter((i) => i.path === 'colours.headerMuted');
    expect(muted.map((i) => i.message)).toEqual([
      'quieter header text (headerMuted) on the header colour has a contrast of 3.97:1 (#d5e2ef on #2f6fb0); it needs at least 4.5:1. headerMuted was worked out from the other colours: set it in the file',
    ]);
    const fixed = brandColoursSchema.parse({ ...blue, headerMuted: '#ffffff' });
    expect(checkPalette(derivePalette(fixed), fixed)).toEqual([]);
  });

  it('reports a dark-screen problem under colours.dark, once', () => {
    const colours = brandColoursSchema.parse({ ...GREEN.colours, dark: { accent: '#20302a' } });
    const issues = checkPalette(derivePalette(colours), colours);
    expect(issues.map((i) => i.path)).toContain('colours.dark.accent');
    expect(issues.every((i) => i.message.startsWith('on a dark screen, '))).toBe(true);
  });

  it('uses the neutral colours of tokens.css', () => {
    const tokens = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'tokens.css'), 'utf8');
    const [light = '', dark = ''] = tokens.split('@media (prefers-color-scheme: dark)');
    for (const [css, neutrals] of [
      [light, NEUTRALS.light],
      [dark, NEUTRALS.dark],
    ] as const)
      for (const [name, value] of Object.entries(neutrals)) expect(css).toContain(`--${name}: ${value};`);
  });
});

describe('logo', () => {
  it('takes an inert, self-contained SVG and a PNG', () => {
    expect(checkLogo('svg', svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/>'))).toEqual([]);
    expect(checkLogo('svg', svg('<image href="data:image/png;base64,AAAA"/>'))).toEqual([]);
    expect(checkLogo('png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual([]);
  });

  it('refuses code, remote files and files that are not images', () => {
    expect(checkLogo('svg', svg('<script>alert(1)</script>'))).toEqual(['contains a <script>: a logo must not run code']);
    expect(checkLogo('svg', svg('<rect onload="alert(1)"/>'))).toEqual(['has an event handler (onload=): a logo must not run code']);
    expect(checkLogo('svg', svg('<image href="https://cdn.example/x.png"/>'))).toEqual([
      'loads "https://cdn.example/x.png" from elsewhere: a logo must be one self-contained file',
    ]);
    expect(checkLogo('svg', svg('<style>rect { fill: url(https://t.example/a) }</style>'))[0]).toContain('from elsewhere');
    expect(checkLogo('svg', svg('<style>@import "a.css";</style>'))).toContain(
      'imports a stylesheet (@import): a logo must be one self-contained file',
    );
    expect(checkLogo('svg', new TextEncoder().encode('<html></html>'))).toEqual(['is not an SVG image (no <svg> element)']);
    expect(checkLogo('png', svg(''))).toEqual(['is not a PNG image (its first bytes are not a PNG signature)']);
    expect(checkLogo('svg', new Uint8Array())).toEqual(['is empty']);
    expect(checkLogo('svg', svg(' '.repeat(LOGO_MAX_BYTES)))[0]).toMatch(/^is 101 KB; a logo may be at most 100 KB/);
  });

  it('knows its format from the name, and its shape from the file', () => {
    expect([logoFormat('a/Logo.SVG'), logoFormat('x.png'), logoFormat('x.jpg')]).toEqual(['svg', 'png', null]);
    expect(logoRatio('svg', svg('', 'viewBox="0 0 48 32"'))).toBe(1.5);
    expect(logoRatio('svg', svg('', 'width="120px" height="40"'))).toBe(3);
    expect(logoRatio('svg', svg('', ''))).toBe(1);
    const png = new Uint8Array(24);
    new DataView(png.buffer).setUint32(16, 400);
    new DataView(png.buffer).setUint32(20, 100);
    expect(logoRatio('png', png)).toBe(4);
  });
});

describe('the brand stylesheet', () => {
  it('sets the colour tokens for both themes and prints the name at the foot of each page', () => {
    const palette = derivePalette(GREEN.colours);
    const css = brandStylesheet({
      brand: { ...GREEN, name: 'Fernhill "Q" Søn' },
      palette,
      logo: { path: '', format: 'svg', servedAs: 'favicon.svg', ratio: 1 },
    });
    const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain('--header-bg: #1f4d3a;');
    expect(light).toContain('--accent-fg: #ffffff;');
    expect(dark).toContain(`--accent: ${palette.dark.accent};`);
    expect(css).toContain('@bottom-left {\n      content: "Fernhill \\22 Q\\22  S\\f8 n";');
  });

  it('writes any text as a CSS string that cannot end early', () => {
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('x\n}body{')).toBe('"x\\a }body{"');
    expect(cssString('Ærø 😀')).toBe('"\\c6 r\\f8  \\1f600 "');
  });
});
