import { getCollection } from 'astro:content';
import { assembleContent, type AdvisorContent } from '../domain/content.ts';

let cached: Promise<AdvisorContent> | undefined;

/** The validated content as the engine reads it, built once per build from the collections. */
export function getAdvisorContent(): Promise<AdvisorContent> {
  cached ??= (async () => {
    const [sections, ruleFiles, models, combinations, alternatives, settings, rfp] = await Promise.all([
      getCollection('questions'),
      getCollection('rules'),
      getCollection('models'),
      getCollection('combinations'),
      getCollection('alternatives'),
      getCollection('settings'),
      getCollection('rfp'),
    ]);
    const scoring = settings.find((entry) => entry.id === 'scoring');
    if (!scoring) throw new Error('content/settings/scoring.json is missing');
    return assembleContent({
      sections: sections.map((e) => e.data),
      ruleFiles: ruleFiles.map((e) => e.data),
      models: models.map((e) => e.data),
      combinations: combinations.map((e) => e.data),
      alternatives: alternatives.flatMap((e) => e.data.alternatives),
      settings: scoring.data,
      rfp: rfp.map((e) => e.data),
    });
  })();
  return cached;
}

/**
 * The content without the RFP sections, for pages that score but never draft a tender: the
 * sections are about a third of the content and would only weigh down the island's props.
 */
export async function getEngineContent(): Promise<AdvisorContent> {
  return { ...(await getAdvisorContent()), rfp: [], rfpTemplates: {} };
}
