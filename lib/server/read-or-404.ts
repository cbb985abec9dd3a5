import 'server-only'
import { notFound } from 'next/navigation'
import { AppError } from '../core/app-error'

/**
 * For pages: the read's result, or the 404 page when the read says NOT_FOUND. Unknown ids and other
 * organisations' rows look the same to the visitor.
 */
export async function readOr404<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}

/** For jobs: the read's result, or null when the row it names is gone (removed after the job was queued). */
export async function readOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null
    throw error
  }
}
