import { API_TOKEN_SCOPE_LABELS, API_TOKEN_SCOPES, canToken } from '@/lib/core/api-scopes'
import type { ApiOperation } from '@/lib/schemas/api/operation'
import { problemAnchor, PROBLEMS, type ProblemCode } from '@/lib/schemas/api/problem'
import { fieldRows, type JsonSchema } from '@/lib/schemas/api/reference'
import { FieldTable } from './field-table'

/** The slice of an OpenAPI operation object the reference reads. */
export type DocumentedOperation = {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema; description?: string }[]
  requestBody?: { content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>
}

const PARAMETER_PLACES = { path: 'Path parameters', query: 'Query parameters', header: 'Headers' } as const

const codeOfStatus = (status: string) =>
  (Object.keys(PROBLEMS) as ProblemCode[]).find((code) => String(PROBLEMS[code].status) === status) ?? null

/** One operation: method and path, the smallest scope allowed, parameters, body, answer and refusals. */
export function OperationSection({
  operation,
  documented,
  components,
}: {
  operation: ApiOperation
  documented: DocumentedOperation
  components: Record<string, JsonSchema>
}) {
  const scopes = API_TOKEN_SCOPES.filter((s) => canToken(s, 'OWNER', operation.permission))
  const [successStatus, success] = Object.entries(documented.responses).find(([status]) => status.startsWith('2')) ?? []
  const refusals = Object.keys(documented.responses).filter((status) => !status.startsWith('2'))
  const body = documented.requestBody?.content['application/json']?.schema
  const answer = success?.content?.['application/json']?.schema
  return (
    <section id={`op-${operation.id}`} aria-labelledby={`op-${operation.id}-title`} className="space-y-3 border-t border-slate-200 pt-4">
      <h3 id={`op-${operation.id}-title`} className="font-mono text-sm font-semibold">
        <span className="mr-1 rounded bg-slate-200 px-1.5 py-0.5 dark:bg-slate-700">{operation.method.toUpperCase()}</span> /api/v1
        {operation.path}
      </h3>
      <p className="text-sm">{operation.summary}.</p>
      <p className="text-sm">
        Scope: {scopes.map((s) => API_TOKEN_SCOPE_LABELS[s]).join(', ') || 'no token scope'} (permission <code>{operation.permission}</code>
        ).
        {operation.concurrency === 'if-match' ? ' Send If-Match with the ETag of the version you read.' : ''}
        {operation.concurrency === 'etag' ? ' The answer carries an ETag.' : ''}
      </p>
      {(['path', 'query', 'header'] as const).map((place) => {
        const params = documented.parameters?.filter((p) => p.in === place) ?? []
        const rows = params.map((p) => ({ ...fieldRows({ properties: { [p.name]: p.schema } }, components)[0], required: !!p.required }))
        return <FieldTable key={place} caption={PARAMETER_PLACES[place]} rows={rows} />
      })}
      {body ? <FieldTable caption="Request body (JSON)" rows={fieldRows(body, components)} /> : null}
      <p className="text-sm">
        Success: <strong>{successStatus}</strong> {success?.description}
        {answer ? '' : ' (no body)'}
      </p>
      {answer ? <FieldTable caption={`Answer ${successStatus} (JSON)`} rows={fieldRows(answer, components)} /> : null}
      <p className="text-sm">
        Refusals:{' '}
        {refusals.map((status, i) => {
          const code = codeOfStatus(status)
          return (
            <span key={status}>
              {i > 0 ? ', ' : ''}
              {code ? <a href={`#${problemAnchor(code)}`}>{`${status} ${code}`}</a> : status}
            </span>
          )
        })}
      </p>
    </section>
  )
}
