// What content/rfp/ says for the scenario fixtures: a test of the content. buildRfp's own behaviour is
// tested on a fixture built for it in rfp-build.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import type { FieldNode } from '../../src/domain/rfp/document.ts';
import { MODEL_IDS } from '../../src/domain/schemas/ids.ts';
import { content, loadScenarios } from './helpers/content.ts';
import { answersArbitrary } from './helpers/arbitraries.ts';
import { allInlines, blockText, rfpFor, sectionText, TODAY } from './helpers/rfp.ts';

const SECTIONS = [
  ['cover', 'About this document'],
  ['instructions', 'Instructions and timeline'],
  ['background', 'Background'],
  ['objectives', 'Objectives and what success means'],
  ['scope', 'Scope of services'],
  ['volumes', 'Volumes and baselines'],
  ['service-levels', 'Service levels and KPIs'],
  ['technology', 'Technology and integration'],
  ['data-protection', 'Data protection and security'],
  ['transition', 'Transition and implementation'],
  ['governance', 'Governance and reporting'],
  ['pricing', 'Pricing'],
  ['term-exit', 'Term, exit and data portability'],
  ['vendor-questions', 'Your organisation, references and questions to answer'],
  ['evaluation', 'Evaluation'],
] as const;

const scenarios = loadScenarios();
const byName = (name: string) => {
  const found = scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found.file;
};

describe('buildRfp: the fifteen sections', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s: sections 1 to 15 in order, each with content', (_, scenario) => {
    // "Keep it in-house" scenarios tender nothing unless models are chosen: draft one for the model scored highest.
    const { scores } = recommend(content, scenario.file.answers);
    const top = MODEL_IDS.reduce((best, m) => (scores[m] > scores[best] ? m : best));
    const models = scenario.expected.length > 0 ? undefined : [top];
    const doc = rfpFor(scenario.file.answers, scenario.file.meta, models ? { models } : {});
    expect(doc.kind).toBe('tender');
    expect(doc.models).toEqual(scenario.expected.length > 0 ? scenario.expected : models);
    expect(doc.sections.map((s) => [s.id, s.title])).toEqual(SECTIONS.map(([id, title]) => [id, title]));
    expect(doc.sections.map((s) => s.number)).toEqual(SECTIONS.map((_, i) => i + 1));
    for (const section of doc.sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
    const toc = doc.sections[0]?.blocks.find((b) => b.kind === 'toc');
    expect(toc?.kind === 'toc' && toc.entries.map((e) => `${e.number} ${e.title}`)).toEqual(SECTIONS.map(([, t], i) => `${i + 1} ${t}`));
  });

  it('names the client and author on the cover as plain text, and the models in the title', () => {
    const file = byName('total-talent');
    const doc = rfpFor(file.answers, file.meta);
    expect(doc.title).toBe('Request for proposal: HR outsourcing (HRO) and recruitment process outsourcing (RPO)');
    const cover = sectionText(doc, 'cover');
    expect(cover).toContain('Prepared for: Total Talent Ltd');
    expect(cover).toContain('Prepared by: Test Advisory');
    expect(cover).toContain(`Date: ${TODAY}`);
    expect(cover).toContain('Version: Draft 1');
    const names = allInlines(doc).filter((n) => n.kind === 'text' && n.user);
    expect(new Set(names.map((n) => (n.kind === 'text' ? n.text : '')))).toEqual(new Set(['Total Talent Ltd', 'Test Advisory']));
  });

  it('makes missing names fields to fill in', () => {
    const doc = rfpFor(byName('total-talent').answers, {});
    const ids = doc.fields.map((f) => f.id);
    expect(ids).toContain('client-name');
    expect(ids).toContain('prepared-by');
    expect(sectionText(doc, 'cover')).toContain('Prepared for: [Name of your organisation]');
  });

  it('puts the answers into the background in words', () => {
    const file = byName('total-talent');
    const background = sectionText(rfpFor(file.answers, file.meta), 'background');
    expect(background).toContain('Size: 250 to 999 employees');
    expect(background).toContain('Industry: technology and software');
    expect(background).toContain('Countries with employees: two to five countries');
    expect(background).toContain('Expected change in headcount: growing fast (more than 15% a year)');
  });

  it('turns an unanswered background question into a field', () => {
    const doc = rfpFor({ annual_hires: 300, recruiting_capacity: 'none', growth_outlook: 'rapid' }, {}, { models: ['RPO'] });
    expect(sectionText(doc, 'background')).toContain('Industry: [Industry sector]');
    expect(doc.fields.some((f) => f.id === 'answer-industry')).toBe(true);
  });

  it('states the objective of the primary goal and the pains chosen', () => {
    const file = byName('total-talent');
    const objectives = sectionText(rfpFor(file.answers, file.meta), 'objectives');
    expect(objectives).toContain('a service that grows and shrinks with demand');
    expect(objectives).toContain('Roles take too long to fill');
    expect(objectives).toContain('Candidates have a poor experience with us');
    expect(objectives).not.toContain('Each hire costs too much');
    const cost = sectionText(rfpFor({ ...file.answers, primary_goal: 'reduce_cost' }), 'objectives');
    expect(cost).toContain('lower what the work costs us');
  });
});

describe('buildRfp: scope per model', () => {
  it('gives a combination one lot per model and the option to bid for all lots as an integrated service', () => {
    const file = byName('total-talent');
    const doc = rfpFor(file.answers, file.meta);
    const scope = doc.sections.find((s) => s.id === 'scope');
    const headings = scope?.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual([
      'Bidding for all lots as an integrated service',
      'Lot 1: HR outsourcing (HRO)',
      'Lot 2: Recruitment process outsourcing (RPO)',
    ]);
    const text = sectionText(doc, 'scope');
    expect(text).toContain('all of them as one integrated service');
    expect(text).toContain('Recruitment hands over to HR administration during onboarding');
    expect(sectionText(doc, 'instructions')).toContain('This request is split into lots');
    expect(sectionText(doc, 'pricing')).toContain('If you bid for all lots together, give the integrated price');
    expect(sectionText(doc, 'evaluation')).toContain('compared with the best combination of separate bids');
  });

  it('has no lots or integrated bid for a single model', () => {
    const file = byName('rpo-volume-hiring');
    const doc = rfpFor(file.answers, file.meta);
    const text = sectionText(doc, 'scope');
    expect(text).not.toContain('Lot 1');
    expect(text).not.toContain('integrated');
    expect(sectionText(doc, 'instructions')).not.toContain('lots');
  });

  it('asks RPO bidders for full-cycle recruiting and says sourcing alone is not RPO', () => {
    const file = byName('rpo-volume-hiring');
    const scope = sectionText(rfpFor(file.answers, file.meta), 'scope');
    expect(scope).toContain('full-cycle recruitment process outsourcing');
    for (const step of [
      'sourcing candidates',
      'screening applications',
      'assessing skills',
      'scheduling and coordinating interviews',
      'managing offers',
      'background and reference checks',
      'onboarding, until the new hire is on payroll',
    ])
      expect(scope).toContain(step);
    expect(scope).toContain('Sourcing alone is not RPO');
  });

  it('lists the HR functions chosen for HRO, and only those', () => {
    const file = byName('total-talent');
    const scope = sectionText(rfpFor(file.answers, file.meta), 'scope');
    for (const fn of ['Payroll', 'Benefits administration', 'Employment law and regulatory compliance', 'Employee relations'])
      expect(scope).toContain(`\n${fn}\n`);
    expect(scope).not.toContain('Training and development');
    expect(scope).not.toContain('Performance management');
  });

  it('asks the buyer to list the HR functions when none were chosen', () => {
    const file = byName('total-talent');
    const doc = rfpFor({ ...file.answers, hr_functions: [] }, file.meta, { models: ['HRO', 'RPO'] });
    expect(sectionText(doc, 'scope')).toContain('The HR functions in scope are still to be confirmed: [HR functions in scope]');
  });

  it('lists the processes chosen for BPO and the knowledge work chosen for KPO', () => {
    const file = byName('bpo-kpo');
    const scope = sectionText(rfpFor(file.answers, file.meta), 'scope');
    expect(scope).toContain('Lot 1: Business process outsourcing (BPO)');
    expect(scope).toContain('Lot 2: Knowledge process outsourcing (KPO)');
    const answers = file.answers;
    const processes = content.questions.find((q) => q.id === 'business_processes');
    const needs = content.questions.find((q) => q.id === 'knowledge_needs');
    for (const question of [processes, needs]) {
      if (question?.kind !== 'multi') throw new Error('expected multi questions');
      const chosen = answers[question.id];
      for (const option of question.options) {
        const listed = scope.includes(`\n${option.label}\n`);
        expect(listed, option.value).toBe(Array.isArray(chosen) && chosen.includes(option.value));
      }
    }
  });
});

describe('buildRfp: tables, questions and conditions', () => {
  it('has a KPI table per model with a target field for each KPI of the recommendation', () => {
    const file = byName('total-talent');
    const rec = recommend(content, file.answers);
    const doc = buildRfp(content, { recommendation: rec, answers: file.answers, meta: file.meta }, { today: TODAY });
    const tables = doc.sections.find((s) => s.id === 'service-levels')?.blocks.filter((b) => b.kind === 'table') ?? [];
    expect(tables.map((t) => (t.kind === 'table' ? t.caption : ''))).toEqual([
      'Service levels for HR outsourcing (HRO)',
      'Service levels for recruitment process outsourcing (RPO)',
    ]);
    const targets = doc.fields.filter((f) => f.id.startsWith('kpi-target-')).map((f) => f.id);
    expect(targets).toEqual(rec.kpis.map((k) => `kpi-target-${k.model}-${k.id}`));
    expect(targets).toContain('kpi-target-RPO-time-to-fill');
    const text = sectionText(doc, 'service-levels');
    expect(text).toContain('Service credits');
    expect(text).toContain('quarterly business review');
  });

  it('has twelve month rows of history fields per model', () => {
    const file = byName('rpo-volume-hiring');
    const doc = rfpFor(file.answers, file.meta);
    const table = doc.sections.find((s) => s.id === 'volumes')?.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no history table');
    expect(table.rows).toHaveLength(12);
    expect(table.rows.map((r) => r[0]?.[0])).toEqual(Array.from({ length: 12 }, (_, i) => ({ kind: 'text', text: `Month ${i + 1}` })));
    expect(table.rows[11]?.[3]?.[0]).toMatchObject({ kind: 'field', id: 'history-rpo-hires-m12', label: 'Hires' });
    expect(file.answers['annual_hires']).toBe(1200);
    expect(sectionText(doc, 'volumes')).toContain('External hires expected in the next 12 months: 1,200');
  });

  it('turns every risk of the recommendation into a question for bidders', () => {
    const file = byName('total-talent');
    const rec = recommend(content, file.answers);
    const text = sectionText(rfpFor(file.answers, file.meta), 'vendor-questions');
    expect(rec.risks.length).toBeGreaterThan(0);
    for (const risk of rec.risks) expect(text).toContain(`${risk.title}. ${risk.description} How would you prevent this with us`);
  });

  it('uses stronger data protection wording for highly sensitive data and for several countries', () => {
    const file = byName('rpo-volume-hiring');
    const base = { ...file.answers, data_sensitivity: 'moderate', countries: 'one' };
    const plain = sectionText(rfpFor(base), 'data-protection');
    for (const duty of [
      'only on our documented instructions',
      'bound by confidentiality',
      'sub-processors only with our prior written approval',
      'personal data breach',
      'delete every copy',
      'audits and inspections',
      'ISO/IEC 27001',
      'SOC 2',
    ])
      expect(plain).toContain(duty);
    expect(plain).not.toContain('highly sensitive');
    expect(plain).not.toContain('several countries');
    expect(sectionText(rfpFor({ ...base, data_sensitivity: 'high' }), 'data-protection')).toContain(
      'Encrypt the data in transit and at rest',
    );
    for (const countries of ['two_to_five', 'six_plus'])
      expect(sectionText(rfpFor({ ...base, countries }), 'data-protection')).toContain('standard contractual clauses');
  });

  it('asks for the pricing structure of each model, base fees apart from variable and optional charges', () => {
    const pricing = sectionText(rfpFor({}, {}, { models: ['HRO', 'RPO', 'BPO', 'KPO'] }), 'pricing');
    expect(pricing).toContain('base fees');
    expect(pricing).toContain('variable fees');
    expect(pricing).toContain('optional charges');
    expect(pricing).toContain('monthly management fee plus a fee for each hire');
    expect(pricing).toContain('per employee per month (PEPM)');
    expect(pricing).toContain('per full-time equivalent (FTE), per transaction, or on an outcome basis');
    expect(pricing).toContain('per dedicated analyst (FTE) or per deliverable');
  });

  it('reads hidden answers as unanswered', () => {
    const file = byName('rpo-volume-hiring');
    // With no hires the hiring questions are hidden, so their stale answers must not reach the document.
    const doc = rfpFor({ ...file.answers, annual_hires: 0 }, {}, { models: ['RPO'] });
    const volumes = sectionText(doc, 'volumes');
    expect(volumes).not.toContain('How hiring moves through the year');
    expect(sectionText(doc, 'objectives')).not.toContain('Recruiting problems');
  });
});

describe('buildRfp: edits and fields', () => {
  const file = byName('total-talent');

  it('fills fields from edits, in every place the field appears', () => {
    const doc = rfpFor(file.answers, file.meta, {
      edits: { 'contact-email': 'rfp@buyer.example', 'kpi-target-RPO-time-to-fill': '35 days', 'history-rpo-hires-m01': '31' },
    });
    const email = allInlines(doc).filter((n): n is FieldNode => n.kind === 'field' && n.id === 'contact-email');
    expect(email.length).toBeGreaterThan(2);
    for (const node of email) expect(node.value).toBe('rfp@buyer.example');
    expect(doc.fields.find((f) => f.id === 'kpi-target-RPO-time-to-fill')?.value).toBe('35 days');
    expect(doc.fields.find((f) => f.id === 'history-rpo-hires-m01')?.value).toBe('31');
    expect(doc.fields.find((f) => f.id === 'history-rpo-hires-m02')?.value).toBeUndefined();
  });

  it('replaces a suggested value with an edit, and keeps the suggestion for a blank edit', () => {
    const edited = rfpFor(file.answers, file.meta, { edits: { 'date-proposals-due': '2026-04-15', version: '  ' } });
    expect(edited.fields.find((f) => f.id === 'date-proposals-due')).toMatchObject({
      value: '2026-04-15',
      defaultValue: '2026-03-30',
      input: 'date',
    });
    expect(edited.fields.find((f) => f.id === 'version')).toMatchObject({ value: 'Draft 1', defaultValue: 'Draft 1' });
  });

  it('ignores edits for unknown ids and inherited keys', () => {
    const plain = rfpFor(file.answers, file.meta);
    const edits = Object.assign(Object.create({ 'contact-name': 'inherited' }) as Record<string, string>, { 'no-such-field': 'x' });
    expect(rfpFor(file.answers, file.meta, { edits })).toEqual(plain);
  });

  it('lists every field once, with stable ids', () => {
    const doc = rfpFor(file.answers, file.meta);
    const ids = doc.fields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['contact-name', 'contact-email', 'date-issue', 'date-proposals-due', 'currency', 'ats', 'hris']),
    );
    expect(rfpFor(file.answers, file.meta).fields).toEqual(doc.fields);
  });
});

describe('buildRfp: nothing to tender', () => {
  const file = byName('in-house-tight-control');

  it('gives a short document saying there is nothing to tender yet, with when to look again', () => {
    const doc = rfpFor(file.answers, file.meta);
    expect(doc.kind).toBe('nothing-to-tender');
    expect(doc.models).toEqual([]);
    expect(doc.title).toBe('Outsourcing: nothing to tender yet');
    expect(doc.sections.map((s) => s.id)).toEqual(['cover', 'nothing-to-tender']);
    const text = sectionText(doc, 'nothing-to-tender');
    expect(text).toContain('no service worth taking to market now');
    const notes = content.combinations.find((c) => c.models.length === 0)?.notes ?? [];
    for (const note of notes) expect(text).toContain(note);
    expect(doc.fields.map((f) => f.id)).not.toContain('contact-email');
  });

  it('drafts a tender for models chosen explicitly, with their KPIs and standing risks', () => {
    const doc = rfpFor(file.answers, file.meta, { models: ['KPO', 'HRO', 'KPO'] });
    expect(doc.kind).toBe('tender');
    expect(doc.models).toEqual(['HRO', 'KPO']);
    const kpo = content.models.find((m) => m.id === 'KPO');
    const targets = doc.fields.filter((f) => f.id.startsWith('kpi-target-KPO-')).map((f) => f.id);
    expect(targets).toEqual(kpo?.kpis.map((k) => `kpi-target-KPO-${k.id}`));
    const questions = sectionText(doc, 'vendor-questions');
    for (const risk of kpo?.risks ?? []) expect(questions.includes(risk.title)).toBe(risk.always);
  });

  it('gives the short document for an explicit empty list even when models are recommended', () => {
    const tt = byName('total-talent');
    expect(rfpFor(tt.answers, tt.meta, { models: [] }).kind).toBe('nothing-to-tender');
  });
});

describe('buildRfp: input it must survive', () => {
  it('builds for any answers and any models, with every placeholder filled and unique heading ids', () => {
    fc.assert(
      fc.property(answersArbitrary(content), fc.option(fc.subarray([...MODEL_IDS]), { nil: undefined }), (answers, models) => {
        const doc = rfpFor(answers, {}, models ? { models } : {});
        expect(doc.sections.length).toBe(doc.kind === 'tender' ? 15 : 2);
        const text = doc.sections.map((s) => s.blocks.map(blockText).join('\n')).join('\n');
        expect(text).not.toMatch(/[{}]/);
        const ids = doc.sections.flatMap((s) => [s.id, ...s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []))]);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });

  it('builds from no answers at all for every model', () => {
    const doc = rfpFor({}, {}, { models: ['HRO', 'RPO', 'BPO', 'KPO'] });
    expect(doc.sections).toHaveLength(15);
    expect(sectionText(doc, 'objectives')).toContain('[The main result you want from this service]');
  });

  it('refuses a today that is not a date', () => {
    expect(() => rfpFor({}, {}, { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => rfpFor({}, {}, { today: 'today' })).toThrow(/YYYY-MM-DD/);
  });

  it('is deterministic and holds no HTML', () => {
    const file = byName('hro-bpo');
    const doc = rfpFor(file.answers, file.meta);
    expect(rfpFor(file.answers, file.meta)).toEqual(doc);
    expect(JSON.stringify(doc)).not.toMatch(/<[a-z]/i);
  });
});
