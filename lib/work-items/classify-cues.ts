import type { WorkType } from '../core/work-types'

/**
 * Phrase cues: patterns over the normalised ticket text (lower case, "-"/"_"/"/" as spaces; see
 * classify-text.ts) that read a word in its context before the keyword list (classify-rules.ts)
 * sees it. A cue claims every word it matches, so keywords inside it no longer count. That gives
 * three kinds of cue:
 *
 * - the verb's role: in "Write docs for the OAuth flow" the verb phrase decides and its object
 *   ("OAuth") is only the subject matter, so the cue claims the whole title;
 * - phrases over words: "literature review" is research, "invalidate the cache" is state;
 * - negative cues (type null): words that mean nothing here, e.g. "end-to-end" not followed by
 *   "test" ("an end-to-end integration prototype").
 *
 * Cues run in this order and a word claimed by one is not matched again by a later one.
 */
interface Cue {
  readonly pattern: RegExp
  readonly type: WorkType | null
  readonly weight: number
  /** Matched against the ticket as written instead of the normalised text (where case tells). */
  readonly asWritten?: boolean
}

/** Weaker than a keyword of weight 2: any word naming other work outvotes a corrective verb. */
const MAINTENANCE_WEIGHT = 1.5

const ART = String.raw`(?:(?:a|an|the|our|its|this|some|more|missing|better|proper)\s+)?`
const CONTAINER = String.raw`(?:library|libraries|package|packages|module|modules|crate|crates|core|service|services|plugin|plugins|sdk|component|components|workspace)`

/** Any "scope: " opening a title (normalised text): cues that read the first verb look behind it, so they never claim it. */
const SCOPE_PREFIX = String.raw`(?:[^\s:]+(?:\s[^\s:]+)*:\s+)?`

/**
 * A commit-style scope ("css:", "module-runner:", "optimizer:") names the part of the code the work is in,
 * not the kind of work: "optimizer: close the bundle" is not performance work. Scopes that are themselves
 * a kind of work (conventional-commit types such as "docs:", "test:", "perf:", "deps:") keep counting.
 * Only a lower-case identifier as written counts as a scope, so "Spike: …" and "Code review: …" still do.
 */
const WORK_KIND_SCOPES = 'docs?|tests?|perf|ci|deps|chore|security|types|refactor|config|lint|spike|poc|prototype|review'
/** One part of the code as a scope names it: "css", "module-runner", "k8s/ingress-nginx". */
const SCOPE_PART = String.raw`[a-z][\w.$@/-]*`
/**
 * A scope may list several parts ("middleware, k8s/crd:", "pg,mssql:"): changelogs of larger projects
 * write them so, and every part is a place in the code like a single one.
 */
export const CODE_SCOPE = new RegExp(
  String.raw`^(?!(?:${WORK_KIND_SCOPES})(?:\(|:|,))${SCOPE_PART}(?:,\s*${SCOPE_PART})*(?:\([\w.$@/,-]+\))?:(?=\s)`,
)

/**
 * A verb as a regular expression matching its inflections: changelogs write "Fixes …", "Added …",
 * "Updates …" where commit titles write "fix", "add", "update", and all name the same change. Entries
 * that are already patterns ("do\\s+not", "normali[sz]e") are kept as written.
 */
export function inflected(verb: string): string {
  if (!/^[a-z]+$/.test(verb)) return verb
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}(?:y|ies|ied|ying)`
  if (verb.endsWith('e')) return `${verb.slice(0, -1)}(?:e|es|ed|ing)`
  // A final consonant may double before -ed/-ing ("strip" → "stripped", "emit" → "emitting").
  const last = verb.at(-1)
  return `${verb}(?:s|es|ed|ing|${last}ed|${last}ing)?`
}

/**
 * Verbs of a small corrective change ("handle", "respect", "avoid", "preserve"), opening the title
 * (after any scope): the labelling guide counts such fixes in glue code as Boilerplate unless the
 * rest of the title names other work ("avoid a race" is still state), so the cue claims only the verb.
 */
export const MAINTENANCE_VERBS = [
  'handle',
  'respect',
  'avoid',
  'preserve',
  'normali[sz]e',
  'correct',
  'strip',
  'skip',
  'ensure',
  'allow',
  "don[’']?t",
  'do\\s+not',
  'use',
  'fall\\s*back(?:\\s+to)?',
  'support',
  'keep',
  'pass',
  'inline',
  'hide',
  'print',
  'resolve',
  'restore',
  'revert',
  'remove',
  'align',
  'apply',
  'include',
  'exclude',
  'emit',
  'reuse',
  'make',
  'ignore',
  'replace',
  'trim',
  'accept',
  'expose',
  'unify',
  'simplify',
  'warn',
  'throw',
  'return',
  'fix',
  'check',
  'improve',
  'omit',
  'enable',
  'disable',
  'drain',
  'externali[sz]e',
  'hoist',
  'convert',
  'forward',
  // Detecting a root, a runtime or a change is a check in glue code; detecting duplicates or fraud is
  // still novel work, by the words that follow ("detect duplicate invoices").
  'detect',
]
const MAINTENANCE = new RegExp(String.raw`(?<=^${SCOPE_PREFIX})(?:${MAINTENANCE_VERBS.map(inflected).join('|')})(?=\s|$)`)

/**
 * Verbs that refuse, restrict or hide something, opening the title: in the training titles (a security
 * library, a proxy, a build tool's dev server) "reject …", "enforce …", "sanitize …" and "harden …" were
 * security work whatever they applied to. Only as the opening verb: "when write() rejects" is a promise.
 * "Validate …" opening the title refuses input that is not as it should be (protected headers, claims,
 * key parameters); validation named elsewhere ("fails validation") is not counted.
 */
const SECURITY_VERBS = ['reject', 'enforce', 'sanitize', 'sanitise', 'harden', 'deny', 'forbid', 'conceal', 'validate']
const SECURITY_VERB = new RegExp(String.raw`(?<=^${SCOPE_PREFIX})(?:${SECURITY_VERBS.map(inflected).join('|')})(?=\s|$)`)

export const CUES: readonly Cue[] = [
  { pattern: CODE_SCOPE, type: null, weight: 0, asWritten: true },
  // Verb role: the verb phrase names the work; what follows is its subject matter.
  {
    pattern: new RegExp(
      String.raw`(?<=^${SCOPE_PREFIX})(?:write|add|update|improve|expand|extend|fix|clarify|create|rewrite|publish|polish)\s+${ART}(?:docs|documentation|readme|docstrings?|jsdoc|tutorials?|guides?|examples?\s+in\s+(?:the\s+)?docs|api\s+reference|changelog|release\s+notes|articles?|blog\s+posts?)\b.*$`,
    ),
    type: 'DOCUMENTATION',
    weight: 4,
  },
  {
    pattern: new RegExp(String.raw`(?<=^${SCOPE_PREFIX})(?:explain|document|describe|clarify|mention|note)\b.*$`),
    type: 'DOCUMENTATION',
    weight: 4,
  },
  { pattern: /\b(?:how\s+to|how\s+do\s+i|instructions\s+for|guide\s+(?:to|for|on))\b.*$/, type: 'DOCUMENTATION', weight: 2 },
  {
    pattern: new RegExp(
      String.raw`(?<=^${SCOPE_PREFIX})(?:write|add|create|increase|improve|backfill|expand|extend|fix)\s+${ART}(?:unit\s+|integration\s+|e2e\s+|end\s+to\s+end\s+|regression\s+|snapshot\s+|smoke\s+|property\s+based\s+)?(?:tests?|specs?|test\s+coverage|coverage|test\s+cases?)\b.*$`,
    ),
    type: 'TEST_GENERATION',
    weight: 4,
  },
  {
    pattern: /\breview\s+(?:of\s+)?(?:the\s+)?(?:design|architecture|api\s+design|data\s+model)\b(?:\s+(?:of|for)\b.*)?/,
    type: 'ARCHITECTURE',
    weight: 4,
  },
  { pattern: /\b(?:literature|prior\s+art|related\s+work)\s+(?:review|survey|search)\b/, type: 'NOVEL_PROBLEM', weight: 4 },
  {
    pattern: new RegExp(
      String.raw`\b(?:transform|turn|convert|extract|move|split|promote|graduate|factor|pull)\b.*?\b(?:into|to|out\s+of|as)\s+${ART}(?:own\s+|separate\s+|standalone\s+|reusable\s+|shared\s+|new\s+)?(?:\w+\s+)?${CONTAINER}\b`,
    ),
    type: 'ARCHITECTURE',
    weight: 4,
  },
  // Phrases over words.
  {
    pattern:
      /\binvalidat\w*\b(?:\s+\w+){0,3}?\s+cach\w*|\bcach\w*(?:\s+\w+){0,2}?\s+invalidat\w*|\bstale\s+cach\w*|\bcach\w*\s+(?:is\s+)?(?:stale|out\s+of\s+date|not\s+(?:updated|refreshed|cleared))/,
    type: 'COMPLEX_STATE',
    weight: 3,
  },
  {
    pattern: /\b(?:user|account|identity|scim)\s+provisioning\b|\bprovision(?:ing)?\s+(?:of\s+)?(?:users|accounts)\b/,
    type: 'SECURITY_AUTH',
    weight: 3,
  },
  {
    pattern: /\b(?:config(?:uration)?|settings?)\s+(?:options?|reference|values?|keys?)\s+(?:are\s+)?(?:undocumented|unclear|confusing)\b/,
    type: 'DOCUMENTATION',
    weight: 3,
  },
  {
    pattern:
      /\bcode\s+review\b|\breview\s+(?:the\s+|this\s+|my\s+)?(?:pr|prs|pull\s+requests?|merge\s+requests?|changes|patch|patches|diff)\b/,
    type: 'CODE_REVIEW',
    weight: 3,
  },
  { pattern: /\bdesign\s+review\b/, type: 'ARCHITECTURE', weight: 3 },
  { pattern: /\bsecurity\s+(?:review|audit)\b/, type: 'SECURITY_AUTH', weight: 4 },
  { pattern: /\b(?:load|stress|performance|perf|benchmark)\s+tests?\b/, type: 'PERFORMANCE_CRITICAL', weight: 3 },
  {
    pattern: /\b(?:update|bump|upgrade|downgrade|revert|pin|widen)\b.*?\b(?:to|from|range\s+to)\s+[v^~]?\d/,
    type: 'BOILERPLATE',
    weight: 2,
  },
  { pattern: SECURITY_VERB, type: 'SECURITY_AUTH', weight: 2 },
  { pattern: MAINTENANCE, type: 'BOILERPLATE', weight: MAINTENANCE_WEIGHT },
  // A title ending in "… support" ("mariadb driver support", "Add React 19 support") asks to support a driver,
  // runtime or syntax more: compatibility plumbing. Only the word counts, so "SSO support" stays security.
  { pattern: /\bsupport(?=\W*$)/, type: 'BOILERPLATE', weight: MAINTENANCE_WEIGHT },
  // A defect stated without naming other work ("… is missing", "… should return false") asks for a small fix.
  {
    pattern:
      /\b(?:should\s+(?:not|return|happen|work)|is\s+not|isn[’']t|does\s+not|doesn[’']t|not\s+working|fail(?:s|ed|ing)?|missing|broken|incorrect(?:ly)?|wrong(?:ly)?|crash(?:es|ed)?|regression|bug|unhandled|uncaught)\b/,
    type: 'BOILERPLATE',
    weight: MAINTENANCE_WEIGHT,
  },
  {
    pattern:
      /\boutside\s+(?:of\s+)?(?:the\s+)?(?:project\s+|workspace\s+|package\s+)?(?:root|package|workspace|project|allowed\s+\w+)\b|\b(?:not|n[’']t)\s+belong\s+to\b/,
    type: 'SECURITY_AUTH',
    weight: 3,
  },
  { pattern: /\b(?:run|load|build|process|fetch)\b.*?\bconcurrently\b/, type: 'PERFORMANCE_CRITICAL', weight: 3 },
  // A Markdown file is a document ("Update mentor-retrospective.md").
  { pattern: /\.(?:md|mdx|rst)\b/, type: 'DOCUMENTATION', weight: 3, asWritten: true },
  // Comments in code are documentation ("license comments", "the dev environment comment"); comments a
  // product's users post are not, so only comments named by where in the code they are count.
  {
    pattern: /\b(?:code|inline|source|license|licence|jsdoc|tsdoc|doc|environment|function|header|block|todo|type)\s+comments?\b/,
    type: 'DOCUMENTATION',
    weight: 3,
  },
  // Updating links, or outdated and broken ones, keeps documents pointing where they should.
  {
    pattern: new RegExp(
      String.raw`(?<=^${SCOPE_PREFIX})(?:update|updates|updated|updating)\s+(?:\S+\s+){0,3}?links\b|\b(?:outdated|broken|dead)\s+(?:\S+\s+){0,2}?links?\b`,
    ),
    type: 'DOCUMENTATION',
    weight: 3,
  },
  // Storing what a form or a person entered is CRUD work.
  {
    pattern:
      /\b(?:save|saves|saved|store|stores|stored|persist|persists|add|adds|added)(?:\s+\S+){0,4}?\s+(?:in|to|into)\s+(?:the\s+)?database\b|\b(?:create|add)\s+(?:a\s+)?new\s+record\b|\buser\s+list(?:ing)?\b/,
    type: 'CRUD_SCAFFOLDING',
    weight: 2,
  },
  // Finding duplicates is a matching problem without a known recipe.
  {
    pattern: /\b(?:identify|detect|find|analy[sz]e)\b.*?\bduplicates?\b|\bduplicate\s+\w+\s+detection\b/,
    type: 'NOVEL_PROBLEM',
    weight: 3,
  },
  // Doing less work, or an algorithm's growth, is performance work.
  {
    pattern: /\bo\(\s*n\s*(?:\^|\*\*)\s*2\s*\)|\b(?:only|less\s+often)\s+(?:when|if)\s+(?:affected|needed|changed|necessary)\b/,
    type: 'PERFORMANCE_CRITICAL',
    weight: 3,
  },
  // Closing what was opened is a lifecycle: state (the labelling guide's "closing bundles").
  {
    pattern: /\bclose\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:bundles?|bundler|server|watcher|connections?|handles?|streams?)\b/,
    type: 'COMPLEX_STATE',
    weight: 2,
  },
  // An option and the words naming it ("the caseSensitive option", "advanced ranking options") are
  // option plumbing, which the labelling guide counts as Boilerplate: the words name the option, not the
  // work ("ranking" is no research, "hmr matcher options" no state). X-Frame-Options is a header.
  {
    pattern:
      /(?<!\bx\s)\b(?!(?:x\s+)?frame\s+options)(?:(?!(?:the|a|an|this|that|its|their|our|your|of|for|to|in|on|with|and|or)\s)[\w$@]+\s+){1,2}?options?\b/,
    type: 'BOILERPLATE',
    weight: MAINTENANCE_WEIGHT,
  },
  // Freezing data or values makes them immutable, a matter of state; a UI that freezes is still slow.
  {
    pattern:
      /\bfreez(?:e|es|ing)\s+(?:the\s+)?(?:\w+\s+)?(?:data|values?|objects?|state|props?|arrays?)\b|\bfrozen\s+(?:data|values?|objects?|state|props?|arrays?)\b/,
    type: 'COMPLEX_STATE',
    weight: 2,
  },
  // Something already closed or disposed is a lifecycle (the labelling guide's "closing bundles, restarts").
  {
    pattern: /\b(?:is|are|was|were|been|being|already|gets?|got)\s+(?:closed|disposed|destroyed|torn\s+down|unmounted|shut\s+down)\b/,
    type: 'COMPLEX_STATE',
    weight: 2,
  },
  // Running tests (in CI, on a release) is pipeline work, not writing tests.
  { pattern: /\b(?:re\s*)?run(?:s|ning)?\s+(?:the\s+|all\s+)?(?:\w+\s+)?tests?\b/, type: 'INFRASTRUCTURE', weight: 2 },
  // Negative cues: these words say nothing about the type here.
  // A build tool's dependency optimizer is a part of the code, not performance work.
  { pattern: /\b(?:deps?|dependency)\s+optimi[sz](?:er|ation|ing)\b|\boptimi[sz](?:ed?|ing)\s+deps?\b/, type: null, weight: 0 },
  { pattern: /\bend\s+to\s+end\b(?!\s+(?:tests?|testing|specs?)\b)/, type: null, weight: 0 },
  // An algorithm that code names, selects or does not support is an identifier ("unsupported algorithm",
  // "JWK algorithm selection"), not an algorithm to invent.
  {
    pattern:
      /\b(?:unsupported|jwk|jws|jwe|signing|signature|encryption|hash(?:ing)?)\s+algorithms?\b|\balgorithms?\s+(?:selection|name|names|identifiers?|parameters?)\b/,
    type: null,
    weight: 0,
  },
  // A character's name ("dollar signs in URLs") is not signing in.
  { pattern: /\b(?:dollar|plus|minus|equals?|hash|pound|percent|question|exclamation|at)\s+signs?\b/, type: null, weight: 0 },
  // "Unknown" describing a value the code meets ("unknown-length bodies", "unknown options") is an input
  // case to handle, not an unknown to research.
  {
    pattern:
      /\bunknown\s+(?:length|size|options?|fields?|keys?|propert(?:y|ies)|types?|formats?|hosts?|commands?|flags?|arguments?|values?|attributes?|parameters?|extensions?|files?|encodings?|protocols?|methods?|tags?)\b/,
    type: null,
    weight: 0,
  },
  // A form as a shape ("their decoded form", "the short form") is not a form to fill in.
  {
    pattern:
      /\b(?:decoded|encoded|canonical|normali[sz]ed|short|long|compact|plural|singular|minified|serialized|serialised|raw|string|expanded|original|simplified|full)\s+form\b/,
    type: null,
    weight: 0,
  },
  // A plugin or dependency-injection container holds code objects, not a deployment's containers.
  { pattern: /\b(?:plugin|di|ioc|service|dependency\s+injection)\s+containers?\b/, type: null, weight: 0 },
  // A name in double underscores ("__tests__", "__dirname") is a directory or variable, not the work.
  { pattern: /(?<!\w)__\w+__/, type: null, weight: 0, asWritten: true },
  // A boundary in data or text ("tag boundaries", "word boundary") or React's error boundary is no module boundary.
  {
    pattern: /\b(?:tag|word|line|byte|chunk|block|page|array|buffer|error|suspense|grapheme|character|sentence)\s+boundar(?:y|ies)\b/,
    type: null,
    weight: 0,
  },
  // Internet domains a user picks or blocks are not a domain of the design.
  {
    pattern: /\b(?:selected|custom|email|e\s+mail|blocked|allowed|remote|federated|registered|top\s+level|sub)\s+domains?\b/,
    type: null,
    weight: 0,
  },
  // A name in backticks ("`github-action-utils`", "`/api/v1/statuses`") is an identifier in the code: the words
  // inside name a thing, not the work. (Only the first such name: a cue matches once.)
  { pattern: /`[^`]+`/, type: null, weight: 0, asWritten: true },
  // Pull requests that a program fetches, filters or reads fields of are records, not changes to review.
  {
    pattern:
      /\b(?:get|gets|getting|fetch|fetches|fetching|list|lists|listing|exclude|excludes|excluding|filter|filters|filtering|query|querying)(?:\s+\w+){0,2}?\s+(?:pull|merge)\s+requests?\b|\b(?:pull|merge)\s+requests?\s+(?:titles?|labels?|numbers?|data|events?)\b/,
    type: null,
    weight: 0,
  },
]
