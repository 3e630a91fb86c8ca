import { suggest } from './answers/parse-answers.ts';
import { templateQuestions } from './engine/because-template.ts';
import { questionsOf } from './engine/evaluate.ts';
import type { AlternativeFile } from './schemas/advice.ts';
import type { Combination } from './schemas/combination.ts';
import type { Condition, Fact } from './schemas/condition.ts';
import { MODEL_IDS } from './model-ids.ts';
import type { Model } from './schemas/model.ts';
import type { Question, Section } from './schemas/question.ts';
import { checkRfpContent } from './rfp/check-content.ts';
import type { RfpSectionContent } from './schemas/rfp.ts';
import type { RuleFile } from './schemas/rule.ts';
import { assumptionQuestion } from './content.ts';
import type { CostFile } from './schemas/cost.ts';
import { V1_QUESTIONS } from './share/v1-layout.ts';
import { V2_ADDED } from './share/v2-layout.ts';

/** A problem in content/, naming the file, the field and what is wrong. */
export interface ContentIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export interface Located<T> {
  readonly file: string;
  readonly data: T;
}

export interface LocatedParts {
  readonly sections: readonly Located<Section>[];
  readonly ruleFiles: readonly Located<RuleFile>[];
  readonly models: readonly Located<Model>[];
  readonly combinations: readonly Located<Combination>[];
  readonly alternatives: readonly Located<AlternativeFile>[];
  readonly guides: readonly string[];
  readonly rfp?: readonly Located<RfpSectionContent>[];
  readonly costs?: readonly Located<CostFile>[];
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/**
 * Cross-checks what zod cannot see file by file: every rule names a real question, option,
 * model, risk and KPI; every contract question and value of answers-v1 is present; ids are unique;
 * the RFP sections, when given, name real questions, options and timeline dates (see checkRfpContent).
 */
export function checkContentGraph(parts: LocatedParts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (file: string, path: string, message: string): void => void issues.push({ file, path, message });

  const sections = [...parts.sections].sort((a, b) => a.data.order - b.data.order);
  const allIds = sections.flatMap((s) => s.data.questions.map((q) => q.id));
  const questions = new Map<string, { question: Question; file: string; path: string }>();
  const sectionIds = new Set<string>();
  for (const { file, data: section } of sections) {
    if (sectionIds.has(section.id)) report(file, 'id', `section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    section.questions.forEach((question, qi) => {
      const path = `questions[${qi}]`;
      if (questions.has(question.id)) report(file, `${path}.id`, `question id "${question.id}" is used twice`);
      checkQuestionShape(question, (p, m) => report(file, `${path}.${p}`, m));
      if (question.showIf) {
        const scope = { known: questions, allIds, self: question.id };
        checkCondition(question.showIf, `${path}.showIf`, scope, (p, m) => report(file, p, m));
      }
      if (!questions.has(question.id)) questions.set(question.id, { question, file, path });
    });
  }

  for (const { file, data } of parts.costs ?? []) {
    const seen = new Set<string>();
    data.assumptions.forEach((assumption, i) => {
      const path = `assumptions[${i}]`;
      if (seen.has(assumption.id)) report(file, `${path}.id`, `assumption id "${assumption.id}" is used twice`);
      seen.add(assumption.id);
      const asked = questions.get(assumption.id);
      if (asked && asked.question.kind !== 'number')
        report(file, `${path}.id`, `"${assumption.id}" is a question of kind "${asked.question.kind}"; an assumption needs a number`);
      if (!asked) questions.set(assumption.id, { question: assumptionQuestion(assumption), file, path });
    });
  }

  const contractOf = new Map<string, string>([
    ...V1_QUESTIONS.map((q) => [q.id, 'answers-v1'] as const),
    ...V2_ADDED.map((q) => [q.id, 'answers-v2'] as const),
  ]);
  for (const contract of [...V1_QUESTIONS, ...(parts.costs ? V2_ADDED : [])]) {
    const version = contractOf.get(contract.id) ?? 'answers-v1';
    const found = questions.get(contract.id);
    if (!found) {
      report('content/questions', contract.id, `the contract question "${contract.id}" (${version}) is missing`);
      continue;
    }
    if (found.question.kind !== contract.kind)
      report(
        found.file,
        `${found.path}.kind`,
        `"${contract.id}" must be of kind "${contract.kind}" (${version}), not "${found.question.kind}"`,
      );
    if ('options' in contract && 'options' in found.question) {
      const values = found.question.options.map((o) => o.value);
      contract.options.forEach((value, i) => {
        if (values[i] !== value)
          report(
            found.file,
            `${found.path}.options[${i}].value`,
            `must be "${value}" (${version} values keep their order; add new ones at the end)`,
          );
      });
    }
    if ('min' in contract && 'min' in found.question && (found.question.min !== contract.min || found.question.max !== contract.max)) {
      const field = found.question.min !== contract.min ? 'min' : 'max';
      report(found.file, `${found.path}.${field}`, `the range must be ${contract.min} to ${contract.max} (${version})`);
    }
  }

  const models = new Map(parts.models.map((m) => [m.data.id, m.data]));
  for (const id of MODEL_IDS) if (!models.has(id)) report('content/models', id, `the model "${id}" is missing`);
  const modelFiles = new Set<string>();
  for (const { file, data: model } of parts.models) {
    if (modelFiles.has(model.id)) report(file, 'id', `model "${model.id}" is defined twice`);
    modelFiles.add(model.id);
    for (const [list, ids] of [
      ['kpis', model.kpis.map((k) => k.id)],
      ['risks', model.risks.map((r) => r.id)],
      ['pricing', model.pricing.map((p) => p.id)],
    ] as const) {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) report(file, `${list}[${i}].id`, `"${id}" is used twice`);
      });
    }
    if (!parts.guides.includes(model.guide)) report(file, 'guide', `there is no guide "${model.guide}" in content/guides/`);
    model.needQuestions.forEach((id, i) => {
      if (!questions.has(id)) report(file, `needQuestions[${i}]`, `"${id}" is not a question`);
    });
    model.shapes.forEach((shape, i) => {
      const last = i === model.shapes.length - 1;
      if (last && shape.when) report(file, `shapes[${i}].when`, 'the last shape is the default: leave out its "when"');
      if (!last && !shape.when)
        report(file, `shapes[${i}].when`, 'only the last shape may leave out "when" (later ones could never apply)');
      checkTemplated(shape.when, shape.because, `shapes[${i}]`, file);
    });
    for (const standing of ['recommended', 'not_recommended', 'undecided'] as const) {
      const lines = model.standing.filter((l) => l.standing === standing);
      if (!lines.some((l) => !l.when)) report(file, 'standing', `needs a "${standing}" line without "when", for when no other applies`);
    }
    model.standing.forEach((line, i) => checkTemplated(line.when, line.text, `standing[${i}]`, file));
  }

  const alternativeIds = new Set<string>();
  for (const { file, data } of parts.alternatives) {
    data.alternatives.forEach((alternative, i) => {
      if (alternativeIds.has(alternative.id)) report(file, `alternatives[${i}].id`, `"${alternative.id}" is used twice`);
      alternativeIds.add(alternative.id);
      checkTemplated(alternative.when, alternative.because, `alternatives[${i}]`, file);
    });
  }

  const ruleIds = new Set<string>();
  for (const { file, data } of parts.ruleFiles) {
    data.rules.forEach((rule, ri) => {
      const path = `rules[${ri}]`;
      if (ruleIds.has(rule.id)) report(file, `${path}.id`, `rule id "${rule.id}" is used twice`);
      ruleIds.add(rule.id);
      checkCondition(rule.when, `${path}.when`, { known: questions, allIds }, (p, m) => report(file, p, m));
      const read = questionsOf(rule.when);
      templateQuestions(rule.because).forEach((id) => {
        if (id !== null && !read.includes(id))
          report(file, `${path}.because`, `{answer:${id}} names a question the rule does not read (it reads ${read.join(', ')})`);
      });
      if (rule.effects.some((e) => e.kind === 'points') && readsSilence(rule.when))
        report(
          file,
          `${path}.when`,
          'a rule that scores points may not test "answered" or "unanswered": an unanswered question is not evidence',
        );
      rule.effects.forEach((effect, ei) => {
        const model = models.get(effect.model);
        if (!model) return;
        if (effect.kind === 'risk' && !model.risks.some((r) => r.id === effect.risk)) {
          report(
            file,
            `${path}.effects[${ei}].risk`,
            `"${effect.risk}" is not a risk of ${effect.model} (${model.risks.map((r) => r.id).join(', ')})`,
          );
        }
        if (effect.kind === 'kpi' && !model.kpis.some((k) => k.id === effect.kpi)) {
          report(
            file,
            `${path}.effects[${ei}].kpi`,
            `"${effect.kpi}" is not a KPI of ${effect.model} (${model.kpis.map((k) => k.id).join(', ')})`,
          );
        }
      });
      if (!rule.effects.some((e) => e.kind === 'points') && !rule.effects.some((e) => e.kind !== 'points')) {
        report(file, `${path}.effects`, 'a rule needs at least one effect');
      }
    });
  }

  const combinationIds = new Set<string>();
  const sets = new Set<string>();
  for (const { file, data: combination } of parts.combinations) {
    if (combinationIds.has(combination.id)) report(file, 'id', `combination id "${combination.id}" is used twice`);
    combinationIds.add(combination.id);
    const key = `${combination.verdict}:${combination.models.join('+')}`;
    if (sets.has(key)) report(file, 'models', `another combination already names the set [${combination.models.join(', ')}]`);
    sets.add(key);
    if ((combination.verdict === 'outsource') !== combination.models.length > 0)
      report(file, 'verdict', 'a set of models has the verdict "outsource"; no models means "in_house" or "undetermined"');
    const ordered = MODEL_IDS.filter((m) => combination.models.includes(m));
    if (ordered.join('+') !== combination.models.join('+'))
      report(file, 'models', `list the models once each in the order ${MODEL_IDS.join(', ')}`);
  }
  if (!sets.has('in_house:')) report('content/combinations', 'models', 'one combination must have no models and the verdict "in_house"');
  if (!sets.has('undetermined:'))
    report('content/combinations', 'models', 'one combination must have no models and the verdict "undetermined"');

  function checkTemplated(when: Condition | undefined, text: string, path: string, file: string): void {
    if (when) checkCondition(when, `${path}.when`, { known: questions, allIds }, (p, m) => report(file, p, m));
    templateQuestions(text).forEach((id) => {
      if (id === null) report(file, path, 'name the question in a placeholder: {answer:question_id}');
      else if (!questions.has(id)) report(file, path, `"${id}" in a placeholder is not a question`);
    });
  }

  if (parts.rfp) {
    checkRfpContent(parts.rfp, {
      question: (id) => questions.get(id)?.question,
      condition: (file, condition, path) => checkCondition(condition, path, { known: questions, allIds }, (p, m) => report(file, p, m)),
      report,
    });
  }

  return issues;
}

function readsSilence(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(readsSilence);
  if ('any' in condition) return condition.any.some(readsSilence);
  if ('not' in condition) return readsSilence(condition.not);
  return condition.op === 'answered' || condition.op === 'unanswered';
}

function checkQuestionShape(question: Question, report: (path: string, message: string) => void): void {
  if (question.kind === 'single' || question.kind === 'multi') {
    const values = question.options.map((o) => o.value);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) report(`options[${i}].value`, `"${v}" is used twice`);
    });
  } else if (question.min >= question.max) {
    report('max', `max (${question.max}) must be greater than min (${question.min})`);
  } else if (question.kind === 'scale' && question.labels.length !== question.max - question.min + 1) {
    report(
      'labels',
      `needs ${question.max - question.min + 1} labels, one per point from ${question.min} to ${question.max}; has ${question.labels.length}`,
    );
  }
}

const CHOICE_OPS: Record<'single' | 'multi', readonly Fact['op'][]> = {
  single: ['eq', 'ne', 'in', 'notIn', 'answered', 'unanswered'],
  multi: ['includes', 'includesAny', 'countGte', 'countLte', 'answered', 'unanswered'],
};
const NUMBER_OPS: readonly Fact['op'][] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'answered', 'unanswered'];

/** The questions a condition may read: all of them for a rule, the earlier ones for a showIf. */
interface ConditionScope {
  readonly known: ReadonlyMap<string, { question: Question }>;
  readonly allIds: readonly string[];
  /** The question whose showIf this is. */
  readonly self?: string;
}

function checkCondition(condition: Condition, path: string, scope: ConditionScope, report: (path: string, message: string) => void): void {
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}.all[${i}]`, scope, report));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, scope, report));
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, scope, report);
  const found = scope.known.get(condition.question);
  if (!found) {
    const id = condition.question;
    const near = suggest(id, scope.allIds);
    report(
      `${path}.question`,
      id === scope.self
        ? 'a question cannot depend on itself'
        : scope.allIds.includes(id)
          ? `"${id}" comes later in the questionnaire; a question can only depend on earlier ones`
          : `"${id}" is not a question.${near ? ` Did you mean "${near}"?` : ''}`,
    );
    return;
  }
  const { question } = found;
  const allowed = question.kind === 'single' || question.kind === 'multi' ? CHOICE_OPS[question.kind] : NUMBER_OPS;
  if (!allowed.includes(condition.op)) {
    report(
      `${path}.op`,
      `"${condition.op}" does not apply to ${question.kind} question "${question.id}"; use one of ${allowed.join(', ')}`,
    );
    return;
  }
  if (!('value' in condition)) return;
  const value = condition.value;
  if (question.kind === 'single' || question.kind === 'multi') {
    const options = question.options.map((o) => o.value);
    if (condition.op === 'countGte' || condition.op === 'countLte') {
      if (typeof value === 'number' && value > options.length)
        report(`${path}.value`, `"${question.id}" has only ${options.length} options`);
      return;
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v !== 'string' || !options.includes(v))
        report(`${path}.value`, `${JSON.stringify(v)} is not an option of "${question.id}" (${options.join(', ')})`);
    }
    return;
  }
  if (typeof value !== 'number') report(`${path}.value`, `"${question.id}" is a number; compare it with a number`);
  else if (value < question.min || value > question.max)
    report(`${path}.value`, `${value} is outside the range of "${question.id}" (${question.min} to ${question.max})`);
}
