import type { ReportProps } from './report-props.ts';
import { ChangeList } from './ChangeList.tsx';
import { NextSteps } from './NextSteps.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { SharePanel } from './SharePanel.tsx';
import { Summary } from './Summary.tsx';
import { WatchList } from './WatchList.tsx';
import { WhyList } from './WhyList.tsx';

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
