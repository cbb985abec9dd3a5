import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { ITEM_STATUS_LABELS } from '@/lib/core/format'
import type { FilterPick, Suggestion, WorkItemFilter } from '@/lib/work-items/filters'
import { MODE_LABELS, MODES, WORK_TYPE_LABELS, WORK_TYPES } from '@/lib/core/work-types'
import { SuggestCombobox } from './suggest-combobox'

type Props = {
  filter: WorkItemFilter
  /** The sprint filter (a sprint or the backlog) as applied, with the text its box shows. */
  sprint: FilterPick
  /** The assignee filter (a member) as applied, with the text its box shows. */
  assignee: FilterPick
}

const shown = (pick: FilterPick): Suggestion | null => (pick.label ? { value: pick.value ?? '', label: pick.label } : null)
const problem = (pick: FilterPick) => (pick.problem ? [pick.problem] : undefined)

/**
 * A plain GET form: filters live in the URL, so they survive reloads and can be shared. Assignee,
 * sprint and label are searched on the server as you type; the page stays the same size however large
 * the organisation grows. Without JavaScript the assignee and sprint boxes send their text, and the
 * server picks the match (lib/db/work-items/filters.ts).
 */
export function FilterBar({ filter, sprint, assignee }: Props) {
  const field = 'space-y-1 text-sm'
  const control = `${inputClass} py-1`
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter work items"
      className="mb-4 grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3 lg:grid-cols-8 dark:border-slate-800"
    >
      <div className={`${field} sm:col-span-3 lg:col-span-2`}>
        <label htmlFor="q" className="block font-medium">
          Search
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="Title or key" className={control} />
      </div>
      <div className={field}>
        <label htmlFor="f-type" className="block font-medium">
          Type
        </label>
        <select id="f-type" name="type" defaultValue={filter.type ?? ''} className={control}>
          <option value="">Any</option>
          {WORK_TYPES.map((t) => (
            <option key={t} value={t}>
              {WORK_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-mode" className="block font-medium">
          Mode
        </label>
        <select id="f-mode" name="mode" defaultValue={filter.mode ?? ''} className={control}>
          <option value="">Any</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-status" className="block font-medium">
          Status
        </label>
        <select id="f-status" name="status" defaultValue={filter.status ?? ''} className={control}>
          <option value="">Any</option>
          {Object.entries(ITEM_STATUS_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <SuggestCombobox
        id="f-assignee"
        name="assignee"
        label="Assignee"
        field="assignee"
        initial={shown(assignee)}
        errors={problem(assignee)}
        placeholder="Anyone"
        sendsText
        dense
      />
      <SuggestCombobox
        id="f-sprint"
        name="sprint"
        label="Sprint"
        field="sprint"
        initial={shown(sprint)}
        errors={problem(sprint)}
        placeholder="Any"
        sendsText
        dense
      />
      <SuggestCombobox
        id="f-label"
        name="label"
        label="Label"
        field="label"
        initial={filter.label ? { value: filter.label, label: filter.label } : null}
        placeholder="Any"
        freeText
        dense
      />
      <label className="flex items-center gap-2 self-end pb-2">
        <input type="checkbox" name="flagged" value="true" defaultChecked={filter.flagged === true} />
        Only flagged by a sync
      </label>
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <input type="hidden" name="size" value={filter.size} />
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-8">
        <button type="submit" className={buttonClass('primary')}>
          Apply filters
        </button>
        <Link href="/work-items" className={buttonClass('ghost')}>
          Clear
        </Link>
      </div>
    </form>
  )
}
