import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandError, brandFileFromEnv, DEFAULT_BRAND_FILE, loadBrand } from '../../src/lib/load-brand.ts';
import { FIXTURES, SCENARIOS } from './helpers/content.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(FIXTURES, 'brand', 'brand.json');
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
const COLOURS = { accent: '#1c559f', accentText: '#ffffff', header: '#0f2a4a', headerText: '#ffffff' };

/** A brand folder of its own in the temporary folder: brand.json with these fields, and logo.svg beside it. */
function brandFolder(fields: Record<string, unknown>, logo: string | null = LOGO): string {
  const dir = mkdtempSync(join(tmpdir(), 'brand-'));
  if (logo !== null) writeFileSync(join(dir, 'logo.svg'), logo);
  writeFileSync(join(dir, 'brand.json'), JSON.stringify({ name: 'Test Partners', logo: 'logo.svg', colours: COLOURS, ...fields }));
  return join(dir, 'brand.json');
}

function problemsOf(file: string): string[] {
  try {
    loadBrand(file);
  } catch (error) {
    if (error instanceof BrandError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error(`${file} was expected to be refused`);
}

describe('loadBrand', () => {
  it("reads the default brand: today's name, logo and colours", () => {
    const { brand, palette, logo } = loadBrand();
    expect(brand.name).toBe('Outsourcing Advisor');
    expect(brand.contact).toBeUndefined();
    expect(brand.preparedBy).toBeUndefined();
    expect(palette.light).toMatchObject({ accent: '#1c559f', header: '#0f2a4a', accentSoft: '#e8f0fa', headerMark: '#8cc0ff' });
    expect(palette.dark).toMatchObject({ accent: '#7db5ff', header: '#0a0f14', accentText: '#0f1419' });
    expect(logo).toMatchObject({ path: join(ROOT, 'content', 'brand', 'logo.svg'), format: 'svg', servedAs: 'favicon.svg', ratio: 1 });
  });

  it('reads the sample brand, its logo beside it', () => {
    const { brand, logo } = loadBrand(SAMPLE);
    expect(brand).toMatchObject({ name: 'Larkspur & Søn Advisory', shortName: 'Larkspur' });
    expect(logo.path).toBe(join(FIXTURES, 'brand', 'logo.svg'));
    expect(logo.ratio).toBe(1.5);
  });

  it('takes the file BRAND_FILE names, relative to the working folder', () => {
    expect(brandFileFromEnv({})).toBe(DEFAULT_BRAND_FILE);
    expect(brandFileFromEnv({ BRAND_FILE: '  ' })).toBe(DEFAULT_BRAND_FILE);
    expect(brandFileFromEnv({ BRAND_FILE: 'test/fixtures/brand/brand.json' })).toBe(
      join(process.cwd(), 'test', 'fixtures', 'brand', 'brand.json'),
    );
  });

  it('says when the file is missing or not JSON', () => {
    expect(problemsOf(join(tmpdir(), 'no-such-brand.json'))).toEqual(['(file): does not exist (check BRAND_FILE)']);
    const dir = mkdtempSync(join(tmpdir(), 'brand-'));
    writeFileSync(join(dir, 'brand.json'), '{ "name": ');
    expect(problemsOf(join(dir, 'brand.json'))[0]).toMatch(/^\(file\): cannot be read as JSON: /);
  });

  it('lists every problem at once, each with its field, in a message naming the file', () => {
    const file = brandFolder({ logo: 'missing.svg', colours: { ...COLOURS, accentText: '#2050a0' } });
    expect(problemsOf(file)).toEqual([
      'colours.accentText: button text (accentText) on the accent colour has a contrast of 1.05:1 (#2050a0 on #1c559f); it needs at least 4.5:1',
      `logo: "missing.svg" is not a file (looked for ${join(file, '..', 'missing.svg')})`,
    ]);
    expect(() => loadBrand(file)).toThrow(/^The brand file has 2 problems:\n {2}- .*brand\.json: colours\.accentText: /);
  });

  it('refuses a remote logo before looking for it', () => {
    expect(problemsOf(brandFolder({ logo: 'https://cdn.example/logo.svg' }))).toEqual([
      'logo: must be a file beside the brand file or elsewhere in this repository (e.g. "logo.svg"), not a web address: the build copies the logo into the site and never downloads anything',
    ]);
  });

  it('refuses a logo outside the repository and the brand folder, and one that runs code', () => {
    const outside = mkdtempSync(join(tmpdir(), 'logo-'));
    writeFileSync(join(outside, 'logo.svg'), LOGO);
    const file = brandFolder({});
    mkdirSync(join(file, '..', 'sub'));
    writeFileSync(
      join(file, '..', 'sub', 'brand.json'),
      JSON.stringify({ name: 'X', logo: join('..', '..', outside.split('/').pop() ?? '', 'logo.svg'), colours: COLOURS }),
    );
    expect(problemsOf(join(file, '..', 'sub', 'brand.json'))).toEqual([
      expect.stringMatching(/^logo: ".*logo\.svg" is outside this repository and the brand file's folder$/),
    ]);
    const scripted = brandFolder({}, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(problemsOf(scripted)).toEqual([expect.stringMatching(/^logo: .*logo\.svg contains a <script>: a logo must not run code$/)]);
  });

  it('accepts a logo elsewhere in the repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brand-'));
    writeFileSync(
      join(dir, 'brand.json'),
      JSON.stringify({ name: 'Repo Logo', logo: join(ROOT, 'content', 'brand', 'logo.svg'), colours: COLOURS }),
    );
    expect(loadBrand(join(dir, 'brand.json')).logo.path).toBe(join(ROOT, 'content', 'brand', 'logo.svg'));
  });
});

describe('the command line reads the brand file', () => {
  const run = (format: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'src', 'cli', 'recommend.ts'), join(SCENARIOS, 'total-talent.json'), '--format', format], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 30_000,
    });

  it('heads the RFP with the brand BRAND_FILE names, and never the default', () => {
    const result = run('rfp', { BRAND_FILE: 'test/fixtures/brand/brand.json' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '**Larkspur \\& Søn Advisory** · larkspur\\.example · hello@larkspur\\.example · \\+44 20 7946 0018',
    );
    expect(result.stdout).not.toMatch(/Outsourcing Advisor/i);
  });

  it('stops with exit code 1 and the problem when the brand file is wrong', () => {
    const result = run('md', { BRAND_FILE: brandFolder({ colours: { ...COLOURS, headerText: '#0f2a4a' } }) });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^The brand file has 2 problems:\n.*colours\.headerText: header text \(headerText\) on the header colour has a contrast of 1\.00:1/,
    );
  });
});
