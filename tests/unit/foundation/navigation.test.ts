import { describe, expect, it } from 'vitest'
import { homePathFor, isSurveyDue, navItemsFor } from '@/lib/navigation'

describe('navigation', () => {
  it('shows managers the planning areas and engineers only their own', () => {
    expect(navItemsFor('MANAGER').map((i) => i.label)).toEqual([
      'Dashboard',
      'Sprints',
      'Work items',
      'Team',
      'My sprint',
      'Survey',
      'Sprint pulse',
      'Settings',
    ])
    expect(navItemsFor('ENGINEER').map((i) => i.label)).toEqual(['My sprint', 'Survey', 'Sprint pulse', 'Settings'])
  })

  it('sends leads to the dashboard and engineers to their sprint', () => {
    expect(homePathFor('LEAD')).toBe('/dashboard')
    expect(homePathFor('ENGINEER')).toBe('/my-sprint')
  })

  it('leads an engineer without a profile to the survey until it is done', () => {
    const due = { surveyDue: isSurveyDue('ENGINEER', false) }
    expect(homePathFor('ENGINEER', due)).toBe('/survey')
    expect(navItemsFor('ENGINEER', due).find((i) => i.href === '/survey')).toMatchObject({ label: 'Survey', note: 'to do' })
    expect(navItemsFor('ENGINEER', due).filter((i) => i.note)).toHaveLength(1)

    const done = { surveyDue: isSurveyDue('ENGINEER', true) }
    expect(homePathFor('ENGINEER', done)).toBe('/my-sprint')
    expect(navItemsFor('ENGINEER', done).filter((i) => i.note)).toEqual([])
  })

  it('does not hold other roles to the survey', () => {
    expect(isSurveyDue('MANAGER', false)).toBe(false)
    expect(isSurveyDue('LEAD', false)).toBe(false)
  })
})
