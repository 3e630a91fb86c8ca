import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** CSP violations seen by the page, recorded by watchPage's init script. */
    __cspViolations?: string[];
  }
}

/** What went wrong on a page: CSP violations, console errors and uncaught exceptions. */
export interface PageWatch {
  /** Every problem since the last call, each as one line; `allow` drops console errors the test expects. */
  take(allow?: (text: string, url: string) => boolean): Promise<string[]>;
}

/**
 * Records, from before the page's own scripts run, every CSP violation (the
 * `securitypolicyviolation` event, and console messages that mention the policy), every console
 * error and every uncaught exception of the page, on this and every later navigation.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.__cspViolations?.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}`),
      true,
    );
  });
  const seen: { text: string; url: string }[] = [];
  page.on('pageerror', (error) => seen.push({ text: `pageerror: ${error.message}`, url: page.url() }));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') seen.push({ text: `console error: ${text}`, url: message.location().url });
    else if (/Content Security Policy/i.test(text)) seen.push({ text: `console ${message.type()}: ${text}`, url: message.location().url });
  });
  return {
    async take(allow = () => false) {
      const violations = await page.evaluate(() => window.__cspViolations?.splice(0) ?? []);
      const logged = seen.splice(0).filter(({ text, url }) => !allow(text, url));
      return [...logged.map((s) => s.text), ...violations];
    },
  };
}

/** The directives of a Content-Security-Policy value: name to its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The HTML with comments and the bodies of script and style elements removed: what is left is markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Every start tag of the HTML with its attribute names (lower case), in order. */
export function tagsOf(html: string): { readonly tag: string; readonly attributes: readonly string[] }[] {
  return [...markupOnly(html).matchAll(TAG)].map((match) => ({
    tag: (match[1] ?? '').toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(ATTRIBUTE)].map((a) => (a[1] ?? '').toLowerCase()),
  }));
}

/** Inline style attributes and inline event-handler attributes in the HTML, as "<tag attribute>". */
export function inlineAttributes(html: string): string[] {
  return tagsOf(html).flatMap(({ tag, attributes }) =>
    attributes.filter((a) => a === 'style' || /^on[a-z]+$/.test(a)).map((a) => `<${tag} ${a}>`),
  );
}
