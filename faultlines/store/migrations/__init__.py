"""Schema migrations, one module each, applied in name order (see faultlines.store.schema)."""
