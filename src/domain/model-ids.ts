/** The four outsourcing models, in the order the answer contract lists them. Zod-free: browser code imports it. */
export const MODEL_IDS = ['HRO', 'RPO', 'BPO', 'KPO'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export function isModelId(value: unknown): value is ModelId {
  return typeof value === 'string' && (MODEL_IDS as readonly string[]).includes(value);
}
