// CielMedia module.
