import * as migration_20261126_061422_initial from './20261126_061422_initial';
import * as migration_20261126_063044_audit_chain from './20261126_063044_audit_chain';

export const migrations = [
  {
    up: migration_20261126_061422_initial.up,
    down: migration_20261126_061422_initial.down,
    name: '20261126_061422_initial',
  },
  {
    up: migration_20261126_063044_audit_chain.up,
    down: migration_20261126_063044_audit_chain.down,
    name: '20261126_063044_audit_chain'
  },
];
