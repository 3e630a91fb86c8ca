import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { parseLabel } from '../../src/domain/saved/label.ts';
import {
  entryName,
  LIST_FORMAT,
  MAX_ENTRIES,
  mergeLists,
  newEntry,
  readSavedList,
  readSavedListText,
  serialiseSavedList,
  type ListEntry,
  type SavedEntry,
} from '../../src/domain/saved/saved-list.ts';
import { z } from '../../src/domain/schemas/zod.ts';
import { fixtureContent as content } from './helpers/engine-fixture.ts';

/** The list file as the README documents it, written independently of the code that reads it. */
const listFileSchema = z.strictObject({
  format: z.literal('outsourcing-advisor/saved-recommendations'),
  version: z.literal(1),
  entries: z.array(
    z.strictObject({
      label: z.string().min(1).max(60).optional(),
      savedAt: z.iso.datetime(),
      answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
      meta: z.strictObject({ client: z.string().optional(), preparedBy: z.string().optional() }).optional(),
    }),
  ),
});

const acme: AnswerFile = {
  answers: { annual_hires: 400, recruiting_capacity: 'stretched', business_processes: ['customer_service'] },
  meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' },
};
const acmeAfter: AnswerFile = { answers: { ...acme.answers, annual_hires: 40 }, meta: acme.meta };
const blank: AnswerFile = { answers: {}, meta: {} };

function entry(file: AnswerFile, label: string, savedAt = '2026-03-02T10:15:00.000Z'): SavedEntry {
  const made = newEntry(file, label, savedAt);
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function read(raw: unknown): ListEntry[] {
  const list = readSavedList(content, raw);
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

function refusal(raw: unknown): string {
  const list = readSavedList(content, raw);
  if (list.ok) throw new Error('expected the list to be refused');
  return `${list.error.title}: ${list.error.message}`;
}

const list = [entry(acme, 'today'), entry(acmeAfter, 'after growth', '2026-03-03T08:00:00.000Z'), entry(blank, '')];

describe('the list file', () => {
  it('round-trips: what is written reads back as the same entries, and matches the documented format', () => {
    const text = serialiseSavedList(list);
    expect(listFileSchema.parse(JSON.parse(text)).entries).toHaveLength(3);
    expect(readSavedListText(content, text, 'list.json')).toEqual({ ok: true, value: list });
    expect(readSavedListText(content, serialiseSavedList(list, 0), 'stored')).toEqual({ ok: true, value: list });
  });

  it('writes each entry as an answer file plus its label and date, leaving out what is empty', () => {
    const json = JSON.parse(serialiseSavedList(list)) as { entries: unknown[] };
    expect(json).toMatchObject({ format: LIST_FORMAT, version: 1 });
    expect(json.entries[0]).toEqual({ label: 'today', savedAt: '2026-03-02T10:15:00.000Z', answers: acme.answers, meta: acme.meta });
    expect(json.entries[2]).toEqual({ savedAt: '2026-03-02T10:15:00.000Z', answers: {} });
  });

  it('refuses what is not a list of version 1, saying what it is instead', () => {
    expect(refusal([])).toContain('got a list');
    expect(refusal({ answers: {} })).toContain('This is an answer file (one recommendation), not a list');
    expect(refusal({ format: 'something-else', version: 1, entries: [] })).toContain(`"format": "${LIST_FORMAT}"`);
    expect(refusal({ format: LIST_FORMAT, version: 2, entries: [] })).toBe(
      'This list is from a newer version: The list uses format version 2; this copy reads version 1.',
    );
    expect(refusal({ format: LIST_FORMAT, version: '1', entries: [] })).toContain('"version" must be 1; got "1"');
    expect(refusal({ format: LIST_FORMAT, version: 1, entries: {} })).toContain('"entries" must be a list');
  });

  it('refuses text that is empty or not JSON, naming the file', () => {
    const empty = readSavedListText(content, '  \n', 'list.json');
    expect(empty.ok ? '' : empty.error.message).toBe('list.json is empty.');
    const broken = readSavedListText(content, '{"format": ', 'list.json');
    expect(broken.ok ? '' : broken.error.message).toMatch(/^list\.json is not valid JSON: /);
  });

  it('keeps an entry it cannot read exactly as it was, with the reason, and reads the others', () => {
    const bad = [
      { savedAt: '2026-03-02T10:15:00Z', answers: { annual_hires: 'many' }, meta: { client: 'Bad Hires Ltd' } },
      { savedAt: 'yesterday', answers: {} },
      { answers: {} },
      { savedAt: '2026-03-02T10:15:00Z' },
      { savedAt: '2026-03-02T10:15:00Z', answers: {}, colour: 'red' },
      { savedAt: '2026-03-02T10:15:00Z', answers: {}, label: 'x'.repeat(61) },
      { savedAt: '2026-03-02T10:15:00Z', answers: {}, meta: { client: 'a\nb' } },
      'not an entry',
    ];
    const entries = read({ format: LIST_FORMAT, version: 1, entries: [entryJson(list[0]), ...bad] });
    expect(entries[0]).toEqual(list[0]);
    const problems = entries.slice(1).map((e) => (e.kind === 'unreadable' ? e.problem.message : 'read'));
    expect(problems).toEqual([
      expect.stringContaining('(annual_hires) must be a whole number'),
      expect.stringContaining('"savedAt" must be a date and time'),
      'The entry has no "savedAt" (when it was kept).',
      expect.stringContaining('The entry has no "answers"'),
      expect.stringContaining('Unknown field "colour"'),
      'The label is 61 characters long; the limit is 60.',
      expect.stringContaining('control character'),
      expect.stringContaining('got "not an entry"'),
    ]);
    // Saved again, the unreadable entries are written back unchanged: nothing is lost.
    const again = JSON.parse(serialiseSavedList(entries)) as { entries: unknown[] };
    expect(again.entries.slice(1)).toEqual(bad);
    expect(entryName(entries[1] as ListEntry)).toBe('Bad Hires Ltd');
    expect(entryName(entries[7] as ListEntry)).toBe('');
  });
});

function entryJson(e: ListEntry | undefined): unknown {
  return (JSON.parse(serialiseSavedList(e ? [e] : [])) as { entries: unknown[] }).entries[0];
}

describe('labels', () => {
  it('are trimmed plain text of at most 60 characters', () => {
    expect(parseLabel('  after growth ')).toEqual({ ok: true, value: 'after growth' });
    expect(parseLabel('😀'.repeat(60))).toEqual({ ok: true, value: '😀'.repeat(60) });
    for (const bad of ['😀'.repeat(61), 'a\tb', '\ud800', 7])
      expect(parseLabel(bad)).toMatchObject({ ok: false, error: { code: 'invalid-label' } });
  });

  it('name an entry with its client', () => {
    expect(entryName(entry(acme, 'after growth'))).toBe('Acme GmbH, after growth');
    expect(entryName(entry(blank, ''))).toBe('');
  });
});

describe('importing a list into another', () => {
  it('adds what is new after what is there, skips what is already there, and reports what cannot be read', () => {
    const incoming = read({
      format: LIST_FORMAT,
      version: 1,
      entries: [entryJson(list[1]), entryJson(entry(blank, 'fresh')), { savedAt: 'soon', answers: {} }],
    });
    const report = mergeLists([list[0] as ListEntry, list[1] as ListEntry], incoming);
    expect(report.entries).toEqual([list[0], list[1], incoming[1]]);
    expect([report.added, report.already, report.overLimit]).toEqual([1, 1, 0]);
    expect(report.unreadable.map((u) => u.position)).toEqual([3]);
  });

  it('counts an entry kept at another time with the same answers, names and label as already there', () => {
    const later = entry(acme, 'today', '2027-01-01T00:00:00.000Z');
    expect(mergeLists(list, [later]).already).toBe(1);
    expect(mergeLists(list, [entry(acme, 'tomorrow')]).added).toBe(1);
  });

  it('stops at the largest list it holds and says how many were left out', () => {
    const full = Array.from({ length: MAX_ENTRIES - 1 }, (_, i) => entry({ answers: { annual_hires: i }, meta: {} }, ''));
    const report = mergeLists(full, [entry(blank, 'one'), entry(blank, 'two'), entry(blank, 'three')]);
    expect(report.entries).toHaveLength(MAX_ENTRIES);
    expect([report.added, report.overLimit]).toEqual([1, 2]);
  });
});
