import type { WorkType } from '../core/work-types'

/**
 * The work-type classifier's vocabulary: for each type, words and phrases as an
 * engineer would write them in a ticket, with a weight.
 *
 *   3  decisive on its own ("OAuth", "p99", "terraform", "README")
 *   2  a strong hint that other words can outvote ("token", "pipeline", "guide")
 *   1  a weak hint, only useful alongside others ("form", "design", "model")
 *
 * Write entries in their natural spelling; classify.ts stems both the entries and
 * the ticket text the same way, so "optimise" also covers "optimized" and
 * "optimisation", and "test" covers "tests" and "testing". Multi-word entries
 * match consecutive words and win over the single words inside them ("memory
 * leak" is one performance signal, not also a "memory" one). "200ms" stands for
 * any duration written as a number of seconds or milliseconds ("8s", "450ms").
 *
 * Keep an entry only if it is common in real tickets of that type, and never
 * add two entries that stem to the same words (a test checks). The labelled
 * titles in tests/unit/work-items measure whether a change helps; the held-out
 * ones only stay honest if they are not used to pick entries.
 */
export const KEYWORDS: Readonly<Record<WorkType, Readonly<Record<string, number>>>> = {
  CRUD_SCAFFOLDING: {
    crud: 3, scaffold: 3, 'admin page': 3, 'admin panel': 3, 'admin screen': 3, 'admin ui': 3,
    'create read update delete': 3, 'rest resource': 3,
    'back office': 2, backoffice: 2, 'list view': 2, 'detail view': 2, 'detail page': 2, 'edit form': 2,
    'settings page': 2, 'settings screen': 2, 'add field': 2, 'new field': 2, 'table view': 2, entity: 2,
    form: 1, manage: 1, list: 1, edit: 1, endpoint: 1, archive: 1, page: 1, table: 1, entries: 1, record: 1,
    delete: 1, remove: 1,
  },
  BOILERPLATE: {
    boilerplate: 3, skeleton: 3, codegen: 3, 'code generation': 3, 'generate client': 3, eslint: 3, prettier: 3,
    dto: 3, mapper: 3, 'wire up': 3, 'dependency injection': 3, codemod: 3, tsconfig: 3,
    'api client': 2, lint: 2, template: 2, config: 2, configure: 2, configuration: 2, storybook: 2, rename: 2,
    bump: 2, copy: 2, 'type definitions': 2, typings: 2, 'project structure': 2, 'new package': 2, wrapper: 2,
    convert: 2, deprecated: 2, mechanical: 2,
    deps: 3, dependency: 2, 'remove unused': 3, unnecessary: 2, cleanup: 2, 'clean up': 2,
    typo: 3, spelling: 2, warning: 2, 'error message': 2, types: 2, typecheck: 2, polyfill: 2,
    setup: 1, 'set up': 1, middleware: 1, upgrade: 1, standard: 1, shared: 1, across: 1, replace: 1, helper: 1,
  },
  TEST_GENERATION: {
    'unit test': 3, 'integration test': 3, e2e: 3, 'end to end': 3, 'test coverage': 3, 'test case': 3,
    'snapshot test': 3, 'regression test': 3, 'property based': 3, playwright: 3, cypress: 3, jest: 3,
    vitest: 3, 'contract test': 3, 'load test': 3,
    test: 2, coverage: 2, flaky: 2, fixture: 2, fuzz: 2,
    spec: 1, qa: 1, cover: 1,
  },
  DOCUMENTATION: {
    docs: 3, documentation: 3, readme: 3, handbook: 3, 'api reference': 3, jsdoc: 3, tsdoc: 3, docstring: 3,
    changelog: 3, 'release notes': 3, 'migration notes': 3, runbook: 3, playbook: 3, wiki: 3, confluence: 3,
    tutorial: 3, 'onboarding guide': 3,
    document: 2, guide: 2, 'how to': 2, 'write up': 2, explain: 2,
    reference: 1, comments: 1, notes: 1, diagram: 1,
  },
  RAPID_PROTOTYPING: {
    spike: 3, prototype: 3, poc: 3, 'proof of concept': 3, 'mock up': 3, mockup: 3, throwaway: 3, hackathon: 3,
    demo: 2, experiment: 2, 'try out': 2, mvp: 2, 'user testing': 2, clickable: 2, feasibility: 2, evaluate: 2,
    rough: 2,
    quick: 1, sandbox: 1, try: 1,
  },
  CODE_REVIEW: {
    review: 2, 'code review': 3, 'pull request': 3, 'merge request': 3, 'second pair of eyes': 3,
    pr: 2, prs: 2, 'look over': 2, approve: 2, 'before merge': 2, 'sign off': 2, 'feedback on': 2,
    'before we merge': 2,
    mr: 1, merge: 1,
  },
  COMPLEX_STATE: {
    'state machine': 3, 'state management': 3, undo: 3, redo: 3, 'race condition': 3, 'optimistic update': 3,
    'multi step': 3, 'cache invalidation': 3, 'concurrent edit': 3, redux: 3, zustand: 3, 'in sync': 3,
    'out of sync': 3, 'lost update': 3, concurrency: 3, deadlock: 3,
    wizard: 2, state: 2, sync: 2, synchronise: 2, conflict: 2, rollback: 2, persist: 2, stale: 2, lifecycle: 2,
    transition: 2, collaborative: 2, 'back button': 2, 'loses progress': 2, 'between tabs': 2, offline: 2,
    overwrite: 2, overwritten: 2, concurrent: 2, inconsistent: 2, reconcile: 2, reconnect: 2, reconnection: 2,
    race: 2, restart: 2, hmr: 2,
    store: 1, 'real time': 1, workflow: 1, stuck: 1, draft: 1, tabs: 1, status: 1,
  },
  PERFORMANCE_CRITICAL: {
    performance: 3, perf: 3, latency: 3, p99: 3, p95: 3, slow: 3, 'speed up': 3, optimise: 3, 'hot path': 3,
    throughput: 3, 'memory leak': 3, 'n+1': 3, 'query plan': 3, 'bundle size': 3, 'under load': 3, benchmark: 3,
    bottleneck: 3, 'load time': 3, slowness: 3, backtracking: 3, jank: 3, fps: 3, ttfb: 3, 'core web vitals': 3, sluggish: 3, 'cold start': 3, 'lazy load': 3,
    faster: 2, memory: 2, cpu: 2, cache: 1, timeout: 2, scalability: 2, lag: 2, '200ms': 2, blocking: 2,
    expensive: 2, hang: 2, freeze: 2, speed: 2,
    profile: 1, load: 1, scale: 1, reduce: 1, takes: 1, thread: 1, seconds: 1, heavy: 1,
  },
  SECURITY_AUTH: {
    security: 3, auth: 3, authentication: 3, authorisation: 3, oauth: 3, login: 3, 'log in': 3, 'sign in': 3,
    sso: 3, saml: 3, oidc: 3, '2fa': 3, mfa: 3, 'two factor': 3, password: 3, permission: 3, rbac: 3,
    'access control': 3, csrf: 3, xss: 3, 'sql injection': 3, vulnerability: 3, cve: 3, secret: 3, 'api key': 3,
    jwt: 3, samesite: 3, privilege: 3, idor: 3, pentest: 3, pii: 3, encrypt: 3, encryption: 3, unauthorised: 3,
    credentials: 3, 'brute force': 3, 'cross site scripting': 3, 'path traversal': 3, 'server fs': 3,
    untrusted: 3, trustworthy: 2, lockout: 3, acl: 3, 'row level security': 3,
    secure: 2, token: 2, session: 2, cookie: 2, role: 2, 'rate limit': 2, injection: 2, cors: 2, gdpr: 2,
    'audit log': 2, 'other tenants': 2, okta: 2, access: 2, allowed: 2, forbidden: 2, sanitise: 2, tls: 2,
    certificate: 2, hash: 2, 'should be able to': 2,
    tenant: 1, owner: 1, escape: 1, audit: 1,
  },
  NOVEL_PROBLEM: {
    research: 3, 'figure out': 3, algorithm: 3, predict: 3, 'machine learning': 3, heuristic: 3, novel: 3,
    unsolved: 3, solver: 3, 'anomaly detection': 3, forecast: 3, 'find a way': 3,
    investigate: 2, investigation: 2, explore: 2, exploration: 2, unknown: 2, 'root cause': 2, ml: 2, fuzzy: 2,
    deduplicate: 2, ocr: 2, recommendation: 2, ranking: 2, approach: 2, crdt: 2, nlp: 2, classifier: 2,
    scheduling: 2, mystery: 2, 'work out': 2, 'whether we can': 2, 'is it possible': 2, detect: 2, fraud: 2,
    unclear: 2, optimal: 2, inference: 2, llm: 2, dedupe: 2, duplicates: 2, 'duplicate detection': 3,
    why: 1, intermittent: 1, model: 1, automatically: 1, matching: 1,
  },
  INFRASTRUCTURE: {
    infrastructure: 3, infra: 3, terraform: 3, kubernetes: 3, k8s: 3, helm: 3, docker: 3, cluster: 3,
    'ci pipeline': 3, 'github actions': 3, deploy: 3, deployment: 3, 'blue green': 3, canary: 3, rds: 3, vpc: 3,
    dns: 3, 'load balancer': 3, monitoring: 3, datadog: 3, prometheus: 3, grafana: 3, observability: 3,
    backup: 3, replica: 3, autoscaling: 3, nginx: 3, ec2: 3, ecs: 3, fargate: 3, ansible: 3, pulumi: 3,
    provision: 3, failover: 3, 'disaster recovery': 3,
    ci: 2, pipeline: 2, container: 2, aws: 2, gcp: 2, azure: 2, s3: 2, iam: 2, alert: 2, staging: 2, kafka: 2,
    cdn: 2, runner: 2, 'database upgrade': 2, production: 2, lambda: 2, serverless: 2, cron: 2, heroku: 2,
    uptime: 2, outage: 2, disk: 2, 'worker pool': 2, lockfile: 2, port: 1,
    cd: 1, environment: 1, server: 1, postgres: 1, queue: 1, logs: 1, build: 1, database: 1, workers: 1,
    redis: 1,
  },
  ARCHITECTURE: {
    architecture: 3, architectural: 3, monolith: 3, boundary: 3, 'bounded context': 3, 'event driven': 3,
    'event bus': 3, 'message bus': 3, rfc: 3, adr: 3, 'design doc': 3, 'system design': 3, 'plugin system': 3,
    hexagonal: 3, decouple: 3, 'api design': 3, 'technical direction': 3, cqrs: 3, coupling: 3,
    'migration strategy': 3,
    microservice: 2, split: 2, domain: 2, 'event schema': 2, bus: 2, plugin: 2, extensibility: 2, layer: 2,
    modular: 2, federation: 2, 'multi tenant': 2, strategy: 2, decide: 2, decision: 2, 'data model': 2,
    'its own service': 2, extract: 2, 'trade off': 2, abstraction: 2, 'move off': 2, rewrite: 2,
    design: 1, contract: 1, isolation: 1, 'long term': 1, legacy: 1, separate: 1, communicate: 1, vs: 1,
    refactor: 1,
  },
}
