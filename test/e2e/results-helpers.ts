import { expect, type Page } from '@playwright/test';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import type { Recommendation } from '../../src/domain/engine/recommendation.ts';
import { MODEL_IDS } from '../../src/domain/model-ids.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { content } from './wizard-helpers.ts';

export { collectErrors, expectNoAxeViolations } from './fixtures.ts';

export { content };

/** The results page's address for an answer file, as the wizard and the command line build it. */
export function resultsUrl(file: AnswerFile): string {
  return `/results/#${encodeLink(file)}`;
}

function modelName(model: string): string {
  return content.models.find((m) => m.id === model)?.name ?? model;
}

/** One model's row of the score chart. */
export function scoreRow(page: Page, model: string) {
  return page
    .getByRole('list', { name: 'Scores' })
    .getByRole('listitem')
    .filter({ hasText: modelName(model) });
}

/** The reasons listed under one model's score, in order. */
export async function reasonsOf(page: Page, model: string): Promise<string[]> {
  const region = page.getByRole('region', { name: new RegExp(`^${model}: \\d+ points$`) });
  return region.getByRole('listitem').allTextContents();
}

const STANDING = { recommended: 'Recommended', not_recommended: 'Not recommended', undecided: 'Open' } as const;

/** Opens every part of the report shown on demand (the reasons, what would change it, what to watch, the method). */
export async function openAllParts(page: Page): Promise<void> {
  await expect(page.locator('details.rs-more').first()).toBeVisible();
  const closed = page.locator('details.rs-more:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left--) await closed.first().click();
  await expect(page.locator('details.rs-more:not([open])')).toHaveCount(0);
}

/** Checks that the page shows exactly this recommendation: headline, every score with its standing and range, every reason. */
export async function expectRecommendation(page: Page, rec: Recommendation): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: headlineOf(rec) })).toBeVisible();
  await openAllParts(page);
  for (const model of MODEL_IDS) {
    const row = scoreRow(page, model);
    const { low, high } = rec.ranges[model];
    const range = low === high ? 'settled' : `could still be ${low} to ${high}`;
    await expect(row).toHaveText(
      new RegExp(`^${escape(modelName(model))}${rec.scores[model]} of 100${STANDING[rec.standings[model]]}${range}$`),
    );
    await expect(page.getByRole('heading', { level: 3, name: `${model}: ${rec.scores[model]} points` })).toBeVisible();
    const shown = await reasonsOf(page, model);
    expect(shown).toHaveLength(rec.reasons[model].length);
    rec.reasons[model].forEach((reason, i) => expect(shown[i]).toContain(reason.text));
  }
}

export function recommendationOf(file: AnswerFile): Recommendation {
  return recommend(content, file.answers);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
