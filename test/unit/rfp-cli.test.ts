import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/recommend.ts';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { encodeLink } from '../../src/domain/share/link-codec.ts';
import { buildShareUrl } from '../../src/domain/share/share-url.ts';
import { content, loadScenarios, SCENARIOS } from './helpers/content.ts';
import { rfpFor } from './helpers/rfp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src', 'cli', 'recommend.ts');
const TOTAL_TALENT = join(SCENARIOS, 'total-talent.json');
const noStdin = (): string => {
  throw new Error('stdin must not be read');
};
// A fixed clock for runCli: 2 March 2026, mid-morning local time.
const MARCH_2 = (): Date => new Date(2026, 2, 2, 10, 30);

describe('recommend --format rfp', () => {
  it.each(loadScenarios().map((s) => [s.name, s] as const))('%s: prints the RFP draft as Markdown, dated today', (_, scenario) => {
    const outcome = runCli([scenario.path, '--format', 'rfp'], content, noStdin, MARCH_2);
    expect(outcome).toEqual({ ok: true, stdout: rfpToMarkdown(rfpFor(scenario.file.answers, scenario.file.meta)) });
  });

  it('prints the same draft from a share link', () => {
    const scenario = loadScenarios().find((s) => s.name === 'total-talent');
    if (!scenario) throw new Error('no total-talent scenario');
    const link = buildShareUrl(encodeLink(scenario.file), 'https://advisor.example');
    expect(runCli(['--link', link, '--format', 'rfp'], content, noStdin, MARCH_2)).toEqual(
      runCli([TOTAL_TALENT, '--format', 'rfp'], content, noStdin, MARCH_2),
    );
  });

  it('runs as a real command: exit 0, every section heading, nothing on stderr', () => {
    const result = spawnSync(process.execPath, [CLI, TOTAL_TALENT, '--format', 'rfp'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // The default brand's letterhead, then the title.
    expect(
      result.stdout.startsWith(
        '**Outsourcing Advisor**\n\n# Request for proposal: HR outsourcing (HRO) and recruitment process outsourcing (RPO)\n',
      ),
    ).toBe(true);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(15);
    expect(headings[4]).toBe('## 5. Scope of services');
    expect(headings[14]).toBe('## 15. Evaluation');
    expect(result.stdout).toMatch(/^- \*\*Date:\*\* \d{4}-\d{2}-\d{2}$/m);
  });

  it('lists rfp in the usage and in the message for an unknown format', () => {
    const help = runCli(['--help'], content, noStdin, MARCH_2);
    expect(help.ok && help.stdout).toContain('--format json|md|link|rfp');
    const refused = runCli([TOTAL_TALENT, '--format', 'docx'], content, noStdin, MARCH_2);
    expect(refused).toEqual({
      ok: false,
      code: 2,
      stderr: 'Unknown --format "docx": use json, md or link, or rfp for the RFP draft (csv or md for a folder or a list).',
    });
  });
});
