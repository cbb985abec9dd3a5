// Prisma's schema engine as WebAssembly, so migrations work without the native binary
// (it cannot be downloaded offline). See docs/decisions/0001-offline-prisma.md.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'
import { PrismaPGlite } from 'pglite-prisma-adapter'

let loaded = false
function loadWasm() {
  if (loaded) return
  const file = createRequire(import.meta.url)
    .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    .replace(/\.js$/, '.wasm')
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {
    './schema_engine_bg.js': bg,
  })
  bg.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  loaded = true
}

export const noFilters = { externalTables: [], externalEnums: [] }

const engineFor = (adapter) => {
  loadWasm()
  return bg.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(adapter))
}

/** An engine connected to a real database (deploy, status). */
export const engineForUrl = (url) => engineFor(new PrismaPg({ connectionString: url }))

/** An engine on a throw-away in-memory PGlite (diffs need no server). */
export const engineInMemory = () => engineFor(new PrismaPGlite(new PGlite()))
