"""The `packaging` marker: tests that drive a built bundle (see packaging/README.md)."""


def pytest_configure(config):  # noqa: ANN001, ANN201 - pytest hook
    config.addinivalue_line(
        "markers",
        "packaging: drives the built bundle named by DEALER_APP_BUNDLE (skipped without it)",
    )
