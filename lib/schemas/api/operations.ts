import { dashboardOperations } from './dashboard'
import { peopleOperations } from './people'
import { planOperations } from './plans'
import { sprintOperations } from './sprints'
import { workItemOperations } from './work-items'
import type { ApiOperation } from './operation'

const ALL = [...workItemOperations, ...sprintOperations, ...planOperations, ...peopleOperations, ...dashboardOperations]
type AnyOperation = (typeof ALL)[number]
export type OperationId = AnyOperation['id']

/** Every documented /api/v1 operation: the OpenAPI document and the probes are built from this list. */
export const API_OPERATIONS: readonly ApiOperation[] = ALL

/** One operation with its schemas' types, for its route handler. */
export function operationById<I extends OperationId>(id: I): Extract<AnyOperation, { id: I }> {
  const found = ALL.find((o): o is Extract<AnyOperation, { id: I }> => o.id === id)
  if (!found) throw new Error(`Unknown API operation ${id}`)
  return found
}
