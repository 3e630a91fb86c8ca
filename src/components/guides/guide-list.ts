import { getCollection, type CollectionEntry } from 'astro:content';
import type { Guide } from '../../domain/schemas/guide.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/** The guide groups in reading order, with the heading each gets on the guide index. */
export const GUIDE_KINDS: readonly { readonly kind: Guide['kind']; readonly heading: string; readonly label: string }[] = [
  { kind: 'model', heading: 'The four models', label: 'Model guide' },
  { kind: 'comparison', heading: 'Comparisons', label: 'Comparison' },
  { kind: 'topic', heading: 'Choosing, buying and running a service', label: 'Topic' },
];

/** Every guide in content/guides/, ordered by its `order` front matter. */
export async function getGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
}

export function kindLabel(kind: Guide['kind']): string {
  return GUIDE_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
