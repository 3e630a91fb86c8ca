import { ChangeList } from './ChangeList.tsx';
import { CostSection } from './CostSection.tsx';
import { Method } from './Method.tsx';
import { More } from './More.tsx';
import { NextSteps } from './NextSteps.tsx';
import type { ReportProps } from './report-props.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { SharePanel } from './SharePanel.tsx';
import { SummaryBody, SummaryHead } from './Summary.tsx';
import { WatchList } from './WatchList.tsx';
import { WhyList } from './WhyList.tsx';

/**
 * The explained recommendation, summary first: the verdict, its confidence, the scores with their
 * ranges and the answers that decided it, then what to do next; the reasons, what would change it,
 * what to watch and the method on demand; then sharing.
 */
export function Report(props: ReportProps) {
  const { copy } = props;
  return (
    <div class="rs">
      <section class="rs-top" aria-labelledby="rs-headline">
        <SummaryHead {...props} />
        <div class="rs-aside">
          <ScoreChart {...props} />
          <NextSteps {...props} />
        </div>
        <SummaryBody {...props} />
      </section>
      <More id="why" title={copy.more.why}>
        <WhyList {...props} />
      </More>
      <More id="what-if" title={copy.more.whatIf}>
        <ChangeList {...props} />
      </More>
      <CostSection {...props} />
      <More id="watch" title={copy.more.watch}>
        <WatchList {...props} />
      </More>
      <More id="method" title={copy.more.method}>
        <Method {...props} />
      </More>
      <SharePanel {...props} />
    </div>
  );
}
