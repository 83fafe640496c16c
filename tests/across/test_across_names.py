from faultlines.across.names import person_name, same_person, shared_names


def test_names_person_name_drops_titles_and_refuses_descriptions() -> None:
    assert person_name("Officer Dana Quill") == "dana quill"
    assert person_name("14 of its own members") is None
    assert person_name("civilians") is None
    assert person_name("Monday Morning") is None
    assert person_name("County Sheriff's") is None
    assert person_name("CBSDFW.COM") is None


def test_names_same_person_needs_surname_and_subset() -> None:
    assert same_person("omar k haddad", "omar haddad")
    assert not same_person("omar haddad", "rana haddad")
    assert shared_names(["omar haddad", "x y"], ["omar k haddad"]) == ["omar haddad"]
