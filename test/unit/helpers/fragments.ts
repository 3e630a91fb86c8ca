import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { AdvisorContent } from '../../../src/domain/content.ts';
import { ALPHABET, charOf, fnv1a } from '../../../src/domain/share/base64url.ts';
import { encodeLink } from '../../../src/domain/share/link-encode.ts';
import { answersArbitrary } from './arbitraries.ts';

/** The hostile-name corpus (test/fixtures/hostile-names.json): 59 names that must show as text. */
export const HOSTILE_NAMES: readonly string[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'hostile-names.json'), 'utf8')) as { names: string[] }
).names;

/** A link body (everything after the version and checksum) signed with a valid v1 checksum. */
function signed(body: string): string {
  const h = fnv1a(body) & 0xfff;
  return `1${charOf(h >> 6)}${charOf(h & 63)}${body}`;
}

const ODD = ['.', '#', '%', '%2', '%ZZ', '%00', ' ', '\t', '=', '+', '/', '?', '&', 'é', '😀', '\u0000', '\u202e', '\ud800', '<', '"'];
const oddChar = fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...ODD));

type Mutation = (text: string) => string;

/** Small damage to a link: a character changed, some removed, cut short, extended, swapped, a part replaced. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), oddChar).map(([i, c]): Mutation => (t) => {
    const at = t.length === 0 ? 0 : i % t.length;
    return t.slice(0, at) + c + t.slice(at + 1);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([i, n]): Mutation => (t) => {
    const at = t.length === 0 ? 0 : i % t.length;
    return t.slice(0, at) + t.slice(at + n);
  }),
  fc.nat().map(
    (i): Mutation =>
      (t) =>
        t.slice(0, i % (t.length + 1)),
  ),
  fc.string({ unit: oddChar, minLength: 1, maxLength: 8 }).map(
    (extra): Mutation =>
      (t) =>
        t + extra,
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (t) => {
    if (t.length === 0) return t;
    const chars = [...t];
    const [a, b] = [i % chars.length, j % chars.length];
    [chars[a], chars[b]] = [chars[b] ?? '', chars[a] ?? ''];
    return chars.join('');
  }),
  fc.string({ unit: oddChar, maxLength: 30 }).map((part): Mutation => (t) => {
    const dot = t.indexOf('.');
    return dot < 0 ? `${t}.${part}` : t.slice(0, dot + 1) + part;
  }),
);

const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

/** Names people and attackers type, including the hostile corpus. */
const name = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...HOSTILE_NAMES),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 130 }),
);

/** Valid links, with names (some of them not valid names: too long, control characters, lone surrogates). */
function linkArbitrary(content: AdvisorContent): fc.Arbitrary<string> {
  return fc
    .tuple(answersArbitrary(content), name, name)
    .map(([answers, client, preparedBy]) => encodeLink({ answers, meta: { client, preparedBy } }));
}

/**
 * Text a visitor's address bar could hand the page after "#": valid links, damaged links (whose
 * checksum fails), hand-edited links re-signed with a valid checksum (so the decoder reads every
 * answer and name), percent-encoded text as browsers show it, random text and base64url, long text.
 */
export function fragmentArbitrary(content: AdvisorContent): fc.Arbitrary<string> {
  const link = linkArbitrary(content);
  const damaged = fc.tuple(link, mutations).map(([l, ms]) => ms.reduce((t, m) => m(t), l));
  const resigned = fc.tuple(link, mutations).map(([l, ms]) => signed(ms.reduce((t, m) => m(t), l.slice(3))));
  const base64 = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
  const shaped = fc
    .tuple(fc.constantFrom('', '1', '2', '9', 'a', '#1'), base64, fc.constantFrom('', '.', '..', '...', '....'), base64)
    .map((parts) => parts.join(''));
  const resignedRandom = fc.tuple(base64, fc.constantFrom('', '.', '..', '...'), base64).map(([a, dots, b]) => signed(`${a}${dots}${b}`));
  const encoded = fc.oneof(damaged, fc.string()).map((t) => {
    try {
      return encodeURIComponent(t);
    } catch {
      return t;
    }
  });
  return fc.oneof(
    { arbitrary: link, weight: 2 },
    { arbitrary: damaged, weight: 6 },
    { arbitrary: resigned, weight: 6 },
    { arbitrary: resignedRandom, weight: 2 },
    { arbitrary: shaped, weight: 2 },
    { arbitrary: encoded, weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
    { arbitrary: fc.string({ unit: oddChar, maxLength: 40 }), weight: 1 },
    { arbitrary: fc.string({ unit: fc.constantFrom(...ALPHABET, '.'), minLength: 200, maxLength: 3000 }), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(' ', '#', '\n', '  #'), link).map(([lead, l]) => lead + l), weight: 1 },
  );
}
