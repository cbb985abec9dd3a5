import { redirect } from 'next/navigation'
import { requirePageActor } from '@/lib/auth/actor'
import { homePathFor } from '@/lib/navigation'
import { firstRunOf } from '@/lib/server/first-run'

export default async function Home() {
  const actor = await requirePageActor()
  redirect(homePathFor(actor.role, await firstRunOf(actor)))
}
