"""Event extraction: triggers, types, participants, modality, fatalities, merging.

The stage that runs it is :mod:`faultlines.stages.events` (``faultlines.events.v1``).
"""
