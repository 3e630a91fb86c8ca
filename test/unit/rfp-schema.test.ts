import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, DEFAULT_CONTENT_DIR, loadContent } from '../../src/lib/load-content.ts';
import { rfpSectionSchema } from '../../src/domain/schemas/rfp.ts';
import { parseTemplate } from '../../src/domain/rfp/template.ts';

const RFP_DIR = join(DEFAULT_CONTENT_DIR, 'rfp');
const readSection = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(RFP_DIR, file), 'utf8')) as Record<string, unknown>;

const valid = {
  id: 'example',
  order: 1,
  title: 'Example',
  documents: ['tender'],
  blocks: [
    { kind: 'paragraph', text: 'Hello {client}.', when: { question: 'budget', op: 'eq', value: 'tight' } },
    { kind: 'list', items: ['one', { text: 'two', ifModels: { any: ['RPO'] } }] },
    { kind: 'table', caption: 'Dates', header: ['Milestone', 'Date'], rows: [['Issue', '{date:issue|Issue date}']] },
    { kind: 'each-model', heading: 'lot', parts: { RPO: [{ kind: 'kpi-table', caption: 'For {modelName}' }] } },
  ],
};

describe('rfpSectionSchema', () => {
  it.each(readdirSync(RFP_DIR).filter((f) => f.endsWith('.json')))('accepts content/rfp/%s', (file) => {
    expect(rfpSectionSchema.safeParse(readSection(file)).success).toBe(true);
  });

  it('accepts a small valid section', () => {
    expect(rfpSectionSchema.parse(valid).blocks).toHaveLength(4);
  });

  const broken: readonly (readonly [string, unknown, string])[] = [
    ['no documents', { ...valid, documents: [] }, 'documents'],
    ['an unknown document', { ...valid, documents: ['brochure'] }, 'documents[0]'],
    ['an unknown block kind', { ...valid, blocks: [{ kind: 'video', text: 'x' }] }, 'blocks[0]'],
    ['an empty paragraph', { ...valid, blocks: [{ kind: 'paragraph', text: '' }] }, 'blocks[0].text'],
    [
      'a table row with a missing cell',
      { ...valid, blocks: [{ kind: 'table', caption: 'c', header: ['a', 'b'], rows: [['1']] }] },
      'blocks[0]',
    ],
    ['an unknown model', { ...valid, blocks: [{ kind: 'paragraph', text: 'x', ifModels: { any: ['XPO'] } }] }, 'blocks[0].ifModels.any[0]'],
    ['an empty model condition', { ...valid, blocks: [{ kind: 'paragraph', text: 'x', ifModels: {} }] }, 'blocks[0].ifModels'],
    ['a string condition', { ...valid, blocks: [{ kind: 'paragraph', text: 'x', when: 'budget == tight' }] }, 'blocks[0].when'],
    [
      'an evaluation table missing a criterion',
      { ...valid, blocks: [{ kind: 'evaluation-table', caption: 'c', criteria: { cost: { name: 'Cost', description: 'd' } } }] },
      'blocks[0].criteria',
    ],
    [
      'each-model inside each-model',
      { ...valid, blocks: [{ kind: 'each-model', heading: 'lot', parts: { RPO: [valid.blocks[3]] } }] },
      'blocks[0].parts.RPO[0]',
    ],
    ['an unknown field', { ...valid, subtitle: 'x' }, '(top level)'],
  ];

  it.each(broken)('refuses %s', (_, input, path) => {
    const result = rfpSectionSchema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map(
      (i) =>
        i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || '(top level)',
    );
    expect(paths?.some((p) => p.startsWith(path))).toBe(true);
  });
});

describe('parseTemplate', () => {
  it('reads every kind of placeholder', () => {
    expect(
      parseTemplate('For {client} by {preparedBy}: {answer:company_size}, {field:currency|Currency|EUR}, {date:issue|Issue date}.'),
    ).toEqual({
      parts: [
        { kind: 'literal', text: 'For ' },
        { kind: 'client' },
        { kind: 'literal', text: ' by ' },
        { kind: 'preparedBy' },
        { kind: 'literal', text: ': ' },
        { kind: 'answer', question: 'company_size' },
        { kind: 'literal', text: ', ' },
        { kind: 'field', id: 'currency', label: 'Currency', defaultValue: 'EUR' },
        { kind: 'literal', text: ', ' },
        { kind: 'date', key: 'issue', label: 'Issue date' },
        { kind: 'literal', text: '.' },
      ],
      errors: [],
    });
  });

  it.each([
    ['{nope}', 'unknown placeholder'],
    ['{field:Bad Id|Label}', 'lower-case'],
    ['{field:ok}', 'needs a label'],
    ['{answer:}', '{answer:question_id}'],
    ['{date:issue}', '{date:timeline-key|Label}'],
    ['{field:a|b|c|d}', 'too many'],
    ['a } alone', 'without its partner'],
  ])('reports %s', (template, message) => {
    const { errors, parts } = parseTemplate(template);
    expect(errors.join(' ')).toContain(message);
    expect(parts.every((p) => p.kind === 'literal')).toBe(true);
  });
});

describe('loadContent: cross-checks of content/rfp', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  type Change = ((section: Record<string, unknown>) => unknown) | 'remove';

  /** A copy of content/ with RFP files changed or removed, loaded; the problems it reports. */
  function problemsWith(changes: Readonly<Record<string, Change>>): string {
    const root = mkdtempSync(join(tmpdir(), 'rfp-content-'));
    roots.push(root);
    cpSync(DEFAULT_CONTENT_DIR, root, { recursive: true });
    for (const [file, change] of Object.entries(changes)) {
      const path = join(root, 'rfp', file);
      if (change === 'remove') unlinkSync(path);
      else writeFileSync(path, JSON.stringify(change(readSection(file))));
    }
    try {
      loadContent(root);
    } catch (error) {
      if (error instanceof ContentError) return error.message;
      throw error;
    }
    return '';
  }

  const withBlock = (block: unknown) => (section: Record<string, unknown>) => ({ ...section, blocks: [block] });

  it('loads the real content with its sixteen sections', () => {
    expect(loadContent().rfp.map((s) => s.order)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it.each([
    [
      'a condition on an unknown question',
      withBlock({ kind: 'paragraph', text: 'x', when: { question: 'budgett', op: 'eq', value: 'tight' } }),
      'blocks[0].when.question: "budgett"',
    ],
    [
      'a condition on an unknown option',
      withBlock({ kind: 'paragraph', text: 'x', when: { question: 'budget', op: 'eq', value: 'huge' } }),
      '"huge" is not an option of "budget"',
    ],
    [
      'a list item condition with the wrong operator',
      withBlock({ kind: 'list', items: [{ text: 'x', when: { question: 'hr_functions', op: 'eq', value: 'payroll' } }] }),
      'blocks[0].items[0].when.op',
    ],
    [
      'an answer placeholder naming no question',
      withBlock({ kind: 'paragraph', text: 'We have {answer:head_count}.' }),
      '{answer:head_count} names no question',
    ],
    [
      'a date that is not on the timeline',
      withBlock({ kind: 'paragraph', text: 'By {date:deadline|Deadline}.' }),
      '{date:deadline} names no timeline date',
    ],
    [
      '{model} outside each-model',
      withBlock({ kind: 'paragraph', text: 'For {model}.' }),
      '{model} works only inside an "each-model" block',
    ],
    ['a KPI table outside each-model', withBlock({ kind: 'kpi-table', caption: 'KPIs' }), 'belongs inside an "each-model" block'],
    ['typed text in a heading', withBlock({ kind: 'heading', id: 'for', text: 'For {client}' }), 'headings and captions take only'],
    [
      'a field in a caption',
      withBlock({ kind: 'table', caption: '{field:x|X}', header: ['a'], rows: [['b']] }),
      'headings and captions take only',
    ],
    [
      'an answer list on a single-choice question',
      withBlock({ kind: 'answer-list', question: 'budget', empty: 'None.' }),
      'needs a multi question',
    ],
    ['a reserved field id', withBlock({ kind: 'paragraph', text: '{field:date-issue|When}' }), 'is reserved'],
    [
      'one field id with two labels',
      withBlock({ kind: 'paragraph', text: '{field:currency|Money}' }),
      'field "currency" has another label or suggested value',
    ],
    ['a malformed placeholder', withBlock({ kind: 'paragraph', text: 'Hello {name}' }), '{name}: unknown placeholder'],
    ['a section id used twice', (s: Record<string, unknown>) => ({ ...s, id: 'cover' }), 'section id "cover" is also used by'],
    ['an order used twice', (s: Record<string, unknown>) => ({ ...s, order: 1 }), 'order 1 is also used by'],
  ] as const)('reports %s, naming the file and field', (_, change, message) => {
    const problems = problemsWith({ '03-background.json': change });
    expect(problems).toContain('content/rfp/');
    expect(problems).toContain(message);
  });

  it('reports a document with no sections', () => {
    const tenderOnly = (s: Record<string, unknown>) => ({ ...s, documents: ['tender'] });
    const problems = problemsWith({ '01-cover.json': tenderOnly, '16-nothing-to-tender.json': 'remove' });
    expect(problems).toContain('no section belongs to the "nothing-to-tender" document');
    expect(problemsWith({ '16-nothing-to-tender.json': 'remove' })).toBe('');
  });

  const withAdjustment = (adjustment: unknown) => (s: Record<string, unknown>) => ({
    ...s,
    blocks: (s['blocks'] as Record<string, unknown>[]).map((b) =>
      b['kind'] === 'evaluation-table'
        ? {
            ...b,
            criteria: {
              ...(b['criteria'] as Record<string, Record<string, unknown>>),
              cost: { ...(b['criteria'] as Record<string, Record<string, unknown>>)['cost'], adjustments: [adjustment] },
            },
          }
        : b,
    ),
  });

  it.each([
    [
      'a weight adjustment on an unknown option',
      { points: 5, when: { question: 'budget', op: 'eq', value: 'huge' } },
      '"huge" is not an option of "budget"',
    ],
    ['a weight adjustment of no points', { points: 0 }, 'criteria.cost.adjustments[0].points'],
    ['a weight adjustment for an unknown model', { points: 5, models: ['XPO'] }, 'criteria.cost.adjustments[0].models[0]'],
  ] as const)('reports %s in the evaluation weights', (_, adjustment, message) => {
    const problems = problemsWith({ '15-evaluation.json': withAdjustment(adjustment) });
    expect(problems).toContain('content/rfp/15-evaluation.json');
    expect(problems).toContain(message);
  });

  it('reports a schema problem with the file and the path', () => {
    const problems = problemsWith({ '15-evaluation.json': (s) => ({ ...s, documents: ['memo'] }) });
    expect(problems).toContain('content/rfp/15-evaluation.json: documents[0]:');
  });
});
