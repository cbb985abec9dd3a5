import { config } from 'zod'

// Runs in the browser before the app hydrates. Zod 4 compiles object parsers with `new Function` and
// first probes whether it may; under our Content-Security-Policy (no 'unsafe-eval') that probe is
// blocked and reported as a violation on every page that parses a form, although Zod swallows the
// error. Without the compiler Zod never probes; forms parse a handful of fields, so speed is unaffected.
config({ jitless: true })
