import type { WorkType } from '../../lib/core/work-types'

// The demo organisation "Acme": people, teams and realistic work. Plain data, no logic.

export const DEMO_PASSWORD = 'plural-demo-2026'

/** Where a copy of the demo lives: `acme` for people trying Plural; each e2e spec seeds its own copy. */
export type DemoTenant = { slug: string; emailDomain: string }
export const DEMO_TENANT: DemoTenant = { slug: 'acme', emailDomain: 'acme.test' }

/** The copy an e2e spec owns, named after the spec, so no spec sees (or throttles) another's people. */
export const specTenant = (key: string): DemoTenant => ({ slug: `e2e-${key}`, emailDomain: `${key}.e2e.test` })

/** A demo person's e-mail in `tenant`: the local part of the demo data's address at the tenant's domain. */
export const demoEmail = (email: string, tenant: DemoTenant) => `${email.split('@')[0]}@${tenant.emailDomain}`

export type DemoPerson = {
  email: string
  name: string
  role: 'OWNER' | 'ADMIN' | 'MANAGER' | 'LEAD' | 'ENGINEER'
  teams: ('Platform' | 'Product')[]
  /** Target leanings 0..1 used to answer the survey; ties are deliberate for two people. */
  leaning?: { orchestration: number; craft: number; hybrid: number }
  enjoy?: WorkType[]
  avoid?: WorkType[]
  capacityHours?: number
  preferredMode?: 'orchestration' | 'craft' | 'hybrid'
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'owner@acme.test', name: 'Olivia Owens', role: 'OWNER', teams: [] },
  { email: 'admin@acme.test', name: 'Adam Adeyemi', role: 'ADMIN', teams: [] },
  { email: 'manager@acme.test', name: 'Maya Marquez', role: 'MANAGER', teams: ['Platform', 'Product'] },
  { email: 'lead@acme.test', name: 'Leo Lindqvist', role: 'LEAD', teams: ['Platform', 'Product'] },
  // Platform
  {
    email: 'engineer@acme.test',
    name: 'Ada Okafor',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.35, craft: 0.9, hybrid: 0.55 },
    enjoy: ['PERFORMANCE_CRITICAL', 'NOVEL_PROBLEM'],
    avoid: ['DOCUMENTATION'],
    preferredMode: 'craft',
  },
  {
    email: 'linus@acme.test',
    name: 'Linus Berg',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.25, craft: 0.95, hybrid: 0.4 },
    enjoy: ['INFRASTRUCTURE', 'SECURITY_AUTH'],
    avoid: ['BOILERPLATE', 'CRUD_SCAFFOLDING'],
  },
  {
    email: 'grace@acme.test',
    name: 'Grace Ho',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.9, craft: 0.4, hybrid: 0.6 },
    enjoy: ['RAPID_PROTOTYPING', 'TEST_GENERATION'],
  },
  {
    email: 'ken@acme.test',
    name: 'Ken Adams',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.6, craft: 0.6, hybrid: 0.85 },
    enjoy: ['COMPLEX_STATE'],
  },
  {
    email: 'barbara@acme.test',
    name: 'Barbara Liskov-Nunes',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.75, craft: 0.75, hybrid: 0.5 },
    enjoy: ['ARCHITECTURE'],
  },
  {
    email: 'dennis@acme.test',
    name: 'Dennis Rivera',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.45, craft: 0.8, hybrid: 0.6 },
    avoid: ['CODE_REVIEW'],
    capacityHours: 48,
  },
  {
    email: 'margaret@acme.test',
    name: 'Margaret Chen',
    role: 'ENGINEER',
    teams: ['Platform'],
    leaning: { orchestration: 0.85, craft: 0.5, hybrid: 0.65 },
    enjoy: ['DOCUMENTATION', 'CODE_REVIEW'],
  },
  // Product
  {
    email: 'frances@acme.test',
    name: 'Frances Allen',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.9, craft: 0.3, hybrid: 0.55 },
    enjoy: ['CRUD_SCAFFOLDING', 'BOILERPLATE'],
  },
  {
    email: 'edsger@acme.test',
    name: 'Edsger Dijk',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.3, craft: 0.85, hybrid: 0.5 },
    enjoy: ['ARCHITECTURE'],
    avoid: ['RAPID_PROTOTYPING'],
  },
  {
    email: 'katherine@acme.test',
    name: 'Katherine Johnson',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.65, craft: 0.55, hybrid: 0.9 },
  },
  {
    email: 'alan@acme.test',
    name: 'Alan Turing-Baptiste',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.7, craft: 0.7, hybrid: 0.45 },
    enjoy: ['NOVEL_PROBLEM'],
  },
  {
    email: 'radia@acme.test',
    name: 'Radia Perlman',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.8, craft: 0.45, hybrid: 0.7 },
    capacityHours: 40,
  },
  {
    email: 'tim@acme.test',
    name: 'Tim Berners',
    role: 'ENGINEER',
    teams: ['Product'],
    leaning: { orchestration: 0.55, craft: 0.5, hybrid: 0.8 },
    avoid: ['SECURITY_AUTH'],
  },
]

type Item = [title: string, type: WorkType, hours: number, priority: 1 | 2 | 3 | 4]

export const PLATFORM_CURRENT: Item[] = [
  ['Scaffold admin CRUD for feature flags', 'CRUD_SCAFFOLDING', 6, 2],
  ['Generate REST endpoints for billing contacts', 'CRUD_SCAFFOLDING', 8, 2],
  ['CRUD screens for API key management', 'CRUD_SCAFFOLDING', 5, 3],
  ['Boilerplate for new gRPC service skeleton', 'BOILERPLATE', 4, 2],
  ['Add typed config loader to worker services', 'BOILERPLATE', 3, 1],
  ['Wire logging middleware into all handlers', 'BOILERPLATE', 4, 2],
  ['Unit tests for rate limiter edge cases', 'TEST_GENERATION', 6, 3],
  ['Contract tests for payments webhooks', 'TEST_GENERATION', 8, 3],
  ['Property tests for date range parser', 'TEST_GENERATION', 4, 2],
  ['Write runbook for queue backlog alerts', 'DOCUMENTATION', 3, 2],
  ['Document the public events API', 'DOCUMENTATION', 5, 2],
  ['Update onboarding guide for new dev setup', 'DOCUMENTATION', 2, 1],
  ['Prototype usage-based pricing calculator', 'RAPID_PROTOTYPING', 10, 3],
  ['Spike: Slack bot for deploy notifications', 'RAPID_PROTOTYPING', 6, 2],
  ['Review backlog of dependency bump PRs', 'CODE_REVIEW', 4, 2],
  ['Review migration PRs for orders service', 'CODE_REVIEW', 5, 3],
  ['Sync engine for offline edits', 'COMPLEX_STATE', 14, 4],
  ['Undo/redo state machine for the editor', 'COMPLEX_STATE', 10, 3],
  ['Reconcile subscription states across providers', 'COMPLEX_STATE', 8, 3],
  ['Cut p99 latency of search endpoint below 120 ms', 'PERFORMANCE_CRITICAL', 16, 4],
  ['Optimise hot path in event ingestion', 'PERFORMANCE_CRITICAL', 12, 4],
  ['Reduce memory of report export job', 'PERFORMANCE_CRITICAL', 8, 3],
  ['Rotate signing keys without downtime', 'SECURITY_AUTH', 10, 4],
  ['Add SSO (SAML) for enterprise tenants', 'SECURITY_AUTH', 16, 4],
  ['Fix permission check on shared dashboards', 'SECURITY_AUTH', 5, 4],
  ['Design conflict-free merge for shared notes', 'NOVEL_PROBLEM', 14, 3],
  ['Explore anomaly detection for usage spikes', 'NOVEL_PROBLEM', 12, 2],
  ['Terraform module for regional read replicas', 'INFRASTRUCTURE', 10, 3],
  ['Migrate CI runners to ephemeral pool', 'INFRASTRUCTURE', 8, 3],
  ['Kubernetes autoscaling for workers', 'INFRASTRUCTURE', 9, 3],
  ['Architecture decision: event bus vs queues', 'ARCHITECTURE', 8, 3],
  ['Split monolith billing module boundaries', 'ARCHITECTURE', 12, 3],
  ['Seed data generator for staging', 'BOILERPLATE', 4, 1],
  ['Admin list page for audit exports', 'CRUD_SCAFFOLDING', 4, 1],
  ['Snapshot tests for email templates', 'TEST_GENERATION', 3, 1],
  ['Changelog for the 3.2 release', 'DOCUMENTATION', 2, 2],
  ['Prototype AI summary of incident timelines', 'RAPID_PROTOTYPING', 8, 2],
  ['Review infra-as-code PRs for networking', 'CODE_REVIEW', 3, 2],
  ['Cache invalidation for tenant settings', 'PERFORMANCE_CRITICAL', 6, 3],
  ['Audit session cookie flags across apps', 'SECURITY_AUTH', 4, 3],
  ['Backup restore drill automation', 'INFRASTRUCTURE', 6, 2],
  ['Pagination state for infinite lists', 'COMPLEX_STATE', 5, 2],
  ['Query planner hints for analytics store', 'NOVEL_PROBLEM', 8, 2],
  ['Define module boundaries for mobile app', 'ARCHITECTURE', 6, 2],
]

export const PRODUCT_CURRENT: Item[] = [
  ['Team settings page CRUD', 'CRUD_SCAFFOLDING', 6, 2],
  ['Invoice list and detail screens', 'CRUD_SCAFFOLDING', 8, 3],
  ['Form boilerplate for onboarding wizard', 'BOILERPLATE', 5, 2],
  ['E2E tests for checkout flow', 'TEST_GENERATION', 8, 3],
  ['Help-centre articles for new reports', 'DOCUMENTATION', 4, 2],
  ['Prototype drag-and-drop dashboard builder', 'RAPID_PROTOTYPING', 12, 3],
  ['Review accessibility fixes PRs', 'CODE_REVIEW', 4, 2],
  ['Optimistic updates for comments', 'COMPLEX_STATE', 8, 3],
  ['Speed up initial page load of reports', 'PERFORMANCE_CRITICAL', 10, 3],
  ['Two-factor authentication enrolment', 'SECURITY_AUTH', 12, 4],
  ['Recommendation ranking experiment design', 'NOVEL_PROBLEM', 10, 2],
  ['Feature flag rollout pipeline', 'INFRASTRUCTURE', 6, 2],
  ['Frontend state architecture proposal', 'ARCHITECTURE', 8, 3],
  ['Notification preferences CRUD', 'CRUD_SCAFFOLDING', 5, 2],
  ['Storybook stories for design system', 'BOILERPLATE', 6, 1],
  ['Visual regression tests for charts', 'TEST_GENERATION', 5, 2],
  ['API docs for webhooks v2', 'DOCUMENTATION', 3, 2],
  ['Prototype natural-language search', 'RAPID_PROTOTYPING', 8, 2],
  ['Collaborative cursor presence', 'COMPLEX_STATE', 10, 3],
  ['Lazy-load heavy chart bundles', 'PERFORMANCE_CRITICAL', 5, 2],
]

export const PAST_ITEMS: Item[] = [
  ['Scaffold customer import screens', 'CRUD_SCAFFOLDING', 6, 2],
  ['Boilerplate for metrics exporters', 'BOILERPLATE', 4, 2],
  ['Generate tests for pricing rules', 'TEST_GENERATION', 6, 3],
  ['Document retry semantics', 'DOCUMENTATION', 3, 2],
  ['Prototype usage alerts', 'RAPID_PROTOTYPING', 8, 2],
  ['Review search service PRs', 'CODE_REVIEW', 4, 2],
  ['Cart state reconciliation', 'COMPLEX_STATE', 10, 3],
  ['Tune database connection pooling', 'PERFORMANCE_CRITICAL', 10, 4],
  ['Harden password reset flow', 'SECURITY_AUTH', 8, 4],
  ['Investigate flaky clock skew bug', 'NOVEL_PROBLEM', 8, 3],
  ['Blue/green deploys for API', 'INFRASTRUCTURE', 10, 3],
  ['Service boundaries for notifications', 'ARCHITECTURE', 8, 3],
  ['Admin CRUD for coupons', 'CRUD_SCAFFOLDING', 5, 1],
  ['Integration tests for SSO callbacks', 'TEST_GENERATION', 5, 3],
  ['Optimise nightly aggregation job', 'PERFORMANCE_CRITICAL', 8, 3],
  ['Secrets rotation tooling', 'SECURITY_AUTH', 6, 3],
]

export const BACKLOG: Item[] = [
  ['Migrate to new logging vendor', 'INFRASTRUCTURE', 12, 2],
  ['Dark mode for marketing site', 'BOILERPLATE', 6, 1],
  ['Research CRDT libraries for offline mode', 'NOVEL_PROBLEM', 10, 2],
  ['Bulk edit for user roles', 'CRUD_SCAFFOLDING', 6, 2],
  ['Threat model for public API', 'SECURITY_AUTH', 8, 3],
  ['Write ADR template and guide', 'DOCUMENTATION', 2, 1],
]
