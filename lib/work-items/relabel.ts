// Bulk label edits: what one item's labels become when a selection gains and loses labels.

/** The most labels an item may carry (the edit form's rule, lib/schemas/work-item.ts). */
export const MAX_LABELS = 20

export type LabelChange = { add: readonly string[]; remove: readonly string[] }

/**
 * The item's labels without those removed and with those added (once, after the ones it kept), so a
 * label both added and removed ends up on the item: adding is what the person typed last.
 */
export function relabel(labels: readonly string[], change: LabelChange): string[] {
  const kept = labels.filter((label) => !change.remove.includes(label))
  return [...new Set([...kept, ...change.add])]
}
