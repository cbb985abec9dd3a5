import type { Model } from './model'

/** Small formatting helpers so every message reads the same way. */
export const hoursText = (h: number) => `${round(h)} h`
export const fitText = (f: number) => f.toFixed(2)
export const percent = (share: number) => `${Math.round(share * 100)}%`

export function round(x: number, digits = 2): number {
  const scale = 10 ** digits
  return Math.round(x * scale) / scale
}

export function engineerName(model: Model, e: number): string {
  const engineer = model.input.engineers[e]
  return engineer.name ?? engineer.id
}

export function itemName(model: Model, i: number): string {
  const item = model.input.items[i]
  return item.title ? `"${item.title}" (${item.id})` : item.id
}
