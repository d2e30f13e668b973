"""stratalign: map partner strategies against a Police and Crime Plan."""

__version__ = "0.1.0"
