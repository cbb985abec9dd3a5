'use client'

import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Card, EmptyState } from '@/components/ui/page-header'
import { formatDate } from '@/lib/core/format'
import type { PendingPulseDTO } from '@/lib/db/survey/pulse'
import { PulseForm } from './pulse-form'

/**
 * The pending pulses and the thanks for those just sent. The thanks live here, above the forms:
 * sending refreshes the page, which drops the answered sprint from the pending list and with it
 * its form, so a message kept in the form would vanish the moment it appeared.
 */
export function PulseList({ pulses }: { pulses: PendingPulseDTO[] }) {
  const [sent, setSent] = useState<{ sprintId: string; sprintName: string }[]>([])
  const pending = pulses.filter((p) => !sent.some((s) => s.sprintId === p.sprintId))
  return (
    <div className="space-y-6">
      {sent.map((s) => (
        <Alert key={s.sprintId} tone="success">
          Thank you! Your pulse for {s.sprintName} is in.
        </Alert>
      ))}
      {pending.length === 0 && sent.length === 0 ? (
        <EmptyState title="You are all caught up">When a sprint of your team ends, its pulse will be waiting here.</EmptyState>
      ) : null}
      {pending.map((pulse) => (
        <Card key={pulse.sprintId} title={`${pulse.sprintName} (${pulse.teamName}, ended ${formatDate(pulse.endDate)})`}>
          <PulseForm sprintId={pulse.sprintId} onSent={() => setSent((all) => [...all, pulse])} />
        </Card>
      ))}
    </div>
  )
}
