import { useEffect } from 'preact/hooks';
import { RESULT_SECTIONS } from '../../domain/share/sections.ts';
import { $section } from '../../stores/opened-answers.ts';
import { useStore } from '../../stores/use-store.ts';
import { $detailParts, $detailsFailed, loadDetails } from './detail-parts.ts';
import { Method } from './Method.tsx';
import { More, revealSection } from './More.tsx';
import { NextSteps } from './NextSteps.tsx';
import type { ReportProps } from './report-props.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { SharePanel } from './SharePanel.tsx';
import { SummaryBody, SummaryHead } from './Summary.tsx';
import { WhyList } from './WhyList.tsx';

/**
 * The explained recommendation, summary first: the verdict, its confidence, the scores with their
 * ranges and the answers that decided it, then what to do next; the reasons, what would change it,
 * what to watch and the method on demand (the two that need the whole recommendation load when
 * first opened); then sharing.
 */
export function Report(props: ReportProps) {
  const { copy } = props;
  const section = useStore($section);
  const parts = useStore($detailParts);
  const failed = useStore($detailsFailed);
  const ask = (): void => void loadDetails().catch(() => undefined);
  useEffect(() => {
    if (!section) return;
    const disclosure = RESULT_SECTIONS[section];
    // A part that needs the whole recommendation is shown once its code has loaded (this runs again then).
    if ((disclosure === 'what-if' || disclosure === 'watch') && !parts) return ask();
    revealSection(section);
    $section.set(null);
  }, [section, parts]);
  const later = failed ? <p class="rs-error">{copy.partUnavailable}</p> : <p class="loading">{copy.loadingPart}</p>;
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
      <More id="what-if" title={copy.more.whatIf} onOpen={ask}>
        {parts ? <parts.ChangeList {...props} /> : later}
      </More>
      <More id="watch" title={copy.more.watch} onOpen={ask}>
        {parts ? <parts.WatchList {...props} /> : later}
      </More>
      <More id="method" title={copy.more.method}>
        <Method {...props} />
      </More>
      <SharePanel {...props} />
    </div>
  );
}
