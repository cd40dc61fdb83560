import * as migration_20261126_045036_initial from './20261126_045036_initial'

export const migrations = [
  {
    up: migration_20261126_045036_initial.up,
    down: migration_20261126_045036_initial.down,
    name: '20261126_045036_initial',
  },
]
