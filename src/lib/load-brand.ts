import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkLogo, logoFormat, logoRatio, type LogoFormat } from '../domain/brand/logo.ts';
import { checkPalette, derivePalette, type BrandPalette } from '../domain/brand/palette.ts';
import { formatIssue, type ContentIssue } from '../domain/content-graph.ts';
import { brandSchema, type Brand } from '../domain/schemas/brand.ts';
import { describeIssues } from '../domain/schemas/friendly-issues.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The brand a copy of the site carries unless BRAND_FILE names another. */
export const DEFAULT_BRAND_FILE = join(ROOT, 'content', 'brand', 'brand.json');

/** Thrown when the brand file cannot be used; its message names the file and lists every problem, one per line. */
export class BrandError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(
      `The brand file has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'BrandError';
    this.issues = issues;
  }
}

export interface LoadedBrand {
  readonly brand: Brand;
  /** Every colour of both themes, checked for contrast. */
  readonly palette: BrandPalette;
  /** The logo file on disk, the name the site serves it under at its root, and its width over its height. */
  readonly logo: { readonly path: string; readonly format: LogoFormat; readonly servedAs: string; readonly ratio: number };
}

/**
 * The brand file to use: the BRAND_FILE environment variable (a path, relative to the folder the
 * command runs in) when set, else content/brand/brand.json.
 */
export function brandFileFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const named = env['BRAND_FILE']?.trim();
  return named ? resolve(named) : DEFAULT_BRAND_FILE;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Reads and checks a brand file: its fields against the schema, every colour pair for contrast
 * (WCAG AA, both themes), and the logo (a local .svg or .png beside the brand file or in this
 * repository, self-contained and small). Throws a BrandError naming the file, field and problem.
 */
export function loadBrand(file = DEFAULT_BRAND_FILE): LoadedBrand {
  const name = shown(file);
  const fail = (path: string, message: string): never => {
    throw new BrandError([{ file: name, path, message }]);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') fail('(file)', 'does not exist (check BRAND_FILE)');
    fail('(file)', `cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = brandSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new BrandError(describeIssues(parsed.error).map((issue) => ({ file: name, ...issue })));
  const brand = parsed.data;
  const palette = derivePalette(brand.colours);
  const issues: ContentIssue[] = checkPalette(palette, brand.colours).map((issue) => ({ file: name, ...issue }));

  const folder = dirname(resolve(file));
  const format = logoFormat(brand.logo) ?? 'svg';
  let logoPath = resolve(folder, brand.logo);
  let bytes: Uint8Array | null = null;
  try {
    logoPath = realpathSync(logoPath);
    bytes = readFileSync(logoPath);
  } catch {
    issues.push({ file: name, path: 'logo', message: `"${brand.logo}" is not a file (looked for ${shown(logoPath)})` });
  }
  if (bytes) {
    if (!isInside(logoPath, realpathSync(ROOT)) && !isInside(logoPath, realpathSync(folder)))
      issues.push({ file: name, path: 'logo', message: `"${brand.logo}" is outside this repository and the brand file's folder` });
    for (const problem of checkLogo(format, bytes)) issues.push({ file: name, path: 'logo', message: `${shown(logoPath)} ${problem}` });
  }
  if (issues.length > 0 || !bytes) throw new BrandError(issues);
  return { brand, palette, logo: { path: logoPath, format, servedAs: `favicon.${format}`, ratio: logoRatio(format, bytes) } };
}
