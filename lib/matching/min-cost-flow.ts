/**
 * Min-cost flow by successive shortest paths (Dijkstra on reduced costs, stopping
 * at the sink), for the small dense networks of relaxation.ts. Capacities are real
 * numbers; a path is augmented only while it lowers the cost, so the result is the
 * cheapest flow of any size, not the cheapest maximum flow.
 */
export class FlowNetwork {
  private readonly head: Int32Array
  private readonly next: Int32Array
  private readonly to: Int32Array
  readonly residual: Float64Array
  private readonly cost: Float64Array
  private edges = 0

  constructor(
    private readonly nodes: number,
    maxEdges: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1)
    this.next = new Int32Array(2 * maxEdges)
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
    this.to[id] = v
    this.residual[id] = capacity
    this.cost[id] = cost
    this.next[id] = this.head[u]
    this.head[u] = id
  }

  /**
   * `potential` must make every residual edge's reduced cost non-negative (for a
   * network whose edges all point "forward", their shortest-path distances do).
   * Returns the total cost (negative = profit).
   */
  minimiseCost(source: number, sink: number, potential: Float64Array, maxAugmentations: number): number {
    const { nodes, head, next, to, residual, cost } = this
    const dist = new Float64Array(nodes)
    const parent = new Int32Array(nodes)
    const done = new Uint8Array(nodes)
    const heap = new MinHeap(this.edges + nodes)
    let total = 0
    for (let round = 0; round < maxAugmentations; round++) {
      dist.fill(Number.POSITIVE_INFINITY)
      done.fill(0)
      dist[source] = 0
      heap.clear()
      heap.push(0, source)
      while (heap.size > 0) {
        const u = heap.pop()
        if (done[u]) continue
        done[u] = 1
        if (u === sink) break
        for (let id = head[u]; id >= 0; id = next[id]) {
          if (residual[id] <= 1e-12) continue
          const v = to[id]
          const reduced = Math.max(0, cost[id] + potential[u] - potential[v])
          if (dist[u] + reduced < dist[v]) {
            dist[v] = dist[u] + reduced
            parent[v] = id
            heap.push(dist[v], v)
          }
        }
      }
      if (!done[sink]) break
      const reach = dist[sink]
      for (let v = 0; v < nodes; v++) potential[v] += Math.min(dist[v], reach)
      const pathCost = potential[sink] - potential[source]
      if (pathCost >= -1e-12) break
      let push = Number.POSITIVE_INFINITY
      for (let v = sink; v !== source; v = to[parent[v] ^ 1]) push = Math.min(push, residual[parent[v]])
      for (let v = sink; v !== source; v = to[parent[v] ^ 1]) {
        residual[parent[v]] -= push
        residual[parent[v] ^ 1] += push
      }
      total += push * pathCost
    }
    return total
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
