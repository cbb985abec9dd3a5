import { describe, expect, it } from 'vitest'
import { formToObject } from '@/lib/server/action'

describe('formToObject', () => {
  it('turns FormData into an object, repeated [] keys into arrays, and drops Next internals', () => {
    const fd = new FormData()
    fd.set('title', 'Fix login')
    fd.append('ids[]', 'a')
    fd.append('ids[]', 'b')
    fd.set('$ACTION_ID_123', '')
    expect(formToObject(fd)).toEqual({ title: 'Fix login', ids: ['a', 'b'] })
  })

  it('treats any field name as data: Object.prototype names, __proto__, and a name sent both with and without []', () => {
    const fd = new FormData()
    for (const key of ['toString[]', 'toString[]', 'constructor[]', '__proto__[]', '__proto__', 'hasOwnProperty', 'x', 'x[]', 'x[]'])
      fd.append(key, 'v')
    const out = formToObject(fd) as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.entries(out)).toEqual([
      ['toString', ['v', 'v']],
      ['constructor', ['v']],
      ['__proto__', 'v'],
      ['hasOwnProperty', 'v'],
      ['x', ['v', 'v']],
    ])
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString)
  })

  it('passes plain objects through', () => {
    expect(formToObject({ a: 1 })).toEqual({ a: 1 })
  })
})

describe('defineAction', () => {
  it('refuses strangers, checks the role from the membership and names invalid fields', async () => {
    const { z } = await import('zod')
    const { defineAction } = await import('@/lib/server/action')
    const { createTestOrg, signInAs, signOut } = await import('../../support/factories')
    const action = defineAction(
      { name: 'test.echo', permission: 'work-item:write' },
      z.object({ title: z.string().min(3, 'Title is too short') }),
      async (input, actor) => ({ ...input, org: actor.orgId }),
    )
    const org = await createTestOrg()

    signOut()
    expect(await action({ title: 'abc' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    await signInAs(org.members.ENGINEER)
    expect(await action({ title: 'abc' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await signInAs(org.members.MANAGER)
    expect(await action({ title: 'x' })).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { title: ['Title is too short'] } })
    expect(await action({ title: 'abc' })).toEqual({ ok: true, data: { title: 'abc', org: org.orgId } })
  })
})
