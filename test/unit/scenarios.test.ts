import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/recommend.ts';
import { costForRecommendation, costToMarkdown } from '../../src/domain/cost/cost-report.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { recommendationToMarkdown } from '../../src/domain/report/markdown.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';
import { content, loadScenarios } from './helpers/content.ts';

const scenarios = loadScenarios();

function cliOutput(argv: readonly string[]): string {
  const outcome = runCli(argv, content, () => {
    throw new Error('standard input must not be read');
  });
  if (!outcome.ok) throw new Error(`the CLI refused ${argv.join(' ')}: ${outcome.stderr}`);
  return outcome.stdout;
}

describe('scenario fixtures', () => {
  it('cover every kind of result: each single model, combinations and in-house', () => {
    const sets = new Set(scenarios.map((s) => s.expected.join('+')));
    for (const set of ['HRO', 'RPO', 'BPO', 'KPO', 'HRO+RPO', '']) expect(sets).toContain(set);
    expect(scenarios.length).toBeGreaterThanOrEqual(11);
  });

  for (const scenario of scenarios) {
    describe(scenario.name, () => {
      const rec = recommend(content, scenario.file.answers);

      it(`recommends exactly [${scenario.expected.join(', ')}]`, () => {
        expect(rec.recommendation.models).toEqual(scenario.expected);
      });

      it('explains every recommended model with reasons that add up to its score', () => {
        for (const model of rec.recommendation.models) {
          const reasons = rec.reasons[model];
          expect(reasons.length).toBeGreaterThan(0);
          expect(reasons.reduce((sum, r) => sum + r.points, 0)).toBe(rec.scores[model]);
          for (const reason of reasons) expect(reason.text.trim()).not.toBe('');
        }
      });

      it('gives a CLI link that opens to the same answers and scores', () => {
        const link = cliOutput([scenario.path, '--format', 'link']).trim();
        expect(link).toMatch(/^\/results\/#2/);
        const decoded = decodeLink(content, fragmentOf(link));
        if (!decoded.ok) throw new Error(decoded.error.message);
        expect(decoded.value).toEqual(scenario.file);
        expect(recommend(content, decoded.value.answers).scores).toEqual(rec.scores);
        expect(cliOutput(['--link', link])).toBe(cliOutput([scenario.path]));
      });

      it('names the recommendation in the Markdown report', () => {
        const markdown = recommendationToMarkdown(content, rec, scenario.file.meta);
        expect(markdown).toContain(`# Outsourcing recommendation: ${rec.recommendation.label}`);
        expect(cliOutput([scenario.path, '--format', 'md'])).toBe(
          `${markdown}\n${costToMarkdown(costForRecommendation(content, scenario.file.answers, rec)).join('\n')}`,
        );
      });
    });
  }
});
