'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'

/**
 * Resolves "pick one in the preview" where the error is shown. The choice applies on the button, not
 * on change: arrowing through a closed select fires a change per option, which would resolve the
 * row (and remove this picker) at the first type passed.
 */
export function RowTypePicker({ row, onPick }: { row: number; onPick: (type: WorkType) => void }) {
  const [choice, setChoice] = useState<WorkType | ''>('')
  const id = `pick-type-${row}`
  return (
    <span className="mt-1 flex flex-wrap items-center gap-2">
      <label htmlFor={id}>Work type for row {row}</label>
      <select id={id} className={`${inputClass} w-auto py-1`} value={choice} onChange={(e) => setChoice(e.target.value as WorkType | '')}>
        <option value="">Choose a type</option>
        {WORK_TYPES.map((t) => (
          <option key={t} value={t}>
            {WORK_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <Button variant="secondary" className="py-1" disabled={choice === ''} onClick={() => choice !== '' && onPick(choice)}>
        Use for row {row}
      </Button>
    </span>
  )
}
