import type { AnswerFile } from '../../domain/answers/answers.ts';
import type { AdvisorContent } from '../../domain/content.ts';
import type { Recommendation } from '../../domain/engine/recommendation.ts';
import type { ResultSource } from '../../stores/results.ts';
import { ChangeList } from './ChangeList.tsx';
import type { ResultsCopy } from './copy.ts';
import { NextSteps } from './NextSteps.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { SharePanel } from './SharePanel.tsx';
import { Summary } from './Summary.tsx';
import { WatchList } from './WatchList.tsx';
import { WhyList } from './WhyList.tsx';

export interface ReportProps {
  readonly content: AdvisorContent;
  readonly base: string;
  readonly copy: ResultsCopy;
  readonly result: Recommendation;
  readonly file: AnswerFile;
  readonly source: ResultSource;
}

/** The explained recommendation: headline, scores, why, what would change it, what to watch, what next, sharing. */
export function Report(props: ReportProps) {
  return (
    <div class="rs">
      <Summary {...props} />
      <ScoreChart {...props} />
      <WhyList {...props} />
      <ChangeList {...props} />
      <WatchList {...props} />
      <NextSteps {...props} />
      <SharePanel {...props} />
    </div>
  );
}
