import type { ContractKpi, RaisedRisk } from '../engine/recommendation.ts';
import type { ModelId } from '../model-ids.ts';
import type { BuildContext } from './context.ts';

function recommended(ctx: BuildContext, model: ModelId): boolean {
  return ctx.recommendation.recommendation.models.includes(model);
}

/**
 * The KPIs to contract for a model: the recommendation's (those its rules stressed first) when the
 * model was recommended; for a model tendered against the recommendation, all of the model's KPIs.
 */
export function kpisFor(ctx: BuildContext, model: ModelId): readonly ContractKpi[] {
  if (recommended(ctx, model)) return ctx.recommendation.kpis.filter((k) => k.model === model);
  const found = ctx.content.models.find((m) => m.id === model);
  return (found?.kpis ?? []).map((kpi) => ({ model, ...kpi, emphasised: false, raisedBy: [] }));
}

/**
 * The risks to put to bidders for a model: the recommendation's when the model was recommended;
 * otherwise the model's standing risks (the rules that raise the others ran only for recommended models).
 */
export function risksFor(ctx: BuildContext, model: ModelId): readonly RaisedRisk[] {
  if (recommended(ctx, model)) return ctx.recommendation.risks.filter((r) => r.model === model);
  const found = ctx.content.models.find((m) => m.id === model);
  return (found?.risks ?? [])
    .filter((r) => r.always)
    .map((r) => ({ model, id: r.id, title: r.title, description: r.description, mitigation: r.mitigation, raisedBy: [] }));
}
