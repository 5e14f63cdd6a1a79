"""The relations graph: who deals with whom, how relations change over time, and who could
bridge two sides - read from a detente store through its Python API.

Resolve what a user names into a :class:`Side` with :func:`resolve_side`, then ask for a
:func:`dyad` (period by period), the :func:`strongest_relations` of the store, an actor's
:func:`partners` or the :func:`mediators` between two sides. Each takes the run's knowledge
base (``kb=detente.actors.kb.load(actors_file)``): nothing here loads the shipped one itself, so a
user's actor file counts.
"""

from detente.relations._index import Evidence
from detente.relations.dyad import Dyad, Period, Relation, dyad, strongest_relations
from detente.relations.mediators import Mediator, mediators
from detente.relations.partners import Partner, partners
from detente.relations.sides import Side, resolve_side

__all__ = ["Dyad", "Evidence", "Mediator", "Partner", "Period", "Relation", "Side", "dyad", "mediators",
           "partners", "resolve_side", "strongest_relations"]
