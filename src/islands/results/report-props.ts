import type { AnswerFile } from '../../domain/answers/answers.ts';
import type { ExplainContent } from '../../domain/content.ts';
import type { ResultSummary } from '../../domain/engine/recommendation.ts';
import type { AnswersSource } from '../../stores/opened-answers.ts';
import type { ResultsCopy } from './copy.ts';

/** What every part of the results report reads. */
export interface ReportProps {
  readonly content: ExplainContent;
  readonly base: string;
  readonly copy: ResultsCopy;
  readonly result: ResultSummary;
  readonly file: AnswerFile;
  readonly source: AnswersSource;
}
