import { describe, expect, it } from 'vitest'
import { homePathFor, navItemsFor } from '@/lib/navigation'

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
})
