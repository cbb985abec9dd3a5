import type { Metadata } from 'next'
import { Card, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getAnonymityThreshold } from '@/lib/db/survey/responses'
import { SettingsNav } from '../_components/settings-nav'
import { ThresholdForm } from './threshold-form'

export const metadata: Metadata = { title: 'Privacy settings' }

export default async function PrivacySettingsPage() {
  const actor = await requirePageActor('org:manage')
  const threshold = await getAnonymityThreshold(actor.orgId)
  return (
    <>
      <PageHeader title="Privacy" description="How Plural protects what engineers tell it." />
      <SettingsNav role={actor.role} current="/settings/privacy" />
      <div className="max-w-3xl space-y-6">
        <Card title="Anonymity threshold">
          <p className="mb-4 text-sm">
            Averages of survey and pulse answers are shown only for groups of at least this many people. A group is also hidden when its
            figures could be worked out by subtracting other visible groups from a total. Raising it protects small teams; it can never go
            below 3.
          </p>
          <ThresholdForm current={threshold} />
        </Card>
        <Card title="What stays private">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>Individual survey answers, notes and pulse comments are visible only to the engineer who gave them.</li>
            <li>Managers and leads see computed profiles, work preferences and capacity, which planning needs.</li>
            <li>Engineers can download their own answers or delete them at any time from their survey result.</li>
          </ul>
        </Card>
      </div>
    </>
  )
}
