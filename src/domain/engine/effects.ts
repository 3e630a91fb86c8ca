import type { RecommendContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import type { ScoringCombination } from '../content.ts';
import { renderTemplate, ruleTemplates, type AnswerWords } from './explain.ts';
import type { ContractKpi, RaisedRisk, ScopeNoteOut } from './recommendation.ts';

/**
 * The risks to manage, the KPIs to contract (those the rules stressed first) and the scope notes of
 * the recommended models, each with the rules that raised it.
 */
export function collectEffects(
  content: RecommendContent,
  compiled: CompiledContent,
  models: readonly ModelId[],
  fired: readonly boolean[],
  words: AnswerWords,
  set: ScoringCombination | null,
): { risks: RaisedRisk[]; kpis: ContractKpi[]; notes: ScopeNoteOut[] } {
  const risks: RaisedRisk[] = [];
  const kpis: ContractKpi[] = [];
  const title = notesTitle(set);
  const combination = set && content.combinations.find((c) => c.id === set.id);
  const notes: ScopeNoteOut[] = (combination?.notes ?? []).map((text) => ({ model: null, title, text, rule: null }));
  const templates = ruleTemplates(content, compiled);
  for (const model of content.models) {
    if (!models.includes(model.id)) continue;
    const raised = (compiled.sideEffectRules[MODEL_IDS.indexOf(model.id)] ?? []).flatMap((index) => {
      const rule = content.rules[index];
      if (!rule || !fired[index]) return [];
      const text = renderTemplate(templates[index] ?? [], words);
      return rule.effects.filter((e) => e.model === model.id && e.kind !== 'points').map((effect) => ({ effect, rule: rule.id, text }));
    });
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
    const modelKpis = model.kpis.map((kpi): ContractKpi => {
      const raisedBy = byKpi.get(kpi.id) ?? [];
      return {
        model: model.id,
        id: kpi.id,
        name: kpi.name,
        definition: kpi.definition,
        howMeasured: kpi.howMeasured,
        emphasised: raisedBy.length > 0,
        raisedBy,
      };
    });
    kpis.push(...modelKpis.filter((k) => k.emphasised), ...modelKpis.filter((k) => !k.emphasised));
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
function notesTitle(combination: ScoringCombination | null): string {
  if (!combination) return 'For these services';
  if (combination.verdict === 'undetermined') return 'Before you decide';
  if (combination.models.length === 0) return 'While you keep it in-house';
  return combination.models.length === 1 ? `For ${combination.label}` : 'For this combination';
}
