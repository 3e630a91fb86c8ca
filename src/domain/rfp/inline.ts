import type { TenderContent } from '../content.ts';
import { formatAnswer, inSentence, joinWords } from '../answers/format-answer.ts';
import { isTimelineKey } from './constants.ts';
import type { BuildContext, ModelScope } from './context.ts';
import type { FieldNode, Inline } from './document.ts';
import { templateParts } from './templates.ts';

/** A field with the buyer's edit when there is a non-blank one, else the suggestion. */
export function makeField(ctx: BuildContext, id: string, label: string, input: FieldNode['input'], defaultValue?: string): FieldNode {
  const edit = Object.hasOwn(ctx.edits, id) ? ctx.edits[id] : undefined;
  const value = typeof edit === 'string' && edit.trim() !== '' ? edit.trim() : defaultValue;
  return {
    kind: 'field',
    id,
    label,
    input,
    ...(value !== undefined ? { value } : {}),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
  };
}

export function modelName(content: TenderContent, model: string): string {
  return content.models.find((m) => m.id === model)?.name ?? model;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A content sentence with its placeholders filled: names as user text, unknowns as fields. */
export function resolveText(template: string, ctx: BuildContext, scope?: ModelScope): Inline[] {
  const out: Inline[] = [];
  const text = (value: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === 'text' && !last.user && !last.strong) out[out.length - 1] = { kind: 'text', text: last.text + value };
    else if (value !== '') out.push({ kind: 'text', text: value });
  };
  for (const part of templateParts(ctx.content.rfpTemplates, template)) {
    switch (part.kind) {
      case 'literal':
        text(part.text);
        break;
      case 'client':
        // A blank name (spaces only, which a link may carry) is no name: the field to fill in shows instead.
        out.push(
          ctx.meta.client?.trim()
            ? { kind: 'text', text: ctx.meta.client, user: true }
            : makeField(ctx, 'client-name', 'Name of your organisation', 'text'),
        );
        break;
      case 'preparedBy':
        out.push(
          ctx.meta.preparedBy?.trim()
            ? { kind: 'text', text: ctx.meta.preparedBy, user: true }
            : makeField(ctx, 'prepared-by', 'Name and organisation of the author', 'text', ctx.defaultAuthor),
        );
        break;
      case 'models':
        text(joinWords(ctx.models.map((m) => inSentence(modelName(ctx.content, m)))));
        break;
      case 'model':
        text(scope?.model ?? '');
        break;
      case 'modelName':
        text(scope ? inSentence(modelName(ctx.content, scope.model)) : '');
        break;
      case 'lot':
        text(scope ? String(scope.lot) : '');
        break;
      case 'answer': {
        const question = ctx.content.questions.find((q) => q.id === part.question);
        const value = ctx.answers[part.question];
        if (question && value !== undefined) text(formatAnswer(question, value));
        else out.push(makeField(ctx, `answer-${part.question.replace(/_/g, '-')}`, capitalise(question?.short ?? part.question), 'text'));
        break;
      }
      case 'field':
        out.push(makeField(ctx, part.id, part.label, 'text', part.defaultValue));
        break;
      case 'date':
        out.push(makeField(ctx, `date-${part.key}`, part.label, 'date', isTimelineKey(part.key) ? ctx.timeline[part.key] : undefined));
        break;
    }
  }
  return out;
}

/** A heading or caption: content checks allow only {models}, {model}, {modelName} and {lot} in them, never typed text. */
export function resolvePlain(template: string, ctx: BuildContext, scope?: ModelScope): string {
  return resolveText(template, ctx, scope)
    .map((n) => (n.kind === 'text' ? n.text : (n.value ?? n.label)))
    .join('');
}
