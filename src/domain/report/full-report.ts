import type { AnswerFile } from '../answers/answers.ts';
import type { AdvisorContent } from '../content.ts';
import type { BidTotal } from '../cost/bids.ts';
import { bidsToMarkdown, costToMarkdown } from '../cost/cost-report.ts';
import type { CostView } from '../cost/cost-view.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import type { DocumentBrand } from '../schemas/brand.ts';
import { recommendationToMarkdown } from './markdown.ts';

/** The whole report in Markdown: the recommendation, then what it would cost and, when given, the bids. */
export function fullReportMarkdown(
  content: AdvisorContent,
  rec: Recommendation,
  file: AnswerFile,
  cost: CostView,
  brand?: DocumentBrand,
  bids: readonly BidTotal[] = [],
): string {
  return `${recommendationToMarkdown(content, rec, file.meta, brand)}\n${[...costToMarkdown(cost), ...bidsToMarkdown(bids, cost.currency)].join('\n')}`;
}
