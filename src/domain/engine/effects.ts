import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import type { Combination } from '../schemas/combination.ts';
import type { Effect } from '../schemas/rule.ts';
import type { ContractKpi, RaisedRisk, ScopeNoteOut } from './recommendation.ts';

type SideEffect = Exclude<Effect, { kind: 'points' }>;

/**
 * The risks to manage, the KPIs to contract (those the rules stressed first) and the scope notes of
 * the recommended models, each with the rules that raised it.
 */
export function collectEffects(
  content: AdvisorContent,
  compiled: CompiledContent,
  models: readonly ModelId[],
  fired: readonly boolean[],
  ruleText: (rule: number) => string,
  combination: Combination | null,
): { risks: RaisedRisk[]; kpis: ContractKpi[]; notes: ScopeNoteOut[] } {
  const risks: RaisedRisk[] = [];
  const kpis: ContractKpi[] = [];
  const title = notesTitle(combination);
  const notes: ScopeNoteOut[] = (combination?.notes ?? []).map((text) => ({ model: null, title, text, rule: null }));
  for (const model of content.models) {
    if (!models.includes(model.id)) continue;
    const raised: { effect: SideEffect; rule: string; text: string }[] = [];
    for (const index of compiled.sideEffectRules[MODEL_IDS.indexOf(model.id)] ?? []) {
      const rule = content.rules[index];
      if (!rule || !fired[index]) continue;
      const text = ruleText(index);
      for (const effect of rule.effects)
        if (effect.model === model.id && effect.kind !== 'points') raised.push({ effect, rule: rule.id, text });
    }
    for (const risk of model.risks) {
      const raisedBy = raised.flatMap((r) =>
        r.effect.kind === 'risk' && r.effect.risk === risk.id ? [{ rule: r.rule, text: r.text }] : [],
      );
      if (risk.always || raisedBy.length > 0) {
        risks.push({
          model: model.id,
          id: risk.id,
          title: risk.title,
          description: risk.description,
          mitigation: risk.mitigation,
          raisedBy,
        });
      }
    }
    const byKpi = new Map<string, { rule: string; text: string }[]>();
    for (const r of raised) {
      if (r.effect.kind !== 'kpi') continue;
      const list = byKpi.get(r.effect.kpi) ?? [];
      list.push({ rule: r.rule, text: r.text });
      byKpi.set(r.effect.kpi, list);
    }
    const quiet: ContractKpi[] = [];
    for (const kpi of model.kpis) {
      const raisedBy = byKpi.get(kpi.id) ?? [];
      const out: ContractKpi = {
        model: model.id,
        id: kpi.id,
        name: kpi.name,
        definition: kpi.definition,
        howMeasured: kpi.howMeasured,
        emphasised: raisedBy.length > 0,
        raisedBy,
      };
      // The KPIs the rules stressed first, each group in the model's order.
      (out.emphasised ? kpis : quiet).push(out);
    }
    kpis.push(...quiet);
    notes.push(...model.scopeNotes.map((n) => ({ model: model.id, title: n.title, text: n.text, rule: null })));
    for (const r of raised)
      if (r.effect.kind === 'note') notes.push({ model: model.id, title: r.effect.title, text: r.effect.text, rule: r.rule });
  }
  risks.sort(
    (a, b) => MODEL_IDS.indexOf(a.model) - MODEL_IDS.indexOf(b.model) || Number(b.raisedBy.length > 0) - Number(a.raisedBy.length > 0),
  );
  return { risks, kpis, notes };
}

/** The heading of a set's own notes: only a set of two or more models is a combination. */
function notesTitle(combination: Combination | null): string {
  if (!combination) return 'For these services';
  if (combination.verdict === 'undetermined') return 'Before you decide';
  if (combination.models.length === 0) return 'While you keep it in-house';
  return combination.models.length === 1 ? `For ${combination.label}` : 'For this combination';
}
