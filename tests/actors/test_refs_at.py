"""DocActors.refs_at: the actors the mention at a token stands for (a group's members, or its one actor)."""

from detente.actors.refs import ActorRef, DocActors


def _ref(code: str) -> ActorRef:
    return ActorRef(key=code, name=code, code=code, country=code, sector=None, kind="country")


def test_refs_at_a_group_one_actor_or_none():
    kenya, uganda, tanzania = _ref("KEN"), _ref("UGA"), _ref("TZA")
    found = DocActors(by_token={0: kenya, 3: uganda}, groups={3: [uganda, tanzania]})
    assert found.refs_at(0) == [kenya]
    assert found.refs_at(3) == [uganda, tanzania]  # a group's members, not the head's one actor
    assert found.refs_at(1) == []
