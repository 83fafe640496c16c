import faultlines.across as across


def test_across_api_all_names_resolve() -> None:
    for name in across.__all__:
        assert callable(getattr(across, name)), name
