import * as migration_20261126_052859_initial from './20261126_052859_initial';

export const migrations = [
  {
    up: migration_20261126_052859_initial.up,
    down: migration_20261126_052859_initial.down,
    name: '20261126_052859_initial'
  },
];
