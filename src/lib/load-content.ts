import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { assembleContent, type AdvisorContent } from '../domain/content.ts';
import { checkContentGraph, formatIssue, type ContentIssue, type Located } from '../domain/content-graph.ts';
import type { Answers } from '../domain/answers/answers.ts';
import { parseAnswerFile } from '../domain/answers/parse-answers.ts';
import { alternativeFileSchema } from '../domain/schemas/advice.ts';
import { casebookCaseSchema, type CasebookCase } from '../domain/schemas/casebook.ts';
import { combinationSchema } from '../domain/schemas/combination.ts';
import { costFileSchema } from '../domain/schemas/cost.ts';
import { describeIssues } from '../domain/schemas/friendly-issues.ts';
import { modelSchema } from '../domain/schemas/model.ts';
import { sectionSchema } from '../domain/schemas/question.ts';
import { rfpSectionSchema } from '../domain/schemas/rfp.ts';
import { ruleFileSchema } from '../domain/schemas/rule.ts';
import { scoringSettingsSchema } from '../domain/schemas/settings.ts';
import type { z } from '../domain/schemas/zod.ts';

/** Thrown when content/ is not valid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(
      `content/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

export const DEFAULT_CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

function listFiles(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function readJsonFiles<S extends z.ZodType>(root: string, folder: string, schema: S, issues: ContentIssue[]): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  const files = listFiles(join(root, folder), '.json');
  if (files.length === 0) issues.push({ file: `content/${folder}`, path: '(folder)', message: 'no .json files found' });
  for (const path of files) {
    const file = `content/${relative(root, path)}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      issues.push({ file, path: '(file)', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (parsed.success) out.push({ file, data: parsed.data });
    else for (const issue of describeIssues(parsed.error)) issues.push({ file, ...issue });
  }
  return out;
}

/**
 * Reads and validates everything in content/: each file against its zod schema, then the
 * cross-references between files. Throws a ContentError that names every file, field and problem.
 */
export function loadContent(root = DEFAULT_CONTENT_DIR): AdvisorContent {
  const issues: ContentIssue[] = [];
  const sections = readJsonFiles(root, 'questions', sectionSchema, issues);
  const ruleFiles = readJsonFiles(root, 'rules', ruleFileSchema, issues);
  const models = readJsonFiles(root, 'models', modelSchema, issues);
  const combinations = readJsonFiles(root, 'combinations', combinationSchema, issues);
  const alternatives = readJsonFiles(root, 'alternatives', alternativeFileSchema, issues);
  const settings = readJsonFiles(root, 'settings', scoringSettingsSchema, issues);
  const rfp = readJsonFiles(root, 'rfp', rfpSectionSchema, issues);
  const costs = readJsonFiles(root, 'costs', costFileSchema, issues);
  const guides = listFiles(join(root, 'guides'), '.md').map((path) => basename(path, '.md'));
  if (issues.length > 0) throw new ContentError(issues);
  const graphIssues = checkContentGraph({ sections, ruleFiles, models, combinations, alternatives, guides, rfp, costs });
  if (graphIssues.length > 0) throw new ContentError(graphIssues);
  const scoring = settings.find((s) => s.file.endsWith('/scoring.json'));
  if (!scoring) throw new ContentError([{ file: 'content/settings/scoring.json', path: '(file)', message: 'is missing' }]);
  return assembleContent({
    sections: sections.map((s) => s.data),
    ruleFiles: ruleFiles.map((r) => r.data),
    models: models.map((m) => m.data),
    combinations: combinations.map((c) => c.data),
    alternatives: alternatives.flatMap((a) => a.data.alternatives),
    settings: scoring.data,
    rfp: rfp.map((r) => r.data),
    costs: costs.flatMap((c) => c.data.assumptions),
  });
}

/** One case of the casebook, with its answers read as the engine reads them. */
export interface CasebookEntry {
  /** The file name without `.json`, e.g. "01-credit-union-contact-centre". */
  readonly id: string;
  readonly data: CasebookCase;
  readonly answers: Answers;
}

/**
 * Reads the casebook (content/casebook/*.json, in file-name order): each case against its schema,
 * its answers against the questions of `content`. Throws a ContentError naming each bad file.
 */
export function loadCasebook(content: AdvisorContent, root = DEFAULT_CONTENT_DIR): CasebookEntry[] {
  const issues: ContentIssue[] = [];
  const entries: CasebookEntry[] = [];
  for (const { file, data } of readJsonFiles(root, 'casebook', casebookCaseSchema, issues)) {
    const parsed = parseAnswerFile(content, { answers: data.answers });
    if (parsed.ok) entries.push({ id: basename(file, '.json'), data, answers: parsed.value.answers });
    else issues.push({ file, path: 'answers', message: parsed.error.message });
  }
  if (issues.length > 0) throw new ContentError(issues);
  return entries;
}
