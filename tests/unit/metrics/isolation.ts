// The reader's algebra, for the pulse replay tests: every shown aggregate is a sum over a set of
// answers (count and per-question sums), so anything in the linear span of the shown sets can be
// worked out. A group is isolated when its indicator lies in that span; this finds every isolated
// group of fewer than `threshold` distinct people.

export type Answer = { id: string; person: string }

const EPS = 1e-9

/** Row-reduces `rows` in place (Gauss–Jordan); returns the pivot column of each kept row. */
function reduce(rows: number[][]): { basis: number[][]; pivots: number[] } {
  const basis: number[][] = []
  const pivots: number[] = []
  for (const original of rows) {
    const row = reduceAgainst([...original], basis, pivots)
    const pivot = row.findIndex((x) => Math.abs(x) > EPS)
    if (pivot < 0) continue
    const scale = row[pivot]
    for (let j = 0; j < row.length; j++) row[j] /= scale
    for (const b of basis) {
      const f = b[pivot]
      if (Math.abs(f) > EPS) for (let j = 0; j < b.length; j++) b[j] -= f * row[j]
    }
    basis.push(row)
    pivots.push(pivot)
  }
  return { basis, pivots }
}

function reduceAgainst(row: number[], basis: number[][], pivots: number[]): number[] {
  basis.forEach((b, i) => {
    const f = row[pivots[i]]
    if (Math.abs(f) > EPS) for (let j = 0; j < row.length; j++) row[j] -= f * b[j]
  })
  return row
}

/** People (distinct) of every group of answers with fewer than `threshold` people that the shown sets isolate. */
export function isolatedSmallGroups(answers: readonly Answer[], shown: readonly ReadonlySet<string>[], threshold: number): string[][] {
  // Answers no shown set tells apart form one class; only whole classes can ever be isolated.
  const classes = new Map<string, Answer[]>()
  for (const a of answers) {
    const signature = shown.map((s) => (s.has(a.id) ? 1 : 0)).join('')
    if (!signature.includes('1')) continue
    classes.set(signature, [...(classes.get(signature) ?? []), a])
  }
  const list = [...classes.values()]
  const { basis, pivots } = reduce(shown.map((s) => list.map((members) => (s.has(members[0].id) ? 1 : 0))))
  const inSpan = (chosen: readonly number[]) => {
    const v = list.map((_, i) => (chosen.includes(i) ? 1 : 0))
    return reduceAgainst(v, basis, pivots).every((x) => Math.abs(x) < EPS)
  }
  const found: string[][] = []
  // Every union of classes with fewer than `threshold` people, grown one class at a time.
  const grow = (from: number, chosen: number[], people: Set<string>) => {
    for (let i = from; i < list.length; i++) {
      const next = new Set([...people, ...list[i].map((a) => a.person)])
      if (next.size >= threshold) continue
      const union = [...chosen, i]
      if (inSpan(union)) found.push([...next].sort())
      grow(i + 1, union, next)
    }
  }
  grow(0, [], new Set())
  return found
}
