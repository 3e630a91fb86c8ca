import type { Answers } from '../answers/answers.ts';
import { toVector } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { traceFacts } from './evaluate.ts';
import { answerWords, renderBecause } from './explain.ts';
import type { ContractKpi, RaisedRisk, Reason, Recommendation, ScopeNoteOut } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { attributeScore } from './score.ts';
import { findChanges } from './sensitivity.ts';

/**
 * Turns answers into an explained recommendation. Pure, synchronous and deterministic; answers
 * must already be valid for this content (see parseAnswers). Never throws on valid answers,
 * including none at all.
 */
export function recommend(content: AdvisorContent, answers: Answers): Recommendation {
  const { compiled, visibility, outcome, set, summary } = evaluateAnswers(content, answers);
  const wordsFor = answerWords(compiled, visibility.effective);
  const explain = (model: ModelId): Reason[] => explainScore(content, compiled, model, outcome.fired, visibility.effective, wordsFor);
  const models = summary.recommendation.models;
  return {
    ...summary,
    reasons: { HRO: explain('HRO'), RPO: explain('RPO'), BPO: explain('BPO'), KPO: explain('KPO') },
    changes: findChanges(content, compiled, visibility, toVector(content, answers), outcome, models),
    ...collectEffects(content, compiled, models, outcome.fired, wordsFor, set.combination?.notes ?? []),
    dropped: visibility.dropped.map((id) => ({ question: id, short: compiled.questionById.get(id)?.short ?? id })),
  };
}

function explainScore(
  content: AdvisorContent,
  compiled: CompiledContent,
  model: ModelId,
  fired: readonly boolean[],
  effective: Answers,
  wordsFor: (question: string) => string,
): Reason[] {
  return attributeScore(model, compiled, fired)
    .flatMap(({ rule: index, nominal, points }) => {
      const rule = content.rules[index];
      if (!rule) return [];
      const questions = compiled.ruleQuestions[index] ?? [];
      const primary = questions[0] ?? '';
      const reason: Reason = {
        question: primary,
        questions,
        answer: wordsFor(primary),
        rule: rule.id,
        ruleTitle: rule.title,
        points,
        rulePoints: nominal,
        text: renderBecause(index, compiled, wordsFor),
        facts: traceFacts(rule.when, effective),
      };
      return [reason];
    })
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || Math.abs(b.rulePoints) - Math.abs(a.rulePoints));
}

function collectEffects(
  content: AdvisorContent,
  compiled: CompiledContent,
  models: readonly ModelId[],
  fired: readonly boolean[],
  wordsFor: (question: string) => string,
  combinationNotes: readonly string[],
): { risks: RaisedRisk[]; kpis: ContractKpi[]; notes: ScopeNoteOut[] } {
  const risks: RaisedRisk[] = [];
  const kpis: ContractKpi[] = [];
  const notes: ScopeNoteOut[] = combinationNotes.map((text) => ({ model: null, title: 'For this combination', text, rule: null }));
  for (const model of content.models) {
    if (!models.includes(model.id)) continue;
    const raised = (compiled.sideEffectRules[MODEL_IDS.indexOf(model.id)] ?? []).flatMap((index) => {
      const rule = content.rules[index];
      if (!rule || !fired[index]) return [];
      const text = renderBecause(index, compiled, wordsFor);
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
    const modelKpis = model.kpis.map((kpi) => {
      const raisedBy = raised.flatMap((r) => (r.effect.kind === 'kpi' && r.effect.kpi === kpi.id ? [{ rule: r.rule, text: r.text }] : []));
      return { model: model.id, ...kpi, emphasised: raisedBy.length > 0, raisedBy };
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
