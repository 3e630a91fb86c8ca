import { expect, test } from '@playwright/test';
import type { ModelId } from '../../src/domain/model-ids.ts';
import { content, expectedDoc, fragmentFor, openDraft, pdfText, scenario } from './rfp-helpers.ts';

/** What each model's scope says, whatever else is in the draft. */
const SCOPE: Record<ModelId, readonly string[]> = {
  HRO: ['HR outsourcing (HRO)'],
  RPO: ['full-cycle recruitment process outsourcing', 'Sourcing alone is not RPO'],
  BPO: ['business process outsourcing (BPO)'],
  KPO: ['knowledge process outsourcing (KPO)'],
};

/** The options chosen in a multi-choice answer, as their labels: the scope lists them. */
function chosenLabels(question: string, value: unknown): string[] {
  const q = content.questions.find((x) => x.id === question);
  if (q?.kind !== 'multi' || !Array.isArray(value)) return [];
  return q.options.filter((o) => value.includes(o.value)).map((o) => o.label);
}

const SCENARIOS = ['total-talent', 'rpo-volume-hiring', 'hro-admin-compliance', 'bpo-kpo', 'kpo-expert-research'] as const;

for (const name of SCENARIOS) {
  test(`${name}: prints every section, the client, its scope and page numbers, and no buttons`, async ({ page }) => {
    const file = scenario(name);
    const doc = expectedDoc(file);
    await openDraft(page, fragmentFor(name), doc.title);
    const { text, pages } = await pdfText(page, 'A4');

    expect(doc.sections).toHaveLength(15);
    for (const section of doc.sections) expect(text).toContain(`${section.number}. ${section.title}`);
    expect(text).toContain(doc.title);
    expect(text).toContain(`Prepared for: ${file.meta.client}`);
    expect(text).toContain(`Prepared by: ${file.meta.preparedBy}`);

    for (const model of doc.models) for (const words of SCOPE[model]) expect(text).toContain(words);
    if (doc.models.length > 1) {
      doc.models.forEach((model, i) => {
        const name = content.models.find((m) => m.id === model)?.name ?? model;
        expect(text).toContain(`Lot ${i + 1}: ${name}`);
      });
    }
    const lists = { HRO: 'hr_functions', BPO: 'business_processes', KPO: 'knowledge_needs' } as const;
    for (const model of ['HRO', 'BPO', 'KPO'] as const) {
      if (!doc.models.includes(model)) continue;
      for (const label of chosenLabels(lists[model], file.answers[lists[model]])) expect(text).toContain(label);
    }

    // Fields still to fill in print as their label in brackets.
    expect(text).toContain('[Contact name]');
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);

    for (const chrome of ['Print', 'Download', 'Back to the recommendation', 'Skip to content', 'Questionnaire', 'Methodology'])
      expect(text).not.toContain(chrome);
  });
}

test('prints on Letter paper as well as A4, with the same sections and page numbers', async ({ page }) => {
  const file = scenario('total-talent');
  const doc = expectedDoc(file);
  await openDraft(page, fragmentFor('total-talent'), doc.title);
  const a4 = await pdfText(page, 'A4');
  const letter = await pdfText(page, 'Letter');
  for (const { text, pages } of [a4, letter]) {
    for (const section of doc.sections) expect(text).toContain(`${section.number}. ${section.title}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain('Download');
  }
  // Letter is shorter than A4, so the same draft never takes fewer pages on it.
  expect(letter.pages).toBeGreaterThanOrEqual(a4.pages);
});

test('in print, table rows never split and headers repeat; buttons, inputs and the site chrome are hidden', async ({ page }) => {
  await openDraft(page, fragmentFor('total-talent'));
  await page.emulateMedia({ media: 'print' });
  const styles = await page.evaluate(() => {
    const display = (selector: string): string[] => [...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).display);
    const shown = (selector: string): boolean[] => [...document.querySelectorAll(selector)].map((e) => e.checkVisibility());
    return {
      thead: [...new Set(display('main thead'))],
      rows: [...new Set([...document.querySelectorAll('main tbody tr')].map((e) => getComputedStyle(e).breakInside))],
      buttons: [...new Set(shown('main button, main a'))],
      inputs: [...new Set(shown('main input'))],
      printed: [...new Set(display('.rfp-field__print'))],
      chrome: [...new Set(display('.site-header, .site-footer'))],
    };
  });
  expect(styles).toEqual({
    thead: ['table-header-group'],
    rows: ['avoid'],
    buttons: [false],
    inputs: [false],
    printed: ['inline'],
    chrome: ['none'],
  });
});
