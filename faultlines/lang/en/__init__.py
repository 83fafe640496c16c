"""Rule data: see faultlines/lang/README.md."""
