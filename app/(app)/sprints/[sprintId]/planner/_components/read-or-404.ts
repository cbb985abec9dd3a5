import 'server-only'
import { notFound } from 'next/navigation'
import { AppError } from '@/lib/server/app-error'

/** The read's result, or the 404 page for unknown ids and other organisations' sprints (they look the same). */
export async function readOr404<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
