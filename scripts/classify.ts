/**
 * `npm run classify -- [--train labelled.jsonl] --in titles.jsonl --out predictions.jsonl`
 *
 * The work-type classifier as a machine interface for evaluation. Training lines are
 * {"title", "description"?, "type"}; input lines {"title", "description"?}; each output line is
 * {"title", "type": string | null, "confidence", "alternatives", "reasons"} in input order
 * (type null = "not sure"). Without --train the rules decide alone. Any bad line stops the run with
 * a message naming the file and line, exit code 1, and no output file.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { suggestWithModel, trainWorkTypeModel } from '../lib/work-items/work-type-model'
import { WORK_TYPES } from '../lib/core/work-types'

const inputLine = z.object({ title: z.string().trim().min(1, 'title must not be empty'), description: z.string().optional() })
const trainingLine = inputLine.extend({ type: z.enum(WORK_TYPES, { error: `must be one of ${WORK_TYPES.join(', ')}` }) })

class InputError extends Error {}

function readLines<T>(path: string, schema: z.ZodType<T>): T[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new InputError(`${path}: cannot read the file`)
  }
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return []
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      throw new InputError(`${path}, line ${index + 1}: not valid JSON`)
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success)
      throw new InputError(
        `${path}, line ${index + 1}: ${parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
      )
    return [parsed.data]
  })
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name)
  if (at === -1) return undefined
  const value = args[at + 1]
  if (!value || value.startsWith('--')) throw new InputError(`${name} needs a file name`)
  return value
}

function main(args: readonly string[]) {
  const known = new Set(['--train', '--in', '--out'])
  const unknown = args.filter((a) => a.startsWith('--') && !known.has(a))
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown[0]}; use --train, --in and --out`)
  const input = option(args, '--in')
  const output = option(args, '--out')
  if (!input || !output)
    throw new InputError('usage: npm run classify -- [--train labelled.jsonl] --in titles.jsonl --out predictions.jsonl')
  const trainPath = option(args, '--train')
  const model = trainPath ? trainWorkTypeModel(readLines(trainPath, trainingLine)) : null
  const lines = readLines(input, inputLine).map(({ title, description }) => {
    const s = suggestWithModel(model, title, description ?? '')
    return JSON.stringify({
      title,
      type: s?.type ?? null,
      confidence: s?.confidence ?? 0,
      alternatives: s?.alternatives ?? [],
      reasons: s?.reasons ?? [],
    })
  })
  writeFileSync(output, lines.map((l) => `${l}\n`).join(''))
}

try {
  main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof InputError)) throw error
  process.stderr.write(`classify: ${error.message}\n`)
  process.exit(1)
}
