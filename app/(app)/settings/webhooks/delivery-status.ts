// A delivery's state in words (the log and the endpoint list never rely on colour).
const STATUS_WORDS: Record<string, string> = { pending: 'Waiting to be sent', delivered: 'Delivered', failed: 'Failed' }

export const deliveryStatusText = (status: string, statusCode: number | null) =>
  `${STATUS_WORDS[status] ?? status}${statusCode === null ? '' : `, HTTP ${statusCode}`}`
