import type { RecommendContent, ScoringCombination } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { compileContent } from './compile.ts';
import type { ContractKpi, RaisedRisk, ScopeNoteOut } from './recommendation.ts';
import { sortShort } from '../sort-short.ts';

/** Per model (content order), which rules raise what: read once per content, not scanned per call. */
interface ModelEffects {
  /** Per risk of the model, in its order: the rules that raise it, in content order. */
  readonly riskRules: readonly (readonly number[])[];
  /** Per KPI of the model, in its order: the rules that stress it, in content order. */
  readonly kpiRules: readonly (readonly number[])[];
  /** The scope notes the model's rules add, in content order. */
  readonly noteRules: readonly { readonly rule: number; readonly title: string; readonly text: string }[];
}

const cache = new WeakMap<RecommendContent, readonly ModelEffects[]>();

function effectsOf(content: RecommendContent): readonly ModelEffects[] {
  const cached = cache.get(content);
  if (cached) return cached;
  const result = content.models.map((model): ModelEffects => {
    const riskRules = model.risks.map((): number[] => []);
    const kpiRules = model.kpis.map((): number[] => []);
    const noteRules: { rule: number; title: string; text: string }[] = [];
    content.rules.forEach((rule, index) => {
      for (const effect of rule.effects) {
        if (effect.model !== model.id) continue;
        if (effect.kind === 'risk') model.risks.forEach((risk, i) => risk.id === effect.risk && riskRules[i]?.push(index));
        else if (effect.kind === 'kpi') model.kpis.forEach((kpi, i) => kpi.id === effect.kpi && kpiRules[i]?.push(index));
        else if (effect.kind === 'note') noteRules.push({ rule: index, title: effect.title, text: effect.text });
      }
    });
    return { riskRules, kpiRules, noteRules };
  });
  cache.set(content, result);
  return result;
}

/**
 * The risks to manage, the KPIs to contract (those the rules stressed first) and the scope notes of
 * the recommended models, each with the rules that raised it.
 */
export function collectEffects(
  content: RecommendContent,
  models: readonly ModelId[],
  fired: readonly boolean[],
  ruleText: (rule: number) => string,
  set: ScoringCombination | null,
): { risks: RaisedRisk[]; kpis: ContractKpi[]; notes: ScopeNoteOut[] } {
  const { ruleIds } = compileContent(content);
  const risks: RaisedRisk[] = [];
  const kpis: ContractKpi[] = [];
  const title = notesTitle(set);
  const combination = set && content.combinations.find((c) => c.id === set.id);
  const notes: ScopeNoteOut[] = (combination?.notes ?? []).map((text) => ({ model: null, title, text, rule: null }));
  const raisedBy = (rules: readonly number[]): { rule: string; text: string }[] => {
    const out: { rule: string; text: string }[] = [];
    // Indexed loops here: V8 kept for...of iterators in this function as real objects.
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as number;
      if (fired[rule]) out.push({ rule: ruleIds[rule] ?? '', text: ruleText(rule) });
    }
    return out;
  };
  const byModel = effectsOf(content);
  for (let m = 0; m < content.models.length; m++) {
    const model = content.models[m];
    if (!model || !models.includes(model.id)) continue;
    const { riskRules, kpiRules, noteRules } = byModel[m] ?? { riskRules: [], kpiRules: [], noteRules: [] };
    for (let i = 0; i < model.risks.length; i++) {
      const risk = model.risks[i];
      const by = raisedBy(riskRules[i] ?? []);
      if (!risk || (!risk.always && by.length === 0)) continue;
      risks.push({
        model: model.id,
        id: risk.id,
        title: risk.title,
        description: risk.description,
        mitigation: risk.mitigation,
        raisedBy: by,
      });
    }
    const quiet: ContractKpi[] = [];
    for (let i = 0; i < model.kpis.length; i++) {
      const kpi = model.kpis[i];
      if (!kpi) continue;
      const by = raisedBy(kpiRules[i] ?? []);
      const out: ContractKpi = {
        model: model.id,
        id: kpi.id,
        name: kpi.name,
        definition: kpi.definition,
        howMeasured: kpi.howMeasured,
        emphasised: by.length > 0,
        raisedBy: by,
      };
      // The KPIs the rules stressed first, each group in the model's order.
      (out.emphasised ? kpis : quiet).push(out);
    }
    for (let i = 0; i < quiet.length; i++) kpis.push(quiet[i] as ContractKpi);
    for (let i = 0; i < model.scopeNotes.length; i++) {
      const n = model.scopeNotes[i];
      if (n) notes.push({ model: model.id, title: n.title, text: n.text, rule: null });
    }
    for (let i = 0; i < noteRules.length; i++) {
      const n = noteRules[i];
      if (n && fired[n.rule]) notes.push({ model: model.id, title: n.title, text: n.text, rule: ruleIds[n.rule] ?? '' });
    }
  }
  sortShort(
    risks,
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
