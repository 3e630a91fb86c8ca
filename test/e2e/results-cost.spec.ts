import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerFile, Answers } from '../../src/domain/answers/answers.ts';
import { bidTotals, type Bid } from '../../src/domain/cost/bids.ts';
import { costForRecommendation } from '../../src/domain/cost/cost-report.ts';
import type { LineId, ModelCost } from '../../src/domain/cost/cost-view.ts';
import { formatMoney, formatMoneyRange } from '../../src/domain/cost/money.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { RESULTS_COPY } from '../../src/islands/results/copy.ts';
import { expect, test } from './fixtures.ts';
import { content, openAllParts, resultsUrl } from './results-helpers.ts';

/**
 * A back-office case with the figures a BPO cost needs, except the cost of managing the provider:
 * no public benchmark exists for it, so the view asks for it.
 */
const FILE: AnswerFile = {
  answers: {
    company_size: '1000_4999',
    industry: 'financial_services',
    countries: 'one',
    growth_outlook: 'stable',
    annual_hires: 40,
    hiring_pattern: 'steady',
    role_mix: 'mixed',
    recruiting_capacity: 'adequate',
    recruiting_pains: [],
    hr_functions: [],
    hr_admin_burden: 2,
    compliance_complexity: 'moderate',
    business_processes: ['customer_service', 'data_entry', 'it_support'],
    knowledge_needs: [],
    control_preference: 'delegate',
    data_sensitivity: 'moderate',
    primary_goal: 'reduce_cost',
    budget: 'tight',
    engagement_length: 'multi_year',
    single_provider: 'no_preference',
    currency: 'eur',
    process_fte: 12,
    process_fte_cost: 52_000,
    transition_pct: 25,
    exit_pct: 10,
  },
  meta: { client: 'Ledger & Co' },
};

/** The BPO part of the cost view the domain gives for these answers. */
function expectedBpo(answers: Answers): ModelCost {
  const bpo = costForRecommendation(content, answers, recommend(content, answers)).models.find((m) => m.model === 'BPO');
  if (!bpo) throw new Error('BPO is not costed for these answers');
  return bpo;
}

const bpoTable = (page: Page) => page.getByRole('table', { name: 'BPO in EUR, low to high' });

/** The low and high cells of one line of the BPO table, as the page shows them. */
async function shownLine(page: Page, label: string): Promise<string[]> {
  const cells = bpoTable(page)
    .getByRole('row', { name: new RegExp(`^${label}`) })
    .getByRole('cell');
  return (await cells.allTextContents()).slice(1);
}

function money(cost: ModelCost, id: LineId): string[] {
  const range = cost.lines.find((l) => l.id === id)?.range;
  if (!range) throw new Error(`no figure for ${id}`);
  return [formatMoney(range.low, 'eur'), formatMoney(range.high, 'eur')];
}

async function openCost(page: Page): Promise<void> {
  await page.getByText(RESULTS_COPY.cost.title).click();
  await expect(bpoTable(page)).toBeVisible();
}

test('the cost view prices the case as the domain does, asks for a missing figure, and an edited assumption is an answer in the link', async ({
  page,
  axe,
  errors,
}) => {
  expect(recommend(content, FILE.answers).recommendation.models, 'BPO is recommended for the case').toContain('BPO');
  await page.goto(resultsUrl(FILE));
  await openCost(page);

  const before = expectedBpo(FILE.answers);
  expect(before.missing).toEqual(['governance_pct']);
  expect(await shownLine(page, 'In-house today')).toEqual(money(before, 'in_house'));
  expect(await shownLine(page, "Provider's fees")).toEqual(money(before, 'outsourced'));
  expect(await shownLine(page, 'Transition')).toEqual(money(before, 'transition'));
  // The line that cannot be computed names its figure; the button goes to the field.
  const oversight = bpoTable(page).getByRole('row', { name: /^Managing the provider/ });
  await expect(oversight).toContainText('Needs your figure');
  await oversight.getByRole('link', { name: 'Cost of managing the provider' }).click();
  const field = page.getByRole('textbox', { name: 'Cost of managing the provider' });
  await expect(field).toBeFocused();

  // A mistake is explained beside the field and changes nothing.
  await field.fill('6.5');
  await expect(page.getByRole('alert').filter({ hasText: 'whole number' })).toBeVisible();
  await expect(oversight).toContainText('Needs your figure');

  await field.fill('6');
  const six = expectedBpo({ ...FILE.answers, governance_pct: 6 });
  await expect(bpoTable(page).getByRole('row', { name: /^Difference per year/ })).toContainText(
    formatMoney(six.yearlyDifference?.high ?? NaN, 'eur'),
  );
  expect(await shownLine(page, 'Managing the provider')).toEqual(money(six, 'oversight'));
  const running = page.getByRole('table', { name: 'Running total of the difference' }).first();
  await expect(running.getByRole('row', { name: /^3 years/ })).toContainText(formatMoney(six.totalDifference?.low ?? NaN, 'eur'));
  await axe('results with the cost view open');

  await field.fill('15');
  const fifteen = expectedBpo({ ...FILE.answers, governance_pct: 15 });
  expect(fifteen.totalDifference?.high).toBeLessThan(six.totalDifference?.high ?? 0);
  await expect(running.getByRole('row', { name: /^3 years/ })).toContainText(formatMoney(fifteen.totalDifference?.high ?? NaN, 'eur'));
  expect(await shownLine(page, 'Managing the provider')).toEqual(money(fifteen, 'oversight'));

  // The figure is an answer: the address bar and the share link carry it.
  const fragment = new URL(page.url()).hash.slice(1);
  const decoded = decodeLink(content, fragment);
  expect(decoded.ok && decoded.value.answers['governance_pct']).toBe(15);
  const shared = await page.locator('#rs-url').inputValue();
  expect(shared.endsWith(`#${fragment}`)).toBe(true);
  await expect(page.getByRole('link', { name: RESULTS_COPY.next.rfp })).toHaveAttribute('href', new RegExp(`#${fragment}$`));

  // Opened afresh from the share link, the edited figure is still there.
  await page.goto('about:blank');
  await page.goto(shared);
  await openCost(page);
  await expect(page.getByRole('textbox', { name: 'Cost of managing the provider' })).toHaveValue('15');
  expect(await shownLine(page, 'Managing the provider')).toEqual(money(fifteen, 'oversight'));

  // The currency is an answer too; figures are relabelled, never converted.
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('usd');
  const inUsd = page.getByRole('table', { name: 'BPO in USD, low to high' });
  await expect(inUsd.getByRole('row', { name: /^In-house today/ })).toContainText(formatMoney(fifteen.lines[0]?.range?.low ?? NaN, 'usd'));
  const relabelled = decodeLink(content, new URL(page.url()).hash.slice(1));
  expect(relabelled.ok && relabelled.value.answers['currency']).toBe('usd');
  expect(errors).toEqual([]);
});

test('the full printout carries the opened cost view: the table, the sentence on the most sensitive assumption and the sources', async ({
  page,
}) => {
  const answers = { ...FILE.answers, governance_pct: 6 };
  const bpo = expectedBpo(answers);
  await page.goto(resultsUrl({ ...FILE, answers }));
  await openCost(page);
  await openAllParts(page);
  await page.evaluate(() => document.documentElement.classList.add('rs-print-full'));

  const path = join(mkdtempSync(join(tmpdir(), 'results-cost-')), 'results.pdf');
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  expect(text).toContain(RESULTS_COPY.cost.title);
  expect(text).toContain('BPO in EUR, low to high');
  expect(text).toContain(`In-house today every year ${money(bpo, 'in_house').join(' ')}`);
  expect(text).toContain(`Provider's fees every year ${money(bpo, 'outsourced').join(' ')}`);
  expect(text).toContain('Saving from business process outsourcing moves the 3-year difference');
  expect(text).toContain('Ivey Business Journal');
  // The fields and buttons stay on screen.
  expect(text).toContain('Currency Used: Euro (EUR)');
  expect(text).not.toContain('Your figure, %');
  expect(text).not.toContain('Add the runner-up');
});

test('bids: entered on the page, totalled as the domain totals them beside the in-house cost, kept in this browser, exported as the bid file the command line reads', async ({
  page,
  errors,
}) => {
  const answers = { ...FILE.answers, governance_pct: 6 };
  await page.goto(resultsUrl({ ...FILE, answers }));
  await openCost(page);
  const bids = page.getByRole('region', { name: 'Bids received' });
  const form = bids.getByRole('group', { name: 'Add a bid' });

  // A price that does not read is explained, and nothing is added.
  await form.getByRole('textbox', { name: 'Bidder' }).fill('Contoso');
  await form.getByRole('combobox', { name: 'Model bid for' }).selectOption('BPO');
  await form.getByRole('combobox', { name: 'Pricing' }).selectOption('per_process_fte_year');
  await form.getByRole('textbox', { name: 'Price, in whole units' }).fill('30k');
  await form.getByRole('button', { name: 'Add the bid' }).click();
  await expect(bids.getByRole('alert')).toContainText('Price, in whole units: Write the number in full digits');
  await expect(bids.getByRole('table')).toHaveCount(0);

  await form.getByRole('textbox', { name: 'Price, in whole units' }).fill('30,000');
  await form.getByRole('textbox', { name: 'One-off charges (transition, set-up)' }).fill('80000');
  await form.getByRole('button', { name: 'Add the bid' }).click();
  await form.getByRole('textbox', { name: 'Bidder' }).fill('Fabrikam');
  await form.getByRole('combobox', { name: 'Pricing' }).selectOption('fixed_year');
  await form.getByRole('textbox', { name: 'Price, in whole units' }).fill('900000');
  await form.getByRole('button', { name: 'Add the bid' }).click();

  const entered: Bid[] = [
    { bidder: 'Contoso', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 80_000 },
    { bidder: 'Fabrikam', model: 'BPO', unit: 'fixed_year', rate: 900_000, oneOff: 0 },
  ];
  const expected = bidTotals(content, answers, entered);
  const table = bids.getByRole('table', { name: 'Bids over 3 years, beside the in-house cost' });
  for (const [i, total] of expected.entries()) {
    const row = table.getByRole('row', { name: new RegExp(`^${total.bid.bidder}`) });
    await expect(row).toContainText(formatMoneyRange(total.total ?? { low: NaN, high: NaN }, 'eur'));
    await expect(row).toContainText(formatMoneyRange(total.difference ?? { low: NaN, high: NaN }, 'eur'));
    expect(total.total, `bid ${i} is totalled`).not.toBeNull();
  }
  // The fixed fee above the in-house cost shows as a negative difference.
  expect(expected[1]?.difference?.high).toBeLessThan(0);

  // Kept in this browser: a reload shows them again.
  await page.reload();
  await openCost(page);
  await expect(table.getByRole('row')).toHaveCount(3);

  // Exported: the bid file the command line reads gives the same totals.
  const download = page.waitForEvent('download');
  await bids.getByRole('button', { name: 'Export the bids' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bids-ledger-co.json');
  const saved = join(mkdtempSync(join(tmpdir(), 'bids-')), 'bids.json');
  await file.saveAs(saved);
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({ bids: entered });
  const answersFile = join(tmpdir(), `bids-answers-${process.pid}.json`);
  writeFileSync(answersFile, JSON.stringify({ ...FILE, answers }));
  const cli = JSON.parse(execFileSync(process.execPath, ['src/cli/recommend.ts', answersFile, '--bids', saved], { encoding: 'utf8' })) as {
    cost: { bids: unknown };
  };
  expect(cli.cost.bids).toEqual(JSON.parse(JSON.stringify(expected)));

  // A damaged bid file is refused by name and changes nothing.
  await bids
    .getByLabel('Import a bid file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"bids":[{"bidder":"X"}]}') });
  await expect(bids.getByRole('alert')).toContainText('"bad.json" is not a bid file: bids[0].model');
  await expect(table.getByRole('row')).toHaveCount(3);

  // Removed: the table goes with the last bid.
  await table.getByRole('button', { name: 'Remove Contoso' }).click();
  await table.getByRole('button', { name: 'Remove Fabrikam' }).click();
  await expect(bids.getByRole('table')).toHaveCount(0);
  expect(errors).toEqual([]);
});
