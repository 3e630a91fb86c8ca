import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFile, Answers, AnswerValue } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile, parseAnswers, parseMeta } from '../../src/domain/answers/parse-answers.ts';
import { ALPHABET, charOf, digitOf, fnv1a } from '../../src/domain/share/base64url.ts';
import { decodeLink, encodeLink, type LinkError } from '../../src/domain/share/link-codec.ts';
import { readAddress, RESULT_SECTIONS, sectionOf } from '../../src/domain/share/sections.ts';
import { buildShareUrl, fragmentOf } from '../../src/domain/share/share-url.ts';
import { z } from '../../src/domain/schemas/zod.ts';
import { answerArbitrary, answersArbitrary } from './helpers/arbitraries.ts';
import { content, FIXTURES, loadScenarios } from './helpers/content.ts';

const LINK_ERROR_CODES: readonly LinkError['code'][] = ['empty', 'future-version', 'damaged', 'truncated', 'invalid-value', 'invalid-meta'];

/** Pieces hostile or unusual names are made of: emoji (some of several code points), RTL text, quotes, markup. */
const NAME_PIECES = [
  '😀',
  '👩‍💻',
  '🇩🇪',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200f',
  '"',
  "'",
  '`',
  '<script>alert(1)</script>',
  '&amp;',
  '.',
  '#',
  '%20',
  ' ',
  'Zoë',
  '株式会社',
];

/** Names as people (and attackers) type them: at most 120 code points, no control characters. */
const nameArbitrary = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...NAME_PIECES)), { maxLength: 40 })
  .map((pieces) => [...pieces.join('').replace(/\p{Cc}/gu, '')].slice(0, 120).join(''));

const metaArbitrary = fc.record({ client: nameArbitrary, preparedBy: nameArbitrary });

const fileArbitrary = fc.tuple(answersArbitrary(content), metaArbitrary).map(([answers, meta]) => ({ answers, meta }));

/** What a decoded file must equal: empty names are left out by design. */
function expectedFile(answers: Answers, meta: { client: string; preparedBy: string }): AnswerFile {
  return {
    answers,
    meta: { ...(meta.client ? { client: meta.client } : {}), ...(meta.preparedBy ? { preparedBy: meta.preparedBy } : {}) },
  };
}

function fullyAnsweredArbitrary(): fc.Arbitrary<Answers> {
  return fc
    .tuple(...content.questions.map((q) => answerArbitrary(q).map((value) => [q.id, value] as const)))
    .map((pairs) => Object.fromEntries(pairs) as Record<string, AnswerValue>);
}

function decoded(fragment: string): AnswerFile {
  const result = decodeLink(content, fragment);
  if (!result.ok) throw new Error(`expected ${fragment} to decode, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function refused(fragment: string): LinkError {
  const result = decodeLink(content, fragment);
  if (result.ok) throw new Error(`expected ${fragment} to be refused, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The v1 checksum, recomputed here so tests can hand-craft links that pass it. */
function withChecksum(body: string): string {
  const h = fnv1a(body) & 0xfff;
  return `2${charOf(h >> 6)}${charOf(h & 63)}${body}`;
}

function utf8Base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

const FULL: AnswerFile = {
  answers: {
    company_size: '250_999',
    industry: 'technology',
    countries: 'two_to_five',
    growth_outlook: 'rapid',
    annual_hires: 400,
    hiring_pattern: 'project_spikes',
    role_mix: 'mixed',
    recruiting_capacity: 'stretched',
    recruiting_pains: ['time_to_fill'],
    hr_functions: ['payroll', 'benefits'],
    hr_admin_burden: 4,
    compliance_complexity: 'moderate',
    business_processes: [],
    knowledge_needs: ['data_analytics'],
    control_preference: 'shared',
    data_sensitivity: 'moderate',
    primary_goal: 'scalability',
    budget: 'moderate',
    engagement_length: 'multi_year',
    single_provider: 'yes',
  },
  meta: {},
};

describe('encodeLink / decodeLink: round trip', () => {
  it('gives back every valid answer file, names included (empty names are dropped)', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ answers, meta }) => {
        const file = expectedFile(answers, meta);
        expect(parseAnswerFile(content, file).ok).toBe(true);
        expect(decoded(encodeLink({ answers, meta }))).toEqual(file);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives back any name the answer file accepts, whatever UTF-16 it is made of', () => {
    const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
    fc.assert(
      fc.property(codeUnits, codeUnits, (client, preparedBy) => {
        const file = parseAnswerFile(content, { answers: {}, meta: { client, preparedBy } });
        if (!file.ok) return;
        expect(decoded(encodeLink(file.value))).toEqual(file.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a name that begins with a byte-order mark (U+FEFF), which a text decoder drops unless told not to', () => {
    for (const meta of [{ client: '\uFEFF' }, { client: '\uFEFFAcme', preparedBy: '\uFEFF\uFEFFLee' }])
      expect(decoded(encodeLink({ answers: {}, meta }))).toEqual({ answers: {}, meta });
  });

  it('makes links of URL-safe characters only', () => {
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        expect(encodeLink(file)).toMatch(/^2[A-Za-z0-9_-]{2}[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*){0,2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps names with emoji, RTL overrides, quotes and markup exactly as typed', () => {
    const meta = { client: '👩‍💻 "Acme" <script>alert(1)</script>', preparedBy: "\u202eשלום O'Brien & Co." };
    expect(decoded(encodeLink({ answers: {}, meta }))).toEqual({ answers: {}, meta });
  });

  it('fits a fully answered questionnaire without names (v2, every figure at its largest) in 180 characters or fewer', () => {
    fc.assert(
      fc.property(fullyAnsweredArbitrary(), (answers) => {
        expect(Object.keys(answers)).toHaveLength(content.questions.length);
        const link = encodeLink({ answers, meta: {} });
        expect(link.length).toBeLessThanOrEqual(180);
        expect(decoded(link).answers).toEqual(answers);
      }),
      { numRuns: 2000 },
    );
  });
});

const goldenSchema = z.array(z.strictObject({ name: z.string().min(1), link: z.string().startsWith('1'), file: z.unknown() })).min(12);

describe('golden v1 links (test/fixtures/golden-links.json): every link ever made keeps opening', () => {
  const golden = goldenSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'golden-links.json'), 'utf8')));

  it('has at least one link per scenario fixture plus edge cases', () => {
    const names = golden.map((g) => g.name);
    for (const scenario of loadScenarios()) expect(names).toContain(`scenario ${scenario.name}`);
    expect(golden.length).toBeGreaterThanOrEqual(loadScenarios().length + 3);
  });

  for (const { name, link, file } of golden) {
    it(`decodes "${name}" to exactly its answer file`, () => {
      const expected = parseAnswerFile(content, file);
      if (!expected.ok) throw new Error(`the golden file of "${name}" is not valid: ${expected.error.message}`);
      expect(decoded(link)).toEqual(expected.value);
      expect(decoded(`#${link}`)).toEqual(expected.value);
      expect(decoded(fragmentOf(`https://advisor.example.com/base/results/#${link}`))).toEqual(expected.value);
    });
  }
});

describe('golden v2 links (test/fixtures/golden-links-v2.json): links of version 2 keep opening', () => {
  const golden = z
    .array(z.strictObject({ name: z.string().min(1), link: z.string().startsWith('2'), file: z.unknown() }))
    .min(3)
    .parse(JSON.parse(readFileSync(join(FIXTURES, 'golden-links-v2.json'), 'utf8')));
  for (const { name, link, file } of golden) {
    it(`decodes "${name}" to exactly its answer file, and encodes it back to the same link`, () => {
      const expected = parseAnswerFile(content, file);
      if (!expected.ok) throw new Error(`the golden file of "${name}" is not valid: ${expected.error.message}`);
      expect(decoded(link)).toEqual(expected.value);
      expect(encodeLink(expected.value)).toBe(link);
    });
  }

  it('reads a v1 link and the same answers made into a v2 link alike', () => {
    const v1 = goldenSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'golden-links.json'), 'utf8')));
    for (const { link } of v1) {
      const answers = decoded(link);
      const again = encodeLink(answers);
      expect(again.charAt(0)).toBe('2');
      expect(decoded(again)).toEqual(answers);
    }
  });
});

describe('decodeLink: refusals with a reason', () => {
  const link = encodeLink(FULL);

  it('refuses an empty link', () => {
    for (const fragment of ['', '#', '   ', fragmentOf('https://advisor.example.com/results/#')]) {
      const error = refused(fragment);
      expect(error.code).toBe('empty');
      expect(error.title).not.toBe('');
      expect(error.message).not.toBe('');
    }
  });

  it('refuses a link of a newer format version, saying so', () => {
    const error = refused(`3${link.slice(1)}`);
    expect(error.code).toBe('future-version');
    expect(error.message).toContain('version 3');
    expect(refused('9AAA').code).toBe('future-version');
  });

  it('refuses a link that does not start like ours as damaged', () => {
    for (const fragment of ['0AAA', `x${link.slice(1)}`, `-${link.slice(1)}`, 'hello world'])
      expect(refused(fragment).code).toBe('damaged');
  });

  it('names the question where a truncated link ends', () => {
    // "2" + checksum + company_size, industry, countries, growth_outlook: the next answer is annual_hires.
    const error = refused(link.slice(0, 7));
    expect(error.code).toBe('truncated');
    expect(error.message).toContain('ends before the answer for external hires a year');
    expect(error.field).toBe('annual_hires');
    const last = refused(link.slice(0, -1));
    expect(last.code).toBe('truncated');
    expect(last.message).toContain('ends before the answer for years compared');
    expect(refused('2').message).toContain('ends before the answer for company size');
    expect(refused('1').message).toContain('ends before the answer for company size');
  });

  it('names the question whose hand-edited value is out of range', () => {
    // Index 3 is company_size: options 1 to 5, so "9" (digit 61) is out of range.
    const edited = `${link.slice(0, 3)}9${link.slice(4)}`;
    const error = refused(edited);
    expect(error.code).toBe('invalid-value');
    expect(error.field).toBe('company_size');
    expect(error.message).toContain('company size');
  });

  it('refuses out-of-range numbers, scale points, options and multi-choice masks, naming the question', () => {
    // An empty link body: one character per answer, except hr_functions (two: six options and the
    // "answered" bit). annual_hires is at index 4, recruiting_pains 8, hr_functions 9-10, hr_admin_burden 11.
    const empty = encodeLink({ answers: {}, meta: {} }).slice(3);
    const edit = (at: number, width: number, answer: string): string => withChecksum(empty.slice(0, at) + answer + empty.slice(at + width));
    const digits = (...ds: number[]): string => ds.map(charOf).join('');

    expect(decoded(edit(4, 1, `E${digits(3, 52, 9, 0)}`)).answers).toEqual({ annual_hires: 1_000_000 });
    const overMax = refused(edit(4, 1, `E${digits(3, 52, 9, 1)}`));
    expect(overMax.code).toBe('invalid-value');
    expect(overMax.field).toBe('annual_hires');
    expect(overMax.message).toContain('external hires a year');
    expect(refused(edit(4, 1, 'HAAAAAAA')).field).toBe('annual_hires');

    expect(decoded(edit(11, 1, charOf(5))).answers).toEqual({ hr_admin_burden: 5 });
    const scale = refused(edit(11, 1, charOf(6)));
    expect(scale.code).toBe('invalid-value');
    expect(scale.message).toContain('admin burden');

    const industry = refused(edit(1, 1, charOf(9)));
    expect(industry.code).toBe('invalid-value');
    expect(industry.message).toContain('industry sector');

    const unanswered = refused(edit(8, 1, charOf(1)));
    expect(unanswered.code).toBe('invalid-value');
    expect(unanswered.field).toBe('recruiting_pains');
    const overMask = refused(edit(9, 2, digits(2, 0)));
    expect(overMask.code).toBe('invalid-value');
    expect(overMask.field).toBe('hr_functions');
    expect(decoded(edit(9, 2, digits(1, 63))).answers).toEqual({
      hr_functions: ['payroll', 'benefits', 'compliance', 'employee_relations', 'training', 'performance_management'],
    });
  });

  it('detects a changed character elsewhere by the checksum', () => {
    // Index 4 is industry: another valid option, so only the checksum can tell.
    const changed = `${link.slice(0, 4)}${charOf(digitOf(link.charAt(4)) === 1 ? 2 : 1)}${link.slice(5)}`;
    const error = refused(changed);
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/changed or lost/);
    const checksum = `${link.charAt(0)}${charOf((digitOf(link.charAt(1)) + 1) % 64)}${link.slice(2)}`;
    expect(refused(checksum).code).toBe('damaged');
  });

  it('refuses extra characters, extra parts and characters links never contain', () => {
    expect(refused(`${link}A`).code).toBe('damaged');
    expect(refused(`${link}.a.b.c`).code).toBe('damaged');
    expect(refused(`${link.slice(0, 5)}!${link.slice(6)}`).code).toBe('damaged');
  });

  it('refuses a name that is damaged, too long or has control characters, naming the field', () => {
    const answers = encodeLink({ answers: {}, meta: {} }).slice(3);
    const notUtf8 = refused(withChecksum(`${answers}.${Buffer.from([0xff, 0xfe]).toString('base64url')}`));
    expect(notUtf8.code).toBe('invalid-meta');
    expect(notUtf8.field).toBe('meta.client');
    const tooLong = refused(withChecksum(`${answers}.${utf8Base64url('Acme')}.${utf8Base64url('x'.repeat(121))}`));
    expect(tooLong.code).toBe('invalid-meta');
    expect(tooLong.field).toBe('meta.preparedBy');
    expect(tooLong.message).toContain('121');
    const control = refused(withChecksum(`${answers}.${utf8Base64url('Acme\nGmbH')}`));
    expect(control.code).toBe('invalid-meta');
    expect(control.field).toBe('meta.client');
    const impossible = refused(withChecksum(`${answers}.A`));
    expect(impossible.code).toBe('invalid-meta');
  });

  it('opens a link given as a "#" fragment or as a whole URL through fragmentOf', () => {
    const named: AnswerFile = { answers: FULL.answers, meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' } };
    const fragment = encodeLink(named);
    expect(decoded(`#${fragment}`)).toEqual(named);
    expect(decoded(fragmentOf(buildShareUrl(fragment, 'https://advisor.example.com/adv')))).toEqual(named);
    expect(decoded(fragmentOf(buildShareUrl(fragment, '/advisor/', 'rfp')))).toEqual(named);
    expect(decoded(fragmentOf(fragment))).toEqual(named);
    expect(buildShareUrl(fragment, 'https://x.example/adv')).toBe(`https://x.example/adv/results/#${fragment}`);
  });
});

/** Every answer of decodeLink on hostile input: valid answers, or one of the known refusals, explained. */
function isAcceptable(fragment: string): boolean {
  const result = decodeLink(content, fragment);
  if (result.ok) {
    return parseAnswers(content, result.value.answers).ok && parseMeta(result.value.meta).ok;
  }
  const { code, title, message } = result.error;
  // "could not be read" is the fallback for an exception inside the decoder: a bug, never a reason.
  return LINK_ERROR_CODES.includes(code) && title.trim() !== '' && message.trim() !== '' && message !== 'The link could not be read.';
}

const base64urlText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
const oddChar = fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom('.', '#', '%', ' ', '=', '+', '/', 'é', '😀', '\u0000'));

type Mutation = (link: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), oddChar).map(([i, c]): Mutation => (link) => {
    const at = i % link.length;
    return link.slice(0, at) + c + link.slice(at + 1);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([i, n]): Mutation => (link) => {
    const at = i % link.length;
    return link.slice(0, at) + link.slice(at + n);
  }),
  fc.nat().map(
    (i): Mutation =>
      (link) =>
        link.slice(0, i % (link.length + 1)),
  ),
  fc.string({ unit: oddChar, minLength: 1, maxLength: 8 }).map(
    (extra): Mutation =>
      (link) =>
        link + extra,
  ),
  fc.constantFrom(...'023456789aAzZ-_.'.split('')).map(
    (v): Mutation =>
      (link) =>
        v + link.slice(1),
  ),
  fc.string({ unit: oddChar, maxLength: 30 }).map((part): Mutation => (link) => {
    const dot = link.indexOf('.');
    return dot < 0 ? `${link}.${part}` : link.slice(0, dot + 1) + part;
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (link) => {
    const a = i % link.length;
    const b = j % link.length;
    const chars = [...link];
    [chars[a], chars[b]] = [chars[b] ?? '', chars[a] ?? ''];
    return chars.join('');
  }),
);

describe('decodeLink: fuzzed input (100,000 cases) never throws and always explains', () => {
  it('handles random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => isAcceptable(text)),
      { numRuns: 20_000 },
    );
  });

  it('handles random base64url text, with and without a version and dots', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '1', '#1', '2'),
        base64urlText,
        fc.constantFrom('', '.', '..', '...'),
        base64urlText,
        (head, a, dots, b) => isAcceptable(head + a + dots + b),
      ),
      { numRuns: 30_000 },
    );
  });

  it('handles mutated, truncated and extended valid links', () => {
    fc.assert(
      fc.property(fileArbitrary, fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) =>
        isAcceptable(mutations.reduce((link, mutate) => mutate(link), encodeLink(file))),
      ),
      { numRuns: 50_000 },
    );
  });
});

describe('readAddress: a part of the results page named in the address is never an answer link', () => {
  it('reads a part named in the fragment as no answer link, and a part beside an answer link from ?open=', () => {
    const link = encodeLink({ answers: { company_size: '250_999' }, meta: {} });
    expect(readAddress('#why-rpo')).toEqual({ fragment: '', section: 'why-rpo' });
    expect(readAddress('#risks', '?open=method')).toEqual({ fragment: '', section: 'risks' });
    expect(readAddress(`#${link}`, '?open=scope-notes')).toEqual({ fragment: link, section: 'scope-notes' });
    expect(readAddress(`#${link}`, '?x=1&open=kpis')).toEqual({ fragment: link, section: 'kpis' });
    expect(readAddress(`#${link}`)).toEqual({ fragment: link, section: null });
    expect(readAddress('', '?open=nothing-of-the-kind')).toEqual({ fragment: '', section: null });
  });

  it('leaves every other fragment to the decoder, so damaged links keep their message', () => {
    for (const bad of ['garbage', 'why-', 'WHY', 'why rpo', 'toString', '__proto__', 'constructor', '1why']) {
      expect(readAddress(`#${bad}`)).toEqual({ fragment: bad, section: null });
      const decoded = decodeLink(content, bad);
      expect(decoded.ok).toBe(false);
    }
  });

  it('names no part an answer link could be: every id starts with a letter, every link with its version digit', () => {
    for (const id of Object.keys(RESULT_SECTIONS)) {
      expect(sectionOf(id)).toBe(id);
      expect(id).toMatch(/^[a-z][a-z-]*$/);
    }
    fc.assert(fc.property(answersArbitrary(content), (answers) => sectionOf(encodeLink({ answers, meta: {} })) === null));
  });
});
