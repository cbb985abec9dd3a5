import { config } from 'zod'

// Runs in the browser before the app hydrates. Zod 4 compiles object parsers with `new Function` and
// probes whether it may when an object schema is built; under our Content-Security-Policy (no
// 'unsafe-eval') the probe is blocked and reported as a violation wherever client code builds one (the
// survey's form, the planner board's matching engine), although Zod swallows the error. Without the
// compiler Zod never probes; the browser parses small inputs, so speed is unaffected.
config({ jitless: true })
