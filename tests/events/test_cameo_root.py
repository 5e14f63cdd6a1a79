"""CameoCode.root: the root as a number, set once when the code is made (issue 12: the rules read it tens of
thousands of times an article), also on a code made by hand or by dataclasses.replace."""

import dataclasses

from detente.events.cameo import CameoCode, lookup, table


def test_cameo_root_of_every_code_and_of_a_copy():
    assert all(code.root == int(name[:2]) for name, code in table().items())
    assert lookup("04").root == 4
    made = CameoCode(code="190", label="", goldstein=-10.0, plover=None, mode=None, context=())
    assert made.root == 19
    assert dataclasses.replace(made, code="112").root == 11
    assert made == dataclasses.replace(made)  # the root takes no part in equality
