import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getActor, getSignedInUser } from '@/lib/auth/actor'
import { CreateOrganizationForm } from './create-organization-form'

export const metadata: Metadata = { title: 'Create your organisation' }

export default async function OnboardingPage() {
  const user = await getSignedInUser()
  if (!user) redirect('/login')
  // Reached from the header's "New organisation" too, by someone who already belongs to one.
  const member = await getActor()
  return (
    <div className="mx-auto max-w-md py-12">
      <h1 className="text-2xl font-semibold">{member ? 'Create another organisation' : `Welcome, ${user.name}`}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {member ? `You stay a member of ${member.orgName} and can switch between your organisations in the header. ` : ''}
        Create an organisation for your team. You will be its owner and can invite managers, leads and engineers next. To join an existing
        organisation, open the invitation link you were sent.
      </p>
      <div className="mt-6">
        <CreateOrganizationForm />
      </div>
    </div>
  )
}
