import { describe, expect, it } from 'vitest'
import { fieldRows, type JsonSchema } from '@/lib/schemas/api/reference'

// The API reference reads JSON Schemas as rows: nested fields as paths, null alternatives as
// "or null", references resolved, and rules in words (zod's safe-integer bounds left out).

const components: Record<string, JsonSchema> = {
  Assignment: {
    type: 'object',
    properties: { mode: { type: 'string', enum: ['craft', 'hybrid'] }, fit: { type: 'number', minimum: 0, maximum: 1 } },
    required: ['mode'],
  },
  Plan: {
    type: 'object',
    properties: {
      version: { type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
      publishedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
      assignments: { type: 'array', items: { $ref: '#/components/schemas/Assignment' } },
      owner: { type: 'object', properties: { name: { type: ['string', 'null'], maxLength: 80 } } },
    },
    required: ['version', 'assignments'],
  },
}

describe('fieldRows', () => {
  it('spells nested objects and lists of objects as paths, resolving references', () => {
    expect(fieldRows({ $ref: '#/components/schemas/Plan' }, components)).toEqual([
      { name: 'version', type: 'integer', required: true, rules: '' },
      { name: 'publishedAt', type: 'string (date-time), or null', required: false, rules: '' },
      { name: 'assignments', type: 'list of object', required: true, rules: '' },
      { name: 'assignments[].mode', type: 'string (enumerated)', required: true, rules: 'One of craft, hybrid' },
      { name: 'assignments[].fit', type: 'number', required: false, rules: 'at least 0; at most 1' },
      { name: 'owner', type: 'object', required: false, rules: '' },
      { name: 'owner.name', type: 'string, or null', required: false, rules: 'at most 80 characters' },
    ])
  })

  it('states lengths, exclusive minimums and defaults', () => {
    const rows = fieldRows({
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 3, maxLength: 200 },
        hours: { type: 'number', exclusiveMinimum: 0, default: 4 },
        labels: { type: 'array', items: { type: 'string' }, maxItems: 20 },
      },
    })
    expect(rows.map((r) => [r.name, r.type, r.rules])).toEqual([
      ['title', 'string', 'at least 3 characters; at most 200 characters'],
      ['hours', 'number', 'more than 0; default 4'],
      ['labels', 'list of string', 'at most 20 entries'],
    ])
  })

  it('gives a body that is not an object one row', () => {
    expect(fieldRows({ type: 'array', items: { type: 'string' } })).toEqual([
      { name: '(body)', type: 'list of string', required: true, rules: '' },
    ])
  })
})
