// CielProvenance module.
