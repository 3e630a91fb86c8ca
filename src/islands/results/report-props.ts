import type { AnswerFile } from '../../domain/answers/answers.ts';
import type { AdvisorContent } from '../../domain/content.ts';
import type { Recommendation } from '../../domain/engine/recommendation.ts';
import type { AnswersSource } from '../../stores/opened-answers.ts';
import type { ResultsCopy } from './copy.ts';

/** What every part of the results report reads. */
export interface ReportProps {
  readonly content: AdvisorContent;
  readonly base: string;
  readonly copy: ResultsCopy;
  readonly result: Recommendation;
  readonly file: AnswerFile;
  readonly source: AnswersSource;
}
