import fc from 'fast-check'
import highsLoader from 'highs'
import { describe, expect, it } from 'vitest'
import { generateInstance, seededRandom } from '@/lib/matching'
import { FlowNetwork } from '@/lib/matching/min-cost-flow'
import { buildModel } from '@/lib/matching/model'
import { GroupLp, relax } from '@/lib/matching/relaxation'
import { lpBound } from '@/scripts/matching-bound'
import { toLpText } from '@/scripts/matching-highs'

interface Arc {
  u: number
  v: number
  capacity: number
  cost: number
}

/** Reference: cheapest path by Bellman-Ford, augmented while it lowers the cost. Slow and obviously right. */
function referenceMinCost(nodes: number, arcs: Arc[], source: number, sink: number): number {
  const to: number[] = []
  const residual: number[] = []
  const cost: number[] = []
  const from: number[] = []
  for (const a of arcs) {
    from.push(a.u, a.v)
    to.push(a.v, a.u)
    residual.push(a.capacity, 0)
    cost.push(a.cost, -a.cost)
  }
  let total = 0
  for (;;) {
    const dist = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY)
    const parent = new Array<number>(nodes).fill(-1)
    dist[source] = 0
    for (let round = 0; round < nodes; round++) {
      for (let id = 0; id < to.length; id++) {
        if (residual[id] > 1e-12 && dist[from[id]] + cost[id] < dist[to[id]] - 1e-12) {
          dist[to[id]] = dist[from[id]] + cost[id]
          parent[to[id]] = id
        }
      }
    }
    if (!(dist[sink] < -1e-12)) return total
    let push = Number.POSITIVE_INFINITY
    for (let v = sink; v !== source; v = from[parent[v]]) push = Math.min(push, residual[parent[v]])
    for (let v = sink; v !== source; v = from[parent[v]]) {
      residual[parent[v]] -= push
      residual[parent[v] ^ 1] += push
    }
    total += push * dist[sink]
  }
}

/** Networks shaped like the relaxation's (source -> groups -> [gate ->] engineers -> sink), costs in hundredths so paths tie. */
const networkArb = fc
  .record({ groups: fc.integer({ min: 1, max: 6 }), engineers: fc.integer({ min: 1, max: 6 }) })
  .chain(({ groups, engineers }) =>
    fc.record({
      groups: fc.constant(groups),
      engineers: fc.constant(engineers),
      supply: fc.array(
        fc.integer({ min: 1, max: 200 }).map((x) => x / 4),
        { minLength: groups, maxLength: groups },
      ),
      capacity: fc.array(
        fc.integer({ min: 0, max: 80 }).map((x) => x / 2),
        { minLength: engineers, maxLength: engineers },
      ),
      gate: fc.array(fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }), { minLength: engineers, maxLength: engineers }),
      gated: fc.array(fc.boolean(), { minLength: groups, maxLength: groups }),
      density: fc.array(
        fc.integer({ min: 0, max: 12 }).map((x) => x * 0.35),
        { minLength: groups * engineers, maxLength: groups * engineers },
      ),
    }),
  )

describe('FlowNetwork (primal-dual min-cost flow)', () => {
  it('finds the same minimum cost as a Bellman-Ford reference on random relaxation-shaped networks', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const { groups, engineers } = net
        const engineerNode = (e: number) => 1 + groups + e
        const gateNode = (e: number) => 1 + groups + engineers + e
        const sink = 1 + groups + 2 * engineers
        const arcs: Arc[] = []
        for (let g = 0; g < groups; g++) arcs.push({ u: 0, v: 1 + g, capacity: net.supply[g], cost: 0 })
        for (let g = 0; g < groups; g++) {
          for (let e = 0; e < engineers; e++) {
            const density = net.density[g * engineers + e]
            if (density <= 0) continue
            const target = net.gated[g] && net.gate[e] !== undefined ? gateNode(e) : engineerNode(e)
            arcs.push({ u: 1 + g, v: target, capacity: net.supply[g], cost: -density })
          }
        }
        for (let e = 0; e < engineers; e++) {
          if (net.gate[e] !== undefined) arcs.push({ u: gateNode(e), v: engineerNode(e), capacity: net.gate[e] as number, cost: 0 })
        }
        for (let e = 0; e < engineers; e++) arcs.push({ u: engineerNode(e), v: sink, capacity: net.capacity[e], cost: 0 })

        const flow = new FlowNetwork(sink + 1, arcs.length)
        for (const a of arcs) flow.addEdge(a.u, a.v, a.capacity, a.cost)
        const cost = flow.minimiseCost(0, sink, 10_000)
        expect(cost).toBeCloseTo(referenceMinCost(sink + 1, arcs, 0, sink), 6)
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same LP bound as HiGHS on generated instances of both families', { timeout: 60_000 }, async () => {
    const highs = await highsLoader()
    for (const family of ['standard', 'tight'] as const) {
      for (let seed = 1; seed <= 3; seed++) {
        const input = generateInstance({ family, items: 120, engineers: 12, seed })
        const lp = highs.solve(toLpText(input, { integer: false }), { output_flag: false })
        expect(lp.Status).toBe('Optimal')
        expect(lpBound(buildModel(input), true)).toBeCloseTo(lp.ObjectiveValue, 6)
      }
    }
  })

  it('re-solving one network for a subset of the items and less room gives the bound of a fresh solve', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('standard' as const, 'tight' as const), (seed, family) => {
        const model = buildModel(generateInstance({ family, items: 40, engineers: 5, seed }))
        const random = seededRandom(seed)
        const all = new Uint8Array(model.n).fill(1)
        const network = new GroupLp(model, all, model.capacity, model.orchestrationCap)
        // Several solves on the same network, as branch and bound does.
        for (let round = 0; round < 3; round++) {
          const subset = Uint8Array.from(all, () => (random() < 0.6 ? 1 : 0))
          // Room left after some hours are used, some of them orchestration (as when items are placed).
          const used = model.capacity.map((cap) => cap * random())
          const capacity = model.capacity.map((cap, e) => cap - used[e])
          const orchestration = model.orchestrationCap.map((cap, e) => cap - used[e] * random())
          const supply = new Float64Array(network.groupCount)
          for (let i = 0; i < model.n; i++) if (subset[i]) supply[network.groupOf[i]] += model.hours[i]
          const fresh = relax(model, subset, capacity, orchestration).bound
          expect(network.solve(supply, capacity, orchestration)).toBeCloseTo(fresh, 6)
        }
      }),
      { numRuns: 100 },
    )
  })
})
