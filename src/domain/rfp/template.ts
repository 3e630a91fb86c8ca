/** One piece of a content sentence: literal text or a placeholder the builder fills. */
export type TemplatePart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'client' | 'preparedBy' | 'models' | 'model' | 'modelName' | 'lot' }
  | { readonly kind: 'answer'; readonly question: string }
  | { readonly kind: 'field'; readonly id: string; readonly label: string; readonly defaultValue?: string }
  | { readonly kind: 'date'; readonly key: string; readonly label: string };

export interface ParsedTemplate {
  readonly parts: readonly TemplatePart[];
  /** What is wrong with each placeholder that cannot be read; such placeholders stay as literal text. */
  readonly errors: readonly string[];
}

const SIMPLE = ['client', 'preparedBy', 'models', 'model', 'modelName', 'lot'] as const;
const FIELD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /\{([^{}]*)\}/g;

/** Reads the placeholders of a content sentence (see the `template` description in schemas/rfp.ts). */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: string[] = [];
  const literal = (piece: string): void => {
    if (piece === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal') parts[parts.length - 1] = { kind: 'literal', text: last.text + piece };
    else parts.push({ kind: 'literal', text: piece });
  };
  let from = 0;
  for (const match of text.matchAll(TOKEN)) {
    literal(text.slice(from, match.index));
    from = match.index + match[0].length;
    const part = readToken(match[1] ?? '');
    if (typeof part === 'string') {
      errors.push(`${match[0]}: ${part}`);
      literal(match[0]);
    } else parts.push(part);
  }
  literal(text.slice(from));
  if (parts.some((p) => p.kind === 'literal' && /[{}]/.test(p.text)) && errors.length === 0) {
    errors.push('a "{" or "}" without its partner');
  }
  return { parts, errors };
}

function readToken(body: string): TemplatePart | string {
  const simple = SIMPLE.find((name) => name === body);
  if (simple) return { kind: simple };
  const colon = body.indexOf(':');
  const name = colon < 0 ? body : body.slice(0, colon);
  const [arg = '', label, defaultValue, ...extra] = body.slice(colon + 1).split('|');
  if (extra.length > 0) return 'too many "|"';
  switch (name) {
    case 'answer':
      if (colon < 0 || arg === '' || label !== undefined) return 'write {answer:question_id}';
      return { kind: 'answer', question: arg };
    case 'field':
      if (colon < 0 || !FIELD_ID.test(arg)) return 'write {field:id|Label}, the id in lower-case words joined by hyphens';
      if (!label) return 'a field needs a label: {field:id|Label}';
      return defaultValue ? { kind: 'field', id: arg, label, defaultValue } : { kind: 'field', id: arg, label };
    case 'date':
      if (colon < 0 || arg === '' || !label || defaultValue !== undefined) return 'write {date:timeline-key|Label}';
      return { kind: 'date', key: arg, label };
    default:
      return `unknown placeholder; use one of ${SIMPLE.map((s) => `{${s}}`).join(', ')}, {answer:...}, {field:...|...} or {date:...|...}`;
  }
}
