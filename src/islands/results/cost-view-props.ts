import type { CostContent } from '../../domain/content.ts';
import type { AnswerWriter } from '../../stores/cost.ts';
import type { EditLink } from './EditLink.tsx';
import type { ReportProps } from './report-props.ts';

/**
 * What the cost view reads: the report's props, and what it shares with the page's own chunk,
 * handed over instead of imported (see stores/cost.ts): the writer of the answers on screen, and
 * the link into the questionnaire that takes those answers with it.
 */
export interface CostViewProps extends ReportProps {
  readonly content: ReportProps['content'] & CostContent;
  readonly write: AnswerWriter;
  readonly Edit: typeof EditLink;
}
