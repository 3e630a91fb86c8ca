import type { Meta } from '../answers/answers.ts';
import type { ScoringContent } from '../content.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { MODEL_IDS } from '../model-ids.ts';
import type { DocumentBrand } from '../schemas/brand.ts';
import { changeSentence } from './change-words.ts';

/** Text as Markdown that shows exactly as typed: characters that would format or link are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** The verdict in the words of the reports. */
export const VERDICT_WORDS = { outsource: 'outsource', in_house: 'keep it in-house', undetermined: 'not enough to go on yet' } as const;
const STANDING_WORDS = {
  recommended: 'recommended',
  not_recommended: 'not recommended',
  undecided: 'open: its need is still unanswered',
} as const;

/**
 * The recommendation as a readable Markdown report. With a brand, its name and contact line head the
 * report, and its default author is "Prepared by" when the answers name none.
 */
export function recommendationToMarkdown(content: ScoringContent, rec: Recommendation, meta: Meta, brand?: DocumentBrand): string {
  const lines: string[] = [];
  const { recommendation: r, confidence } = rec;
  if (brand) lines.push([`**${escapeMarkdown(brand.name)}**`, ...(brand.contact ? [escapeMarkdown(brand.contact)] : [])].join(' · '), '');
  lines.push(`# Outsourcing recommendation: ${r.label}`, '');
  const preparedBy = meta.preparedBy?.trim() ? meta.preparedBy : brand?.preparedBy;
  if (meta.client) lines.push(`Prepared for: ${escapeMarkdown(meta.client)}  `);
  if (preparedBy) lines.push(`Prepared by: ${escapeMarkdown(preparedBy)}  `);
  if (meta.client || preparedBy) lines.push('');
  lines.push(
    `**${r.label}**: ${r.headline}. Verdict: **${VERDICT_WORDS[r.verdict]}**. Confidence: **${r.confidence}**.`,
    '',
    r.description,
    '',
  );
  if (rec.summary.length > 0) lines.push(...rec.summary.map((line) => `- ${line.text}`), '');
  const shapes = MODEL_IDS.flatMap((model) => {
    const shape = rec.shapes[model];
    return shape ? [`- **${model}: ${shape.name}.** ${shape.text} _(${shape.because})_`] : [];
  });
  if (shapes.length > 0) lines.push('## How to buy it', '', ...shapes, '');
  if (rec.alternatives.length > 0) {
    lines.push('## Beyond the four models', '');
    for (const a of rec.alternatives) lines.push(`- **${a.name}** (\`${a.id}\`). ${a.text} _(${a.because})_`);
    lines.push('');
  }
  lines.push('## Confidence', '', ...confidence.explanation.map((e) => `- ${e}`), '');
  lines.push('## Scores', '', '| Model | Score | Could still reach | Standing |', '|---|---:|---|---|');
  for (const model of MODEL_IDS) {
    const range = rec.ranges[model];
    const reach = range.low === range.high ? 'settled' : `${range.low} to ${range.high}`;
    lines.push(`| ${model} | ${rec.scores[model]} | ${reach} | ${STANDING_WORDS[rec.standings[model]]} |`);
  }
  lines.push('', `A model is recommended at ${content.settings.recommendAt} points or more.`, '');
  lines.push('## Why');
  for (const model of MODEL_IDS) {
    lines.push('', `### ${model}: ${rec.scores[model]} points`, '');
    const reasons = rec.reasons[model];
    if (reasons.length === 0) lines.push('No rule gave or took points.');
    for (const reason of reasons) {
      const sign = reason.points > 0 ? '+' : '';
      const capped = reason.points !== reason.rulePoints ? ` (of ${reason.rulePoints}, capped)` : '';
      lines.push(`- **${sign}${reason.points}**${capped} ${reason.text} _(rule ${reason.rule}; answer: ${escapeMarkdown(reason.answer)})_`);
    }
  }
  lines.push('', '## What would change this', '');
  if (rec.changes.length === 0) lines.push('No single answer change would change the recommended set.');
  for (const change of rec.changes) {
    const kind = content.questions.find((q) => q.id === change.question)?.kind === 'number' ? 'number' : 'choice';
    lines.push(`- ${escapeMarkdown(changeSentence(change, r.models, kind))}`);
  }
  if (rec.dropped.length > 0) {
    lines.push('', `Not scored, because their questions no longer apply: ${rec.dropped.map((d) => d.short).join(', ')}.`);
  }
  if (rec.risks.length > 0) {
    lines.push('', '## Risks to manage', '');
    for (const risk of rec.risks) lines.push(`- **${risk.model}: ${risk.title}.** ${risk.description} _Mitigation:_ ${risk.mitigation}`);
  }
  if (rec.kpis.length > 0) {
    lines.push('', '## KPIs for the contract', '', '| Model | KPI | How it is measured |', '|---|---|---|');
    for (const kpi of rec.kpis)
      lines.push(`| ${kpi.model} | ${kpi.name}${kpi.emphasised ? ' (priority)' : ''} | ${kpi.howMeasured.replace(/\|/g, '\\|')} |`);
  }
  if (rec.notes.length > 0) {
    lines.push('', '## Scope notes', '');
    for (const note of rec.notes) lines.push(`- **${note.model ? `${note.model}: ` : ''}${note.title}.** ${note.text}`);
  }
  lines.push('', '---', '', 'Decision support, not legal or procurement advice.', '');
  return lines.join('\n');
}
