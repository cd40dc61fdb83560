import type { Access } from 'payload'
import { mayRecognise } from './mayRecognise'

export const createRecognitions: Access = ({ req }) => mayRecognise(req)
