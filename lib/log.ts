import { logLevel } from '@/lib/env'

// Structured JSON logs. Keys that could carry secrets or personal answers are redacted at any depth.
const REDACTED = /pass|secret|token|hash|cookie|authorization|answers|comment|note/i

type Level = 'debug' | 'info' | 'warn' | 'error'
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack }
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, REDACTED.test(k) ? '[redacted]' : redact(v, depth + 1)]))
}

export function log(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (order[level] < order[logLevel()]) return
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...(redact(fields) as object) })
  if (level === 'error' || level === 'warn') console.error(line)
  else console.log(line)
}
