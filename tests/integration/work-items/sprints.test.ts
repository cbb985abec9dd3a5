import { beforeAll, describe, expect, it } from 'vitest'
import { closeSprintAction, createSprintAction, updateSprintAction } from '@/app/(app)/sprints/actions'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, ok, seedItems } from './helpers'

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

const dates = { startDate: '2026-02-02', endDate: '2026-02-13' }

describe('sprints', () => {
  it('allows one active sprint per team, also when two activations race', async () => {
    await signInAs(org.members.MANAGER)
    const a = ok(await createSprintAction({ teamId: org.teamId, name: 'Sprint A', ...dates, status: 'ACTIVE' }))
    const b = ok(await createSprintAction({ teamId: org.teamId, name: 'Sprint B', ...dates }))
    const refused = await updateSprintAction({ id: b.id, name: 'Sprint B', ...dates, status: 'ACTIVE' })
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('Sprint A') })
    ok(await updateSprintAction({ id: a.id, name: 'Sprint A', ...dates, status: 'PLANNING' }))
    const c = ok(await createSprintAction({ teamId: org.teamId, name: 'Sprint C', ...dates }))
    const race = await Promise.all([
      updateSprintAction({ id: b.id, name: 'Sprint B', ...dates, status: 'ACTIVE' }),
      updateSprintAction({ id: c.id, name: 'Sprint C', ...dates, status: 'ACTIVE' }),
    ])
    expect(race.filter((r) => r.ok)).toHaveLength(1)
    expect(await prisma.sprint.count({ where: { organizationId: org.orgId, teamId: org.teamId, status: 'ACTIVE' } })).toBe(1)
  })

  it('rejects end before start and a team of another organisation', async () => {
    await signInAs(org.members.MANAGER)
    expect(
      await createSprintAction({ teamId: org.teamId, name: 'Backwards', startDate: '2026-03-10', endDate: '2026-03-01' }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID',
      // Named by the form's label, not the key "endDate".
      message: 'End date must be on or after the start date',
      fieldErrors: { endDate: ['End date must be on or after the start date'] },
    })
    const other = await createTestOrg()
    expect(await createSprintAction({ teamId: other.teamId, name: 'Theirs', ...dates })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const theirs = await createSprintRow(other.orgId, other.teamId, 'Their sprint')
    const mine = await createSprintRow(org.orgId, org.teamId, 'My sprint')
    expect(await updateSprintAction({ id: theirs.id, name: 'Taken over', ...dates, status: 'ACTIVE' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await closeSprintAction({ sprintId: theirs.id, items: [] })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    const [mineItem] = await seedItems(org.orgId, 1, { sprintId: mine.id, prefix: 'Mine to move' })
    const moveToTheirs = { workItemId: mineItem.id, delivery: 'NOT_DELIVERED', reworkHours: 0, defects: 0, targetSprintId: theirs.id }
    expect(await closeSprintAction({ sprintId: mine.id, items: [moveToTheirs] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await prisma.sprint.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: 'Their sprint', status: 'PLANNING' })
    expect((await prisma.sprint.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe('PLANNING')
  })
})
