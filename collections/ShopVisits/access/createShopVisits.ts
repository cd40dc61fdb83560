import type { Access } from 'payload'
import { mayLogVisit } from './mayLogVisit'

export const createShopVisits: Access = ({ req }) => mayLogVisit(req)
