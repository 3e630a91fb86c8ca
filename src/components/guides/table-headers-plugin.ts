// Types only: satteri is the engine behind @astrojs/markdown-satteri, so nothing extra is loaded.
import type { HastPluginDefinition } from 'satteri';

/**
 * Gives Markdown tables column and row headers: header cells get scope="col", and the first cell
 * of each body row becomes a row header (scope="row"), so a screen reader announces both "RPO"
 * and "Scope" for a cell of a comparison table. Markdown has no syntax for row headers.
 */
export const tableHeadersPlugin: HastPluginDefinition = {
  name: 'outsourcing-advisor:table-headers',
  element: {
    filter: ['tr'],
    visit(row, ctx) {
      const section = ctx.parent(row);
      const cells = row.children.filter((child) => child.type === 'element');
      if (section.type === 'element' && section.tagName === 'thead') {
        for (const cell of cells) if (cell.tagName === 'th') ctx.setProperty(cell, 'scope', 'col');
        return;
      }
      const first = cells[0];
      if (section.type === 'element' && section.tagName === 'tbody' && first?.tagName === 'td') {
        ctx.replaceNode(first, { ...first, tagName: 'th', properties: { ...first.properties, scope: 'row' } });
      }
    },
  },
};
