import { describe, expect, it } from 'vitest';
import { decodeDraft, EDIT_MAX_LENGTH, encodeDraft, fragmentHash, type SavedDraft } from '../../src/domain/rfp/draft-codec.ts';
import { rfpFileName } from '../../src/domain/rfp/file-name.ts';

describe('the saved RFP draft', () => {
  const draft: SavedDraft = { v: 1, today: '2026-03-02', models: ['HRO', 'RPO'], edits: { 'contact-name': 'Jo  ', 'date-issue': '' } };

  it('reads back exactly what it wrote', () => {
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
    const plain: SavedDraft = { v: 1, today: '2024-02-29', edits: {} };
    expect(decodeDraft(encodeDraft(plain))).toEqual(plain);
  });

  it.each([
    ['not JSON', '{"v":1,"today":'],
    ['JSON that is not an object', '"draft"'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...draft, v: 2 })],
    ['no date', JSON.stringify({ v: 1, edits: {} })],
    ['a date that does not exist', JSON.stringify({ ...draft, today: '2026-02-30' })],
  ])('refuses %s', (_, raw) => {
    expect(decodeDraft(raw)).toBeNull();
  });

  it('keeps every good entry and drops the bad ones: non-text values, impossible ids, unknown models', () => {
    const raw =
      '{"v":1,"today":"2026-03-02","models":["RPO","XYZ",7,"HRO","RPO"],' +
      '"edits":{"contact-name":"Jo","kpi-target-RPO-time-to-fill":"30","count":4,"__proto__":"no","a b":"no","":"no"}}';
    expect(decodeDraft(raw)).toEqual({
      v: 1,
      today: '2026-03-02',
      models: ['HRO', 'RPO'],
      edits: { 'contact-name': 'Jo', 'kpi-target-RPO-time-to-fill': '30' },
    });
  });

  it('drops a list of models with none it knows, and cuts overlong entries', () => {
    const decoded = decodeDraft(
      JSON.stringify({ v: 1, today: '2026-03-02', models: ['XYZ'], edits: { note: 'x'.repeat(EDIT_MAX_LENGTH + 5) } }),
    );
    expect(decoded).toEqual({ v: 1, today: '2026-03-02', edits: { note: 'x'.repeat(EDIT_MAX_LENGTH) } });
  });

  it('names a fragment the same way every time, and different fragments differently', () => {
    expect(fragmentHash('1WhDBCECGQ')).toBe(fragmentHash('1WhDBCECGQ'));
    expect(fragmentHash('1WhDBCECGQ')).not.toBe(fragmentHash('1WhDBCECGR'));
    expect(fragmentHash('1WhDBCECGQ')).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });
});

describe('rfpFileName', () => {
  const doc = { models: ['HRO', 'RPO'] as const };

  it.each([
    ['Acme GmbH', 'rfp-acme-gmbh.docx'],
    ['Société Générale Überseehandel', 'rfp-societe-generale-uberseehandel.docx'],
    ['<img src=x onerror=alert(1)>', 'rfp-img-src-x-onerror-alert-1.docx'],
    ['../../etc/passwd', 'rfp-etc-passwd.docx'],
    ['C:\\Windows\\system32', 'rfp-c-windows-system32.docx'],
    ['.hidden', 'rfp-hidden.docx'],
    ['report.exe', 'rfp-report-exe.docx'],
  ])('makes %j a safe name', (client, name) => {
    expect(rfpFileName(doc, { client }, 'docx')).toBe(name);
  });

  it('falls back on the models, then on "draft", when the name has nothing to keep', () => {
    expect(rfpFileName(doc, { client: '株式会社' }, 'md')).toBe('rfp-hro-rpo.md');
    expect(rfpFileName(doc, {}, 'md')).toBe('rfp-hro-rpo.md');
    expect(rfpFileName({ models: [] }, { client: '—' }, 'md')).toBe('rfp-draft.md');
  });

  it('keeps the name short', () => {
    const name = rfpFileName(doc, { client: 'a'.repeat(120) }, 'docx');
    expect(name).toBe(`rfp-${'a'.repeat(60)}.docx`);
  });
});
