/**
 * Writes one generated instance as the CLI's input JSON:
 * `npx tsx scripts/matching-instance.ts <family> <items> <engineers> <seed> <out.json>`.
 * The CLI benchmark (bench-plan-cli.mjs) uses it to make its inputs.
 */
import { writeFileSync } from 'node:fs'
import { generateInstance, INSTANCE_FAMILIES } from '../lib/matching'
import type { InstanceFamily } from '../lib/matching'

const [family, items, engineers, seed, out] = process.argv.slice(2)
if (!INSTANCE_FAMILIES.includes(family as InstanceFamily) || !out) {
  console.error(`usage: matching-instance.ts <${INSTANCE_FAMILIES.join('|')}> <items> <engineers> <seed> <out.json>`)
  process.exit(2)
}
const instance = generateInstance({
  family: family as InstanceFamily,
  items: Number(items),
  engineers: Number(engineers),
  seed: Number(seed),
})
writeFileSync(out, JSON.stringify(instance))
