import { defineConfig } from 'prisma/config'

// Offline machines cannot download Prisma's native schema engine. generate/validate/format never
// run it, so point the CLI at a stub for those commands only; migrations go through
// scripts/migrate.mjs (WebAssembly engine). See docs/decisions/0001-offline-prisma.md.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && ['generate', 'validate', 'format'].includes(process.argv[2] ?? '')) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = 'scripts/schema-engine-unavailable.sh'
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
})
