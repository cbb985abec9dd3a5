import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))
// `server-only` throws outside React Server Components; tests run server code directly.
const alias = { '@': root, 'server-only': `${root}tests/support/server-only-stub.ts` }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A non-UTC zone catches date maths that silently assumes UTC.
          env: { TZ: 'Asia/Kathmandu' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/per-file-db.ts'],
          // next-auth imports 'next/server' without an extension, which only a bundler resolves;
          // inlining lets Vite resolve it so action files (which import next-auth) can be loaded.
          server: { deps: { inline: ['next-auth'] } },
          // Each file has its own clone of the database on a real Postgres, and most of a file's time is
          // spent waiting on it, so three files run at once on two cores. The embedded database is one
          // session shared by every file: there they take turns.
          maxWorkers: process.env.DATABASE_URL ? 3 : 1,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
