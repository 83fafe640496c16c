"""Actors: one identity per armed group across its names, the factions inside it, its people.

Modules, in the order the actor stage (:mod:`faultlines.stages.actors`) uses them:

* :mod:`.kb` the knowledge base (``faultlines/data/actors.yaml`` + the analyst's user file),
  :mod:`.entries` its records, :mod:`.validate` its checks, :mod:`.patterns` its entity-ruler
  patterns, :mod:`.edit` edits of the user file;
* :mod:`.linking` names to actors, :mod:`.names` spaCy's entities to name mentions;
* :mod:`.people` people tied to an organisation and a role;
* :mod:`.factions` parts of an actor set apart by origin, nationality or rank;
* :mod:`.reference` "the group", "the militants", "its", "they";
* :mod:`.generic` unnamed actors ("Civilians (Syria)") and state forces;
* :mod:`.context` the per-document state they share; :mod:`.countries`, :mod:`.words`,
  :mod:`.lexicon`, :mod:`.normalise` helpers over the vocabulary, whose words are data in
  :mod:`faultlines.lang.en.actors`;
* :mod:`.mention_types` and :mod:`.mention_model` typing noun phrases as person,
  organisation, location or nationality (used by ``faultlines eval re3d``);
* :mod:`.acled_sides` ACLED's names for the sides of an event, :mod:`.discourse` factions told
  near an event, :mod:`.candidates` the named groups the knowledge base lacks, listed for review
  (``faultlines actors candidates``).
"""
