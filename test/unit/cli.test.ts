import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliOutcome } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/recommend.ts';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { costForRecommendation, costToJson } from '../../src/domain/cost/cost-report.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';
import { modelIdSchema } from '../../src/domain/schemas/ids.ts';
import { z } from '../../src/domain/schemas/zod.ts';
import { content, FIXTURES, SCENARIOS } from './helpers/content.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src', 'cli', 'recommend.ts');
const TOTAL_TALENT = join(SCENARIOS, 'total-talent.json');
const BAD = join(FIXTURES, 'bad-answers');

/** The part of the JSON output the answer contract promises (answers-v1, "Recommendation"). */
const outputSchema = z.looseObject({
  recommendation: z.looseObject({
    models: z.array(modelIdSchema),
    label: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
  }),
  scores: z.record(modelIdSchema, z.number().int().min(0).max(100)),
  reasons: z.record(modelIdSchema, z.array(z.looseObject({ question: z.string(), points: z.number().int(), text: z.string().min(1) }))),
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real command, in a separate Node process (this Node: 24, which runs .ts files). */
function run(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: input ?? '', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fileOf(path: string) {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function stdoutOf(outcome: CliOutcome): string {
  if (!outcome.ok) throw new Error(`expected success, got: ${outcome.stderr}`);
  return outcome.stdout;
}

/** A refusal as the issue defines it: one message (and at most a hint line), no stack trace. */
function expectOneMessage(stderr: string, ...parts: readonly string[]): void {
  expect(stderr).not.toMatch(/^ {4}at /m);
  expect(stderr).not.toMatch(/Error:|node:internal/);
  const lines = stderr.trimEnd().split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  const first = lines[0] ?? '';
  for (const part of parts) expect(first).toContain(part);
  expect(stderr.split(first).length - 1).toBe(1);
}

const expected = recommend(content, fileOf(TOTAL_TALENT).answers);

describe('recommend CLI as a real process', () => {
  it('prints the recommendation of an answer file as JSON and exits 0', () => {
    const { code, stdout, stderr } = run([TOTAL_TALENT]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = outputSchema.parse(JSON.parse(stdout));
    expect(output.recommendation.models).toEqual(['HRO', 'RPO']);
    expect(output.recommendation.label).toBe(expected.recommendation.label);
    expect(output.scores).toEqual(expected.scores);
    expect(output.reasons.RPO?.length).toBeGreaterThan(0);
    const cost = costToJson(costForRecommendation(content, fileOf(TOTAL_TALENT).answers, expected));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify({ meta: fileOf(TOTAL_TALENT).meta, ...expected, cost })));
  });

  it('prints Markdown with the label and the "Why" section', () => {
    const { code, stdout, stderr } = run([TOTAL_TALENT, '--format', 'md']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain(`# Outsourcing recommendation: ${expected.recommendation.label}`);
    expect(stdout).toMatch(/^## Why$/m);
    expect(stdout).toContain('Prepared for: Total Talent Ltd');
  });

  it('prints a share link, relative or under --base, that opens to the same answers and scores', () => {
    const relative = run([TOTAL_TALENT, '--format', 'link']);
    expect([relative.code, relative.stderr]).toEqual([0, '']);
    expect(relative.stdout).toMatch(/^\/results\/#2[A-Za-z0-9_.-]+\n$/);

    const absolute = run([TOTAL_TALENT, '--format', 'link', '--base', 'https://x.example/adv']);
    expect(absolute.code).toBe(0);
    const url = absolute.stdout.trim();
    expect(url).toBe(`https://x.example/adv${relative.stdout.trim()}`);

    const decoded = decodeLink(content, fragmentOf(url));
    expect(decoded).toEqual({ ok: true, value: fileOf(TOTAL_TALENT) });
    const fromLink = run(['--link', url]);
    expect([fromLink.code, fromLink.stderr]).toEqual([0, '']);
    expect(outputSchema.parse(JSON.parse(fromLink.stdout)).scores).toEqual(expected.scores);
    expect(JSON.parse(fromLink.stdout)).toEqual(JSON.parse(run([TOTAL_TALENT]).stdout));
  });

  it('reads the answer file from standard input with "-"', () => {
    const { code, stdout, stderr } = run(['-'], readFileSync(TOTAL_TALENT, 'utf8'));
    expect([code, stderr]).toEqual([0, '']);
    expect(outputSchema.parse(JSON.parse(stdout)).scores).toEqual(expected.scores);
  });

  const refusals: readonly (readonly [string, readonly string[], readonly string[]])[] = [
    ['unreadable JSON', [join(BAD, 'not-json.txt')], ['not-json.txt" is not valid JSON']],
    ['answers that are not an object', [join(BAD, 'answers-not-object.json')], ['"answers" must be an object', 'got a list']],
    ['an unknown question id', [join(BAD, 'unknown-id.json')], ['Unknown question "anual_hires"', 'Did you mean "annual_hires"?']],
    ['a wrong type', [join(BAD, 'wrong-type.json')], ['(annual_hires)', 'must be a whole number', 'got "400"']],
    ['an out-of-range number', [join(BAD, 'out-of-range.json')], ['(annual_hires)', 'out of range: 1000001']],
    ['an over-long name', [join(BAD, 'long-meta.json')], ['(client)', '125 characters long; the limit is 120']],
    ['a missing file', [join(BAD, 'missing.json')], ['missing.json": no such file']],
    ['an unknown --format', [TOTAL_TALENT, '--format', 'xml'], ['--format "xml"', 'json, md or link']],
    ['a bad --base', [TOTAL_TALENT, '--format', 'link', '--base', 'ftp://x.example'], ['--base must be', '"ftp://x.example"']],
    ['a damaged --link', ['--link', 'https://x.example/results/#1WhDBCECGQDCCxBPECggCCFCDA'], ['This link is damaged', 'changed or lost']],
  ];

  for (const [name, args, parts] of refusals) {
    it(`refuses ${name}: exit 2, nothing on stdout, one message on stderr`, () => {
      const { code, stdout, stderr } = run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expectOneMessage(stderr, ...parts);
    });
  }

  it('prints only the JSON through "npm run -s recommend", as the README says', () => {
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` };
    const result = spawnSync('npm', ['run', '-s', 'recommend', '--', TOTAL_TALENT], { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('{')).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(run([TOTAL_TALENT]).stdout));
  });
});

describe('runCli', () => {
  const total = readFileSync(TOTAL_TALENT, 'utf8');
  const noStdin = (): string => {
    throw new Error('standard input must not be read');
  };

  function refusal(outcome: CliOutcome): string {
    if (outcome.ok) throw new Error(`expected a refusal, got: ${outcome.stdout.slice(0, 200)}`);
    expect(outcome.code).toBe(2);
    return outcome.stderr;
  }

  it('gives the same JSON for a file, standard input and its link', () => {
    const fromFile = stdoutOf(runCli([TOTAL_TALENT], content, noStdin));
    expect(stdoutOf(runCli(['-'], content, () => total))).toBe(fromFile);
    const link = stdoutOf(runCli([TOTAL_TALENT, '--format', 'link', '--base', 'https://a.example'], content, noStdin)).trim();
    expect(link).toMatch(/^https:\/\/a\.example\/results\/#2/);
    expect(stdoutOf(runCli(['--link', link], content, noStdin))).toBe(fromFile);
    expect(stdoutOf(runCli(['--link', link, '--format', 'link'], content, noStdin)).trim()).toBe(link.slice('https://a.example'.length));
  });

  it('accepts a base path and a base with a trailing slash', () => {
    expect(stdoutOf(runCli([TOTAL_TALENT, '--format', 'link', '--base', '/advisor'], content, noStdin))).toMatch(/^\/advisor\/results\/#2/);
    expect(stdoutOf(runCli([TOTAL_TALENT, '--format', 'link', '--base', 'http://h.example/a/'], content, noStdin))).toMatch(
      /^http:\/\/h\.example\/a\/results\/#2/,
    );
  });

  it('reads a file saved with a byte order mark', () => {
    expect(stdoutOf(runCli(['-'], content, () => `\uFEFF${total}`))).toBe(stdoutOf(runCli([TOTAL_TALENT], content, noStdin)));
  });

  it('keeps a JSON error on one line, without the file text or control codes', () => {
    const stderr = refusal(runCli(['-'], content, () => 'hello\n\u001b[31mworld\nagain'));
    expect(stderr).toMatch(/^Standard input is not valid JSON: /);
    expect(stderr).not.toContain('\n');
    expect(stderr).not.toContain('\u001b');
  });

  it('refuses standard input that is not an answer file, naming the field', () => {
    expect(refusal(runCli(['-'], content, () => '{"answers":{},"meta":{"client":"a","email":"b"}}'))).toContain('meta.email');
    expect(refusal(runCli(['-'], content, () => '{"answers":{"hr_functions":["payroll","payroll"]}}'))).toContain('(hr_functions)');
    expect(refusal(runCli(['-'], content, () => '[]'))).toContain('"answers"');
    expect(refusal(runCli(['-'], content, () => ''))).toContain('not valid JSON');
  });

  it('refuses unreadable input with the reason', () => {
    expect(
      refusal(
        runCli(['-'], content, () => {
          throw new Error('EAGAIN');
        }),
      ),
    ).toBe('Cannot read "-": it cannot be read.');
  });

  it('refuses wrong use of the arguments, with the usage', () => {
    expect(refusal(runCli([], content, noStdin))).toContain('Give exactly one answer file');
    expect(refusal(runCli([TOTAL_TALENT, TOTAL_TALENT], content, noStdin))).toContain('Give exactly one answer file');
    expect(refusal(runCli([TOTAL_TALENT, '--link', '#1AAA'], content, noStdin))).toContain(
      'Give one of an answer file or folder, --link or --list',
    );
    expect(refusal(runCli(['--bogus', TOTAL_TALENT], content, noStdin))).toContain('Usage:');
    for (const base of ['x.example', 'https://x.example/a?b', '/a#b', 'https://x example']) {
      expect(refusal(runCli([TOTAL_TALENT, '--format', 'link', '--base', base], content, noStdin))).toContain('--base must be');
    }
  });

  it('refuses damaged, truncated and newer links with the reason', () => {
    const link = stdoutOf(runCli([TOTAL_TALENT, '--format', 'link'], content, noStdin)).trim();
    expect(refusal(runCli(['--link', link.slice(0, 12)], content, noStdin))).toContain('ends before the answer for');
    expect(refusal(runCli(['--link', link.replace('#2', '#3')], content, noStdin))).toContain('newer version');
    expect(refusal(runCli(['--link', '/results/#'], content, noStdin))).toContain('no answers');
  });

  it('prints the usage with --help', () => {
    expect(stdoutOf(runCli(['--help'], content, noStdin))).toContain('npm run -s recommend -- FILE|-');
  });
});

describe('the cost view on the command line', () => {
  const file = {
    answers: {
      business_processes: ['customer_service'],
      primary_goal: 'reduce_cost',
      process_fte: 25,
      currency: 'eur',
      process_fte_cost: 42_000,
      governance_pct: 5,
      transition_pct: 25,
      exit_pct: 10,
      engagement_length: 'multi_year',
    },
  };
  const stdin = (): string => JSON.stringify(file);

  it('prints a top-level cost object: each line with low and high, each assumption with its source', () => {
    const json = JSON.parse(stdoutOf(runCli(['-'], content, stdin))) as {
      recommendation: { models: string[] };
      cost: {
        currency: string;
        years: number;
        models: Record<string, { lines: Record<string, { low: number; high: number }>; totalDifference: { low: number; high: number } }>;
        assumptions: { id: string; origin: string; source: unknown }[];
      };
    };
    expect(json.recommendation.models).toEqual(['BPO']);
    expect(json.cost.currency).toBe('eur');
    expect(json.cost.years).toBe(3);
    expect(json.cost.models['BPO']?.lines['in_house']).toEqual({ low: 1_050_000, high: 1_050_000, per: 'yearly' });
    expect(json.cost.models['BPO']?.lines['outsourced']).toEqual({ low: 630_000, high: 840_000, per: 'yearly' });
    const saving = json.cost.assumptions.find((a) => a.id === 'bpo_saving_pct');
    expect(saving?.origin).toBe('benchmark');
    expect(saving?.source).toMatchObject({ year: expect.any(Number), sponsor: expect.any(String) });
    expect(json.cost.assumptions.find((a) => a.id === 'governance_pct')).toMatchObject({ origin: 'answer', source: 'your answer' });
  });

  it('adds the runner-up on request, and prints the cost view in Markdown in the chosen currency', () => {
    const json = JSON.parse(stdoutOf(runCli(['-', '--runner-up'], content, stdin))) as { cost: { models: Record<string, unknown> } };
    expect(Object.keys(json.cost.models)).toHaveLength(2);
    const md = stdoutOf(runCli(['-', '--format', 'md'], content, stdin));
    expect(md).toContain('## What it would cost');
    expect(md).toContain('| In-house today | year | €1,050,000 |');
    expect(md).not.toContain('$');
  });
});

describe('bids on the command line', () => {
  const answers = {
    answers: {
      business_processes: ['customer_service'],
      primary_goal: 'reduce_cost',
      process_fte: 25,
      currency: 'eur',
      process_fte_cost: 42_000,
      governance_pct: 5,
      transition_pct: 25,
      exit_pct: 10,
      engagement_length: 'multi_year',
    },
  };
  const dir = mkdtempSync(join(tmpdir(), 'bids-'));
  const bidsFile = join(dir, 'bids.json');
  writeFileSync(
    bidsFile,
    JSON.stringify({ bids: [{ bidder: '=Contoso', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 80_000 }] }),
  );
  const stdin = (): string => JSON.stringify(answers);

  it('totals each bid on the cost view’s assumptions, in JSON and in Markdown', () => {
    const json = JSON.parse(stdoutOf(runCli(['-', '--bids', bidsFile], content, stdin))) as {
      cost: { bids: { yearlyFees: number; total: { low: number; high: number } }[] };
    };
    // 25 FTE × 30k = 750k a year; × 3 years × 1.05 = 2,362.5k; + 80k once + 10% exit (75k).
    expect(json.cost.bids[0]?.yearlyFees).toBe(750_000);
    expect(json.cost.bids[0]?.total).toEqual({ low: 2_517_500, high: 2_517_500 });
    const md = stdoutOf(runCli(['-', '--bids', bidsFile, '--format', 'md'], content, stdin));
    expect(md).toContain('## Bids on the same assumptions');
    expect(md).toContain('| =Contoso | BPO | €30,000 per full-time equivalent per year (processes), €80,000 once | €2,517,500 |');
  });

  it('refuses a bid file that is not valid, naming the field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ bids: [{ bidder: 'X', model: 'XPO', unit: 'per_hire', rate: 1 }] }));
    const refused = (outcome: CliOutcome): string => {
      if (outcome.ok) throw new Error('expected a refusal');
      return outcome.stderr;
    };
    expect(refused(runCli(['-', '--bids', bad], content, stdin))).toContain('bids[0].model');
    expect(refused(runCli(['-', '--bids', join(dir, 'none.json')], content, stdin))).toContain('no such file');
  });
});

describe('a folder or a list of recommendations', () => {
  const noStdin = (): string => {
    throw new Error('standard input must not be read');
  };
  const scenario = (name: string): AnswerFile => fileOf(join(SCENARIOS, `${name}.json`));
  const hostile = '=HYPERLINK("https://evil.example","Click")';

  /** A folder as a consultant keeps one: answer files, a broken one, a stray note, a hidden file. */
  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-folder-'));
    const write = (name: string, value: unknown): void =>
      writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
    write('acme-today.json', scenario('total-talent'));
    write('acme-after.json', { ...scenario('rpo-bpo'), meta: { client: 'Acme, "the" firm', preparedBy: 'J. Rivera' } });
    write('broken.json', '{"answers": {');
    write('typo.json', { answers: { anual_hires: 40 } });
    write('zz-formula.json', { answers: {}, meta: { client: hostile } });
    for (const [i, start] of ['+', '-', '@'].entries())
      write(`zz-${i}.json`, { answers: {}, meta: { client: `${start}cmd|' /C calc'!A0` } });
    write('notes.txt', 'not an answer file');
    write('.hidden.json', '{}');
    return dir;
  }

  /** RFC 4180, read independently of the code that writes it. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') [cell, i] = [`${cell}"`, i + 1];
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') [row, cell] = [[...row, cell], ''];
      else if (c === '\r' && text.charAt(i + 1) === '\n') {
        rows.push([...row, cell]);
        [row, cell, i] = [[], '', i + 1];
      } else cell += c;
    }
    expect(quoted, 'every quote is closed').toBe(false);
    expect([...row, cell], 'the text ends with CRLF').toEqual(['']);
    return rows;
  }

  it('prints one CSV row per answer file under a header row, names a bad file in its row, and exits with 3', () => {
    const outcome = runCli([folder(), '--format', 'csv'], content, noStdin);
    if (!outcome.ok) throw new Error(outcome.stderr);
    expect(outcome.code).toBe(3);
    expect(outcome.note).toBe('2 of 8 could not be read: see the "problem" column.');
    const [header, ...rows] = parseCsv(outcome.stdout);
    expect(header).toEqual(['file', 'client', 'label', 'verdict', 'set', 'HRO', 'RPO', 'BPO', 'KPO', 'confidence', 'problem']);
    expect(rows.map((r) => r[0])).toEqual([
      'acme-after.json',
      'acme-today.json',
      'broken.json',
      'typo.json',
      'zz-0.json',
      'zz-1.json',
      'zz-2.json',
      'zz-formula.json',
    ]);
    const today = recommend(content, scenario('total-talent').answers);
    expect(rows[1]).toEqual([
      'acme-today.json',
      'Total Talent Ltd',
      '',
      'outsource',
      today.recommendation.label,
      ...(['HRO', 'RPO', 'BPO', 'KPO'] as const).map((m) => String(today.scores[m])),
      today.recommendation.confidence,
      '',
    ]);
    expect(rows[0]?.[1]).toBe('Acme, "the" firm');
    expect(rows[2]?.slice(1, 10)).toEqual(['', '', '', '', '', '', '', '', '']);
    expect(rows[2]?.[10]).toMatch(/^"broken\.json" is not valid JSON: /);
    expect(rows[3]?.[10]).toContain('Unknown question "anual_hires". Did you mean "annual_hires"?');
    // No cell starts a formula: each is shown as text after an apostrophe.
    expect(rows.slice(4).map((r) => r[1])).toEqual([`'+cmd|' /C calc'!A0`, `'-cmd|' /C calc'!A0`, `'@cmd|' /C calc'!A0`, `'${hostile}`]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('prints the same rows as a Markdown table by default, with the range a score could still reach', () => {
    const outcome = runCli([folder()], content, noStdin);
    if (!outcome.ok) throw new Error(outcome.stderr);
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| file | client | label | verdict | set | HRO | RPO | BPO | KPO | confidence | problem |');
    expect(lines).toHaveLength(2 + 8);
    const blank = recommend(content, {});
    expect(lines[6]).toContain(`| ${blank.scores.HRO} (${blank.ranges.HRO.low} to ${blank.ranges.HRO.high}) |`);
    // Every row has the header's 11 cells: names cannot add a column.
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(11);
  });

  it('writes one Markdown report per recommendation, named after the client, the same as --format md', () => {
    const reports = join(mkdtempSync(join(tmpdir(), 'advisor-reports-')), 'out');
    const outcome = runCli([folder(), '--reports', reports], content, noStdin);
    if (!outcome.ok) throw new Error(outcome.stderr);
    expect(outcome.note).toContain(`Wrote 6 reports to "${reports}".`);
    expect(readdirSync(reports).sort()).toEqual([
      'acme-the-firm.md',
      'cmd-c-calc-a0-2.md',
      'cmd-c-calc-a0-3.md',
      'cmd-c-calc-a0.md',
      'hyperlink-https-evil-example-click.md',
      'total-talent-ltd.md',
    ]);
    const single = runCli([join(SCENARIOS, 'total-talent.json'), '--format', 'md'], content, noStdin);
    expect(readFileSync(join(reports, 'total-talent-ltd.md'), 'utf8')).toBe(stdoutOf(single));
  });

  it('saves a folder as a list file that --list reads back to the same rows', () => {
    const dir = folder();
    const list = join(mkdtempSync(join(tmpdir(), 'advisor-list-')), 'clients.json');
    const now = (): Date => new Date('2026-03-02T10:15:00.000Z');
    const saved = runCli([dir, '--format', 'csv', '--save-list', list], content, noStdin, now);
    if (!saved.ok) throw new Error(saved.stderr);
    expect(saved.note).toContain(`Saved 6 recommendations to the list "${list}".`);
    const json = JSON.parse(readFileSync(list, 'utf8')) as { format: string; entries: { label: string; savedAt: string }[] };
    expect(json.format).toBe('outsourcing-advisor/saved-recommendations');
    expect(json.entries.map((e) => e.label)).toEqual(['acme-after', 'acme-today', 'zz-0', 'zz-1', 'zz-2', 'zz-formula']);
    expect(new Set(json.entries.map((e) => e.savedAt))).toEqual(new Set(['2026-03-02T10:15:00.000Z']));

    const again = runCli(['--list', list, '--format', 'csv'], content, noStdin);
    if (!again.ok) throw new Error(again.stderr);
    expect(again.code).toBeUndefined();
    // Client, verdict, set, the four scores and confidence: the same for every file that could be read.
    const figures = (row: string[]): string[] => [row[1] ?? '', ...row.slice(3, 10)];
    const fromFolder = parseCsv(saved.stdout)
      .slice(1)
      .filter((r) => r[10] === '');
    const fromList = parseCsv(again.stdout).slice(1);
    expect(fromList.map(figures)).toEqual(fromFolder.map(figures));
    expect(fromList.map((r) => r[2])).toEqual(json.entries.map((e) => e.label));
    expect(fromList[0]?.[0]).toBe('clients.json #1');

    // Never over an existing file.
    expect(runCli([dir, '--save-list', list], content, noStdin)).toMatchObject({
      ok: false,
      code: 2,
      stderr: expect.stringContaining('already exists'),
    });
  });

  it('names an entry of a list that cannot be read in its row, and keeps it when the list is saved again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-list-'));
    const list = join(dir, 'list.json');
    const bad = { savedAt: 'last week', answers: {}, meta: { client: 'Old Client' } };
    writeFileSync(
      list,
      JSON.stringify({
        format: 'outsourcing-advisor/saved-recommendations',
        version: 1,
        entries: [{ label: 'today', savedAt: '2026-03-02T10:15:00.000Z', ...scenario('total-talent') }, bad],
      }),
    );
    const outcome = runCli(['--list', list, '--format', 'csv', '--save-list', join(dir, 'copy.json')], content, noStdin);
    if (!outcome.ok) throw new Error(outcome.stderr);
    expect(outcome.code).toBe(3);
    const rows = parseCsv(outcome.stdout);
    expect(rows[1]?.slice(0, 4)).toEqual(['list.json #1', 'Total Talent Ltd', 'today', 'outsource']);
    expect(rows[2]?.[0]).toBe('list.json #2');
    expect(rows[2]?.[10]).toMatch(/^\(Old Client\) A recommendation in the list is not valid: "savedAt" must be a date and time/);
    const copy = JSON.parse(readFileSync(join(dir, 'copy.json'), 'utf8')) as { entries: unknown[] };
    expect(copy.entries[1]).toEqual(bad);
  });

  it('refuses what a folder or a list cannot do, with the reason', () => {
    const dir = folder();
    const message = (outcome: CliOutcome): string => (outcome.ok ? 'ran' : outcome.stderr);
    expect(message(runCli([dir, '--format', 'json'], content, noStdin))).toContain(
      'A folder gives a summary table: use --format csv or md',
    );
    expect(message(runCli([mkdtempSync(join(tmpdir(), 'advisor-empty-'))], content, noStdin))).toContain(
      'No answer files (*.json) in the folder',
    );
    expect(message(runCli([TOTAL_TALENT, '--reports', dir], content, noStdin))).toContain('--reports is for a folder or a list');
    expect(message(runCli([TOTAL_TALENT, '--format', 'csv'], content, noStdin))).toContain('--format csv is for a folder or a list');
    expect(message(runCli(['--list', TOTAL_TALENT], content, noStdin))).toContain(
      'This is an answer file (one recommendation), not a list',
    );
    expect(message(runCli(['--list', join(dir, 'broken.json')], content, noStdin))).toContain('is not valid JSON');
    expect(message(runCli([dir, '--reports', TOTAL_TALENT], content, noStdin))).toContain('--reports needs a folder');
    expect(message(runCli([dir, '--list', TOTAL_TALENT], content, noStdin))).toContain('not several');
  });

  it('runs as a real process: the table on stdout, what was written and what failed on stderr, exit code 3', () => {
    const { code, stdout, stderr } = run([folder(), '--format', 'csv']);
    expect(code).toBe(3);
    expect(stdout.split('\r\n')).toHaveLength(1 + 8 + 1);
    expect(stderr).toBe('2 of 8 could not be read: see the "problem" column.\n');
  });
});
