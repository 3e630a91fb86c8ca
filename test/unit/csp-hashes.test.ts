import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../src/integrations/csp-hashes.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function page(policy: string, body: string): string {
  return `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

describe('trimCspHashes', () => {
  it("keeps the hashes of the page's own inline scripts and styles, and drops every other", () => {
    const script = 'console.log(1)';
    const style = 'p{color:red}';
    const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('q{}')};`;
    const body = `<script>${script}</script><style>${style}</style><script type="module" src="/a.js"></script>`;
    expect(trimCspHashes(page(policy, body))).toBe(
      page(`default-src 'self';script-src 'self' ${hash(script)};style-src 'self' ${hash(style)};`, body),
    );
  });

  it('leaves a page without inline code with no hash at all, and one without a policy as it was', () => {
    const policy = `default-src 'self'; script-src 'self' ${hash('x')}; style-src 'self' ${hash('y')}`;
    expect(trimCspHashes(page(policy, '<p>text</p>'))).toBe(page("default-src 'self';script-src 'self';style-src 'self'", '<p>text</p>'));
    expect(trimCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
