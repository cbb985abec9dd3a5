/** Residual capacity at or below FLOW_EPS counts as none; reduced costs within COST_EPS of each other tie. */
const FLOW_EPS = 1e-12
const COST_EPS = 1e-9

/**
 * Min-cost flow for the small dense networks of relaxation.ts, by the primal-dual
 * method: a Dijkstra on reduced costs finds the distance to the sink, then a
 * blocking flow (Dinic) saturates every path of that length at once. Capacities
 * are real numbers; paths are augmented only while they lower the cost, so the
 * result is the cheapest flow of any size, not the cheapest maximum flow.
 *
 * Why it is fast here: costs come from survey scores (hundredths), so many paths
 * tie and there are far fewer phases than augmenting paths (20000x1000: ~160
 * phases for 1500-2000 paths); each node keeps a list of only its edges with
 * residual capacity (an engineer has one reverse edge per group, almost all
 * empty); and the Dijkstra records for each node the edges that reach it at its
 * distance, which is the admissible subgraph the blocking flow runs on, so a
 * phase scans the network once.
 */
export class FlowNetwork {
  private readonly from: Int32Array
  private readonly to: Int32Array
  readonly residual: Float64Array
  private readonly cost: Float64Array
  private edges = 0
  private solver: PrimalDual | undefined

  constructor(
    private readonly nodes: number,
    maxEdges: number,
  ) {
    this.from = new Int32Array(2 * maxEdges)
    this.to = new Int32Array(2 * maxEdges)
    this.residual = new Float64Array(2 * maxEdges)
    this.cost = new Float64Array(2 * maxEdges)
  }

  /** Adds u -> v and returns its id; the flow on it is later residual[id ^ 1]. */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    const id = this.edges
    this.link(u, v, capacity, cost)
    this.link(v, u, 0, -cost)
    return id
  }

  flowOn(edge: number): number {
    return this.residual[edge ^ 1]
  }

  private link(u: number, v: number, capacity: number, cost: number): void {
    const id = this.edges++
    this.from[id] = u
    this.to[id] = v
    this.residual[id] = capacity
    this.cost[id] = cost
  }

  /** Sets edge `id`'s capacity and clears its flow (to re-solve the same network with other capacities). */
  setCapacity(id: number, capacity: number): void {
    this.residual[id] = capacity
    this.residual[id ^ 1] = 0
  }

  /**
   * Solves from zero flow: every edge's flow must be clear (as after addEdge or
   * setCapacity), and edges must have been added in topological order, so one
   * sweep gives shortest distances, the first potentials. `maxAugmentations` caps
   * the augmenting paths. Returns the total cost (negative = profit).
   */
  minimiseCost(source: number, sink: number, maxAugmentations: number): number {
    const { nodes, edges, from, to, residual, cost } = this
    this.solver ??= new PrimalDual(nodes, edges, from, to, residual, cost)
    this.solver.run(source, sink, maxAugmentations)
    let total = 0
    for (let id = 0; id < edges; id += 2) total += cost[id] * residual[id + 1]
    return total
  }
}

/**
 * The solver over a network's edge arrays, with its own arrays allocated once and
 * reused by later solves. Split into small methods so that V8 optimises each
 * with its own type feedback (one large function got deoptimised and recompiled
 * on first use).
 */
class PrimalDual {
  private readonly potential: Float64Array
  /** Per node, its edges with residual capacity: live[liveStart[u] .. liveStart[u] + liveCount[u]), with their heads and costs alongside, so the Dijkstra reads them in sequence. */
  private readonly liveStart: Int32Array
  private readonly liveCount: Int32Array
  private readonly live: Int32Array
  private readonly liveTo: Int32Array
  private readonly liveCost: Float64Array
  private readonly livePos: Int32Array
  private readonly dist: Float64Array
  private readonly done: Uint8Array
  private readonly heap: MinHeap
  /** Per node, the edges that reach it at its distance (a linked list in tightEdge / tightNext). */
  private readonly tightHead: Int32Array
  private readonly tightEdge: Int32Array
  private readonly tightNext: Int32Array
  /** The admissible subgraph of a phase by tail node: admissible[admStart[u] .. admStart[u + 1]). */
  private readonly admStart: Int32Array
  private readonly admissible: Int32Array
  private readonly level: Int32Array
  private readonly arc: Int32Array
  private readonly queue: Int32Array
  private readonly path: Int32Array

  constructor(
    private readonly nodes: number,
    private readonly edges: number,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    private readonly residual: Float64Array,
    private readonly cost: Float64Array,
  ) {
    this.potential = new Float64Array(nodes)
    this.liveStart = new Int32Array(nodes + 1)
    for (let id = 0; id < edges; id++) this.liveStart[from[id] + 1]++
    for (let u = 0; u < nodes; u++) this.liveStart[u + 1] += this.liveStart[u]
    this.liveCount = new Int32Array(nodes)
    this.live = new Int32Array(edges)
    this.liveTo = new Int32Array(edges)
    this.liveCost = new Float64Array(edges)
    this.livePos = new Int32Array(edges)
    this.dist = new Float64Array(nodes)
    this.done = new Uint8Array(nodes)
    this.heap = new MinHeap(edges + nodes)
    this.tightHead = new Int32Array(nodes)
    this.tightEdge = new Int32Array(edges)
    this.tightNext = new Int32Array(edges)
    this.admStart = new Int32Array(nodes + 1)
    this.admissible = new Int32Array(2 * edges)
    this.level = new Int32Array(nodes)
    this.arc = new Int32Array(nodes)
    this.queue = new Int32Array(nodes)
    this.path = new Int32Array(nodes)
  }

  run(source: number, sink: number, maxAugmentations: number): void {
    const { nodes, edges, from, to, cost, potential } = this
    potential.fill(Number.POSITIVE_INFINITY)
    potential[source] = 0
    for (let id = 0; id < edges; id += 2) potential[to[id]] = Math.min(potential[to[id]], potential[from[id]] + cost[id])
    for (let v = 0; v < nodes; v++) if (potential[v] === Number.POSITIVE_INFINITY) potential[v] = 0
    this.liveCount.fill(0)
    this.livePos.fill(-1)
    for (let id = 0; id < edges; id++) this.revive(id)
    let augmentations = 0
    while (augmentations < maxAugmentations) {
      const reach = this.distances(source, sink)
      if (reach === Number.POSITIVE_INFINITY) break
      for (let v = 0; v < nodes; v++) potential[v] += Math.min(this.dist[v], reach)
      if (potential[sink] - potential[source] >= -1e-12) break
      this.admissibleSubgraph()
      augmentations += this.blockingFlow(source, sink, maxAugmentations - augmentations)
    }
  }

  private revive(id: number): void {
    const { livePos, residual } = this
    if (livePos[id] >= 0 || residual[id] <= FLOW_EPS) return
    const u = this.from[id]
    const at = (livePos[id] = this.liveStart[u] + this.liveCount[u]++)
    this.live[at] = id
    this.liveTo[at] = this.to[id]
    this.liveCost[at] = this.cost[id]
  }

  private retire(id: number): void {
    const { livePos, live, liveTo, liveCost } = this
    if (livePos[id] < 0 || this.residual[id] > FLOW_EPS) return
    const u = this.from[id]
    const end = this.liveStart[u] + --this.liveCount[u]
    const at = livePos[id]
    const last = live[end]
    live[at] = last
    liveTo[at] = liveTo[end]
    liveCost[at] = liveCost[end]
    livePos[last] = at
    livePos[id] = -1
  }

  /** Dijkstra on reduced costs, recording tight edges; returns the sink's distance (infinite if unreachable). */
  private distances(source: number, sink: number): number {
    const { dist, done, heap, potential, liveStart, liveCount, live, liveTo, liveCost, tightHead, tightEdge, tightNext } = this
    dist.fill(Number.POSITIVE_INFINITY)
    done.fill(0)
    tightHead.fill(-1)
    let tight = 0
    dist[source] = 0
    heap.clear()
    heap.push(0, source)
    // Past the sink only nodes tied with it are settled: they may lie on other shortest paths.
    let reach = Number.POSITIVE_INFINITY
    while (heap.size > 0 && heap.top() <= reach + COST_EPS) {
      const u = heap.pop()
      if (done[u]) continue
      done[u] = 1
      if (u === sink) {
        reach = dist[u]
        continue
      }
      const du = dist[u]
      const base = du + potential[u]
      for (let k = liveStart[u], end = k + liveCount[u]; k < end; k++) {
        const v = liveTo[k]
        if (done[v]) continue
        // Rounding can leave a reduced cost a hair below zero: clamp it.
        const d = Math.max(du, base + liveCost[k] - potential[v])
        const dv = dist[v]
        if (d > dv + COST_EPS) continue
        if (d < dv - COST_EPS) tightHead[v] = -1
        tightEdge[tight] = live[k]
        tightNext[tight] = tightHead[v]
        tightHead[v] = tight++
        if (d < dv) {
          dist[v] = d
          heap.push(d, v)
        }
      }
    }
    return reach
  }

  /** The tight edges into settled nodes, each also backwards (a reverse edge gains residual as flow is pushed). */
  private admissibleSubgraph(): void {
    const { nodes, from, done, tightHead, tightEdge, tightNext, admStart, admissible, arc } = this
    admStart.fill(0)
    for (let v = 0; v < nodes; v++) {
      if (!done[v]) continue
      for (let t = tightHead[v]; t >= 0; t = tightNext[t]) {
        admStart[from[tightEdge[t]] + 1]++
        admStart[v + 1]++
      }
    }
    for (let u = 0; u < nodes; u++) admStart[u + 1] += admStart[u]
    arc.set(admStart.subarray(0, nodes))
    for (let v = 0; v < nodes; v++) {
      if (!done[v]) continue
      for (let t = tightHead[v]; t >= 0; t = tightNext[t]) {
        const id = tightEdge[t]
        admissible[arc[from[id]]++] = id
        admissible[arc[v]++] = id ^ 1
      }
    }
  }

  /** Dinic on the admissible subgraph: BFS levels, then paths along rising levels, each node resuming at its current arc. Returns the paths augmented. */
  private blockingFlow(source: number, sink: number, maxAugmentations: number): number {
    const { nodes, from, to, residual, admStart, admissible, level, arc, queue, path } = this
    let augmentations = 0
    for (;;) {
      level.fill(-1)
      level[source] = 0
      let tail = 0
      queue[tail++] = source
      for (let q = 0; q < tail; q++) {
        const u = queue[q]
        for (let k = admStart[u]; k < admStart[u + 1]; k++) {
          const id = admissible[k]
          if (residual[id] > FLOW_EPS && level[to[id]] < 0) {
            level[to[id]] = level[u] + 1
            queue[tail++] = to[id]
          }
        }
      }
      if (level[sink] < 0) return augmentations
      arc.set(admStart.subarray(0, nodes))
      let u = source
      let depth = 0
      while (augmentations < maxAugmentations) {
        if (u === sink) {
          let push = Number.POSITIVE_INFINITY
          for (let k = 0; k < depth; k++) push = Math.min(push, residual[path[k]])
          for (let k = 0; k < depth; k++) {
            const id = path[k]
            residual[id] -= push
            residual[id ^ 1] += push
            this.retire(id)
            this.revive(id ^ 1)
          }
          augmentations++
          u = source
          depth = 0
          continue
        }
        const end = admStart[u + 1]
        while (arc[u] < end && !(residual[admissible[arc[u]]] > FLOW_EPS && level[to[admissible[arc[u]]]] === level[u] + 1)) arc[u]++
        if (arc[u] < end) {
          const id = admissible[arc[u]]
          path[depth++] = id
          u = to[id]
          continue
        }
        if (u === source) break
        level[u] = -1
        u = from[path[--depth]]
        arc[u]++
      }
      if (augmentations >= maxAugmentations) return augmentations
    }
  }
}

/** Binary heap of (key, node) with lazy deletion, on typed arrays. */
class MinHeap {
  private readonly keys: Float64Array
  private readonly values: Int32Array
  size = 0

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity + 1)
    this.values = new Int32Array(capacity + 1)
  }

  /** The smallest key (the heap must not be empty). */
  top(): number {
    return this.keys[0]
  }

  clear(): void {
    this.size = 0
  }

  push(key: number, value: number): void {
    const { keys, values } = this
    let k = this.size++
    while (k > 0) {
      const up = (k - 1) >> 1
      if (keys[up] <= key) break
      keys[k] = keys[up]
      values[k] = values[up]
      k = up
    }
    keys[k] = key
    values[k] = value
  }

  pop(): number {
    const { keys, values } = this
    const top = values[0]
    const lastKey = keys[--this.size]
    const lastValue = values[this.size]
    let k = 0
    for (;;) {
      let child = 2 * k + 1
      if (child >= this.size) break
      if (child + 1 < this.size && keys[child + 1] < keys[child]) child++
      if (keys[child] >= lastKey) break
      keys[k] = keys[child]
      values[k] = values[child]
      k = child
    }
    keys[k] = lastKey
    values[k] = lastValue
    return top
  }
}
