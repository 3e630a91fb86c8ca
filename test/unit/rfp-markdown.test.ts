import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { loadBrand } from '../../src/lib/load-brand.ts';
import { loadScenarios } from './helpers/content.ts';
import { rfpFor } from './helpers/rfp.ts';

const scenarios = loadScenarios();
const totalTalent = scenarios.find((s) => s.name === 'total-talent')?.file;
if (!totalTalent) throw new Error('no total-talent scenario');

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![p](https://evil.example/p.png)',
  '**bold** _it_ `code` | pipe',
  'www.evil.example',
];

describe('rfpToMarkdown', () => {
  // The snapshots are what the site and the command line give: with the default brand's letterhead.
  const { brand } = loadBrand();
  it.each(scenarios.map((s) => [s.name, s] as const))('%s matches its snapshot', async (name, scenario) => {
    const md = rfpToMarkdown(rfpFor(scenario.file.answers, scenario.file.meta, { brand }));
    await expect(md).toMatchFileSnapshot(join(import.meta.dirname, '..', 'fixtures', 'rfp', `${name}.md`));
  });

  it('has the title, a numbered heading per section, and the client', () => {
    const md = rfpToMarkdown(rfpFor(totalTalent.answers, totalTalent.meta));
    expect(md.startsWith('# Request for proposal: HR outsourcing (HRO) and recruitment process outsourcing (RPO)\n')).toBe(true);
    const headings = md.split('\n').filter((line) => /^## /.test(line));
    expect(headings).toHaveLength(15);
    headings.forEach((heading, i) => expect(heading).toMatch(new RegExp(`^## ${i + 1}\\. `)));
    expect(md).toContain('- **Prepared for:** Total Talent Ltd');
    expect(md).toContain('### Lot 1: HR outsourcing (HRO)');
    expect(md).toContain('| Measure | Target | How it is measured |');
  });

  it.each(HOSTILE)('keeps the hostile name %s inert, in the cover and in every sentence', (name) => {
    const md = rfpToMarkdown(rfpFor(totalTalent.answers, { client: name, preparedBy: name }));
    expect(md).not.toMatch(/(?<!\\)<[a-z]/i);
    expect(md).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(md).not.toContain('**bold**');
    expect(md).not.toContain('www.evil');
    const cover = md.split('\n').find((line) => line.startsWith('- **Prepared for:**')) ?? '';
    // Unescaping the cover line gives back exactly what was typed.
    expect(cover.replace('- **Prepared for:** ', '').replace(/\\(.)/g, '$1')).toBe(name);
  });

  it('escapes the buyer entries and keeps a line break in them from starting a new block', () => {
    const md = rfpToMarkdown(
      rfpFor(totalTalent.answers, totalTalent.meta, {
        edits: { 'contact-name': 'Jo\n# Heading\n<script>x</script>', 'kpi-target-RPO-time-to-fill': '30 | 40 days' },
      }),
    );
    expect(md).not.toMatch(/^# Heading/m);
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('Jo \\# Heading \\<script\\>x\\</script\\>');
    expect(md).toMatch(/\| \*\*Time to fill\*\* \(priority\) \| 30 \\\| 40 days \|/);
  });

  it('shows an empty field as its label in brackets, and a filled one as its value', () => {
    const doc = rfpFor(totalTalent.answers, totalTalent.meta, { edits: { currency: 'XQZ' } });
    const md = rfpToMarkdown(doc);
    const labelOf = (id: string): string => doc.fields.find((f) => f.id === id)?.label ?? `(no field ${id})`;
    expect(md).toContain(`\\[${labelOf('contact-email')}\\]`);
    expect(md).not.toContain(`\\[${labelOf('currency')}\\]`);
    expect(md).toContain('XQZ');
  });

  it('keeps two lists in a row apart', () => {
    const bpo = scenarios.find((s) => s.name === 'bpo-back-office')?.file;
    if (!bpo) throw new Error('no bpo-back-office scenario');
    const lines = rfpToMarkdown(rfpFor(bpo.answers, bpo.meta)).split('\n');
    // Within each run of list items separated only by blank lines, a new list must use a new marker.
    for (let i = 2; i < lines.length; i++) {
      const here = lines[i] ?? '';
      const before = lines[i - 2] ?? '';
      if (lines[i - 1] === '' && /^[-*] /.test(here) && /^[-*] /.test(before)) expect(here[0]).not.toBe(before[0]);
    }
  });

  it('prints the short note when there is nothing to tender', () => {
    const inHouse = scenarios.find((s) => s.name === 'in-house-nothing-to-hand-over')?.file;
    if (!inHouse) throw new Error('no in-house scenario');
    const md = rfpToMarkdown(rfpFor(inHouse.answers, inHouse.meta));
    expect(md.startsWith('# Outsourcing: nothing to tender yet\n')).toBe(true);
    expect(md).toContain('## 2. Nothing to tender yet');
    expect(md).not.toContain('## 3.');
  });
});
