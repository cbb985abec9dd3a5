import { createApiDocument } from '@/lib/server/api/openapi'

// The API's own description is public: it names operations and shapes, never data.
const document = JSON.stringify(createApiDocument())

export function GET() {
  return new Response(document, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
