// CielServer module.
