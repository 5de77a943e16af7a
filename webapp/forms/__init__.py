"""WTForms forms: they describe what a shopper may type, and turn it into catalog values."""
