import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $section } from '../../stores/opened-answers.ts';
import { useStore } from '../../stores/use-store.ts';
import { $costParts, $detailParts, $partsFailed, $reasonParts, $shownParts, type Disclosure } from './detail-parts.ts';
import { More } from './More.tsx';
import { NextSteps } from './NextSteps.tsx';
import type { ReportProps } from './report-props.ts';
import { ScoreChart } from './ScoreChart.tsx';
import type * as Share from './SharePanel.tsx';
import { SummaryBody, SummaryHead } from './Summary.tsx';

/**
 * The explained recommendation, summary first: the verdict, its confidence, the scores with their
 * ranges and the answers that decided it, then what to do next; the reasons, what would change it,
 * what it would cost, what to watch and the method on demand (each drawn, and its code loaded, when first opened); then
 * sharing.
 */
export function Report(props: ReportProps) {
  const { copy } = props;
  const section = useStore($section);
  const shown = useStore($shownParts);
  const reasons = useStore($reasonParts);
  const details = useStore($detailParts);
  const cost = useStore($costParts);
  const failed = useStore($partsFailed);
  // The summary is drawn first; the parts on demand and sharing in the next task (below it, nothing moves).
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const next = setTimeout(() => setRest(true));
    return () => clearTimeout(next);
  }, []);
  // Sharing, at the foot of the report, loads with the parts' headings: the summary never waits for it.
  const [share, setShare] = useState<typeof Share | null>(null);
  useEffect(() => {
    import('./SharePanel.tsx')
      .then(async (part) => {
        await part.styled;
        setShare(part);
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (section && rest)
      void import('./open-parts.ts')
        .then((parts) => parts.revealSection(section))
        .catch(() => undefined)
        .finally(() => $section.set(null));
  }, [section, rest]);
  const part = (
    id: Disclosure,
    ready: ComponentChildren | null,
    words: { readonly loading: string; readonly failed: string } = { loading: copy.loadingPart, failed: copy.partUnavailable },
  ): ComponentChildren =>
    !shown.includes(id)
      ? null
      : (ready ??
        (failed ? (
          <p class="rs-error">{words.failed}</p>
        ) : (
          <p class="loading rs-part-pending" role="status">
            {words.loading}
          </p>
        )));
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
      {rest && (
        <>
          <More id="why" title={copy.more.why}>
            {part('why', reasons && <reasons.WhyList {...props} />)}
          </More>
          <More id="what-if" title={copy.more.whatIf}>
            {part('what-if', details && <details.ChangeList {...props} />)}
          </More>
          <More id="cost" title={copy.cost.title}>
            {part('cost', cost && <cost.CostPart {...props} />, copy.cost)}
          </More>
          <More id="watch" title={copy.more.watch}>
            {part('watch', details && <details.WatchList />)}
          </More>
          <More id="method" title={copy.more.method}>
            {part('method', reasons && <reasons.Method {...props} />)}
          </More>
          {share && <share.SharePanel {...props} />}
        </>
      )}
    </div>
  );
}
