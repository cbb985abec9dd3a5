import type { Mode } from '@/lib/core/work-types'

/**
 * What the result page says about each primary type. Written to the engineer,
 * not about them: every type is a strength, and the risks are things a good
 * manager plans around rather than flaws to fix.
 */
interface ProfileText {
  readonly title: string
  readonly summary: string
  readonly fits: readonly string[]
  readonly risks: readonly string[]
}

export const PROFILE_TEXT: Readonly<Record<Mode, ProfileText>> = {
  orchestration: {
    title: 'Orchestrator',
    summary:
      'You think in systems and outcomes. You are at ease when a problem is still fuzzy, you are good at cutting it into pieces that others (people or AI agents) can run with, and you get your satisfaction from seeing the whole thing ship.',
    fits: [
      'Directing AI agents across several parallel workstreams',
      'Scaffolding, boilerplate and CRUD features where speed matters more than novelty',
      'Generating and extending test suites and documentation',
      'Rapid prototypes and spikes that need an answer this week',
      'Reviewing code and steering changes made by others',
    ],
    risks: [
      'Because you are good at keeping many threads going, you can end up holding too many at once; say so when the juggling stops being fun.',
      'Delegated work still needs a careful final look: subtle bugs hide in code nobody wrote by hand.',
      'Deep, slow problems can feel frustrating to you; pairing with a craftsperson on them usually beats pushing through alone.',
    ],
  },
  craft: {
    title: 'Deep craftsperson',
    summary:
      'You do your best work in long, focused stretches and you care about how the solution is built, not just that it works. You build deep expertise, and you judge success by quality and by how well the code holds up over time.',
    fits: [
      'Performance-critical paths where every millisecond is earned',
      'Security and authentication, where details decide everything',
      'Infrastructure and architecture that others will build on for years',
      'Novel problems without a known answer',
      'Hard state and concurrency problems that need one person to hold the whole model in their head',
    ],
    risks: [
      'A sprint chopped into small tasks and meetings drains you; ask for protected blocks of two hours or more.',
      'Being pushed into pure orchestration for long is a real risk of disengagement, so flag it early if it is happening.',
      'Your high bar can make it hard to stop; agreeing on "good enough" up front helps you ship on time.',
    ],
  },
  hybrid: {
    title: 'Hybrid',
    summary:
      'You move between orchestrating and hands-on craft and you have a good sense of which one a task needs. You are pragmatic about tools and value speed, but not at the cost of quality.',
    fits: [
      'Complex state and features that mix routine work with one tricky core',
      'Work that starts as a prototype and needs to become production-ready',
      'Pairing with orchestrators or craftspeople and bridging between them',
      'Almost any work type: you are the most flexible person to plan around',
    ],
    risks: [
      'Because you can do everything, you may be handed whatever is left over; make sure your sprint still has work you chose.',
      'Switching modes has a cost even when you are good at it; keep some days for one mode only.',
      'Your judgement about when AI helps is valuable; share it with the team rather than keeping it implicit.',
    ],
  },
}
