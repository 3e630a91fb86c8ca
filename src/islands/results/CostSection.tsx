import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { setResultAnswer } from '../../stores/result-answers.ts';
import type { CostViewProps } from './cost-view-props.ts';
import { EditLink } from './EditLink.tsx';
import { More } from './More.tsx';
import type { ReportProps } from './report-props.ts';

/**
 * "What it would cost": closed by default; the first opening loads the cost view, its engine and
 * its words, so the summary never waits for them (the browser keeps the module: later openings
 * reuse it). What the view shares with the page (the answer writer, the link into the
 * questionnaire) is handed over as props, so the page's own chunk does not split (see
 * stores/cost.ts). The full printout includes it only once it has loaded (see cost.css).
 */
export function CostSection(props: ReportProps) {
  const { copy } = props;
  // The loaded view, or false when it could not be loaded.
  const [View, setView] = useState<ComponentType<CostViewProps> | false>();
  return (
    <More
      id="cost"
      title={copy.cost.title}
      onOpen={() =>
        import('./CostView.tsx').then(
          (m) => setView(() => m.CostView),
          () => setView(false),
        )
      }
    >
      {View ? (
        <View {...props} write={setResultAnswer} Edit={EditLink} />
      ) : (
        <p class="rs-loading rs-cost-pending" role="status">
          {View === false ? copy.cost.failed : copy.cost.loading}
        </p>
      )}
    </More>
  );
}
