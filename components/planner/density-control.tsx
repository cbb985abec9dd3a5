'use client'

import { DENSITIES, DENSITY_LABELS, type Density } from './density'

/** Comfortable or compact columns: a pair of radio buttons under a visible name. */
export function DensityControl({ density, onChange }: { density: Density; onChange: (density: Density) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 text-sm">
      <legend className="float-left mr-4 font-medium">Board density</legend>
      {DENSITIES.map((option) => (
        <label key={option} className="inline-flex items-center gap-2 py-1">
          <input
            type="radio"
            name="planner-density"
            value={option}
            checked={density === option}
            onChange={() => onChange(option)}
            className="h-4 w-4"
          />
          {DENSITY_LABELS[option]}
        </label>
      ))}
    </fieldset>
  )
}
