// The rule lives in lib/format so a collection hook (a report message's email notice) can print it too.
export { referenceOf } from '@/lib/format/referenceOf'
