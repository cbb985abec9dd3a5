import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

// A labelled control whose error is announced and tied to it with aria-describedby. `id` defaults to
// the name; give one where the same field repeats on a page (one form per row).
type FieldProps = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode }

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 aria-[invalid=true]:border-red-600'

function FieldShell({ label, id, errors, hint, children }: Omit<FieldProps, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  )
}

/** What every control of a field carries: its id and name, the shared look, and its error and hint wired to it. */
function controlProps(id: string, name: string, errors?: string[], hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean)
  return {
    id,
    name,
    className: inputClass,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  }
}

export function TextField({ label, name, id = name, errors, hint, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <input {...controlProps(id, name, errors, hint)} {...props} />
    </FieldShell>
  )
}

export function TextAreaField({
  label,
  name,
  id = name,
  errors,
  hint,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <textarea {...controlProps(id, name, errors, hint)} {...props} />
    </FieldShell>
  )
}

export function SelectField({
  label,
  name,
  id = name,
  errors,
  hint,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <select {...controlProps(id, name, errors, hint)} {...props}>
        {children}
      </select>
    </FieldShell>
  )
}
