import { useMemo } from 'preact/hooks';
import { withCosts } from '../../domain/content-parts.ts';
import costs from '../../lib/content-parts/costs.ts';
import { setResultAnswer } from '../../stores/result-answers.ts';
import { CostView } from './CostView.tsx';
import { EditLink } from './EditLink.tsx';
import type { ReportProps } from './report-props.ts';
import costStyles from '../../styles/cost.css?url';
import { linkStylesheet } from '../shared/stylesheet.ts';
import { styled as partsStyled } from './parts-styles.ts';

// "What it would cost", drawn when first opened (see detail-parts.ts): the cost engine, its words
// and the assumptions with their sources load with it, never with the summary.

/** Its styles and the fields' (parts-styles.ts), linked when it loads: resolves once they have loaded. */
export const styled = Promise.all([partsStyled, linkStylesheet(costStyles)]).then(() => undefined);

/** The cost view of the result on screen, its figures written as answers (see result-answers.ts). */
export function CostPart(props: ReportProps) {
  const content = useMemo(() => withCosts(props.content, costs), [props.content]);
  return <CostView {...props} content={content} write={setResultAnswer} Edit={EditLink} />;
}
