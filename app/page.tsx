import { redirect } from 'next/navigation'
import { requirePageActor } from '@/lib/auth/actor'
import { homePathFor } from '@/lib/navigation'

export default async function Home() {
  const actor = await requirePageActor()
  redirect(homePathFor(actor.role))
}
