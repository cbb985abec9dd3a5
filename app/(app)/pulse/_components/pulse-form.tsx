'use client'

import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextAreaField } from '@/components/ui/field'
import { Alert } from '@/components/ui/alert'
import {
  ENERGY_LABELS,
  ENERGY_MAX,
  ENERGY_MIN,
  PULSE_COMMENT_MAX_LENGTH,
  PULSE_QUESTIONS,
  PULSE_VERSION,
  SHARE_BAND_LABELS,
  SHARE_BANDS,
  type ShareBand,
} from '@/lib/survey/pulse'
import { ChoiceGroup } from '@/components/survey/choice-group'
import { submitPulseAction } from '../actions'

const BAND_OPTIONS = SHARE_BANDS.map((band) => ({ value: band, label: SHARE_BAND_LABELS[band] }))
const ENERGY_OPTIONS = Array.from({ length: ENERGY_MAX - ENERGY_MIN + 1 }, (_, i) => ({
  value: String(ENERGY_MIN + i),
  label: ENERGY_LABELS[ENERGY_MIN + i],
}))
const question = (id: (typeof PULSE_QUESTIONS)[number]['id']) => PULSE_QUESTIONS.find((q) => q.id === id)?.text ?? id

/** Three one-click questions and an optional private comment for one sprint; the thanks are the list's (pulse-list.tsx). */
export function PulseForm({ sprintId, onSent }: { sprintId: string; onSent: () => void }) {
  const [deepWorkShare, setDeepWork] = useState<ShareBand>()
  const [preferredModeShare, setPreferred] = useState<ShareBand>()
  const [energy, setEnergy] = useState<string>()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    const response = await submitPulseAction({
      version: PULSE_VERSION,
      sprintId,
      deepWorkShare,
      preferredModeShare,
      energy: energy ? Number(energy) : undefined,
      comment: comment || undefined,
    })
    setPending(false)
    if (response.ok) onSent()
    else setError(response.message)
  }

  const prefix = `pulse-${sprintId}`
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ChoiceGroup
        id={`${prefix}-deep`}
        name={`${prefix}-deepWorkShare`}
        legend={question('deepWorkShare')}
        options={BAND_OPTIONS}
        value={deepWorkShare}
        onChange={(v) => setDeepWork(v as ShareBand)}
      />
      <ChoiceGroup
        id={`${prefix}-mode`}
        name={`${prefix}-preferredModeShare`}
        legend={question('preferredModeShare')}
        options={BAND_OPTIONS}
        value={preferredModeShare}
        onChange={(v) => setPreferred(v as ShareBand)}
      />
      <ChoiceGroup
        id={`${prefix}-energy`}
        name={`${prefix}-energy`}
        legend={question('energy')}
        options={ENERGY_OPTIONS}
        value={energy}
        onChange={setEnergy}
      />
      <TextAreaField
        label={question('comment')}
        name={`${prefix}-comment`}
        rows={2}
        maxLength={PULSE_COMMENT_MAX_LENGTH}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <Button type="submit" disabled={pending || !deepWorkShare || !preferredModeShare || !energy}>
        {pending ? 'Sending…' : 'Send my pulse'}
      </Button>
    </form>
  )
}
