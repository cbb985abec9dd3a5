import { Alert } from './alert'
import { CopyField } from './copy-field'

/** A secret the server keeps only as a hash or sealed, shown this once right after it was made, with the warning in words. */
export function OneTimeSecret({ id, label, secret }: { id: string; label: string; secret: string }) {
  return (
    <div className="space-y-2">
      <Alert tone="warning">Copy it now: you won’t see it again. Only a fingerprint of it is kept.</Alert>
      <CopyField id={id} label={label} value={secret} />
    </div>
  )
}
