/** Only same-site paths may be redirect targets (no open redirect through ?next=). */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback
  return next
}
